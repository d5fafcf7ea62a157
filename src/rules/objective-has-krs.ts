// An objective is measured only through its key results: none leaves it unmeasurable (an
// error), a single one is a task wearing an objective's name, and many dilute focus.

import type { Rule } from './rule.js';
import { everyObjective, fileOf, isActive, numberOption, objectivePath } from './walk.js';

export const objectiveHasKrs: Rule = {
  id: 'objective-has-krs',
  defaultSeverity: 'warning',
  description: 'An objective has two to five active key results (none is an error).',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      max: { type: 'integer', minimum: 1, description: 'The most active key results an objective may have before the warning. Default: 5.' },
    },
  },
  scope: 'unit',
  defaultOptions: { max: 5 },
  check(context) {
    const max = numberOption(context.options, 'max', 5);
    for (const objective of everyObjective(context.cascade)) {
      const file = fileOf(objective.unit);
      const path = [...objectivePath(objective), 'keyResults'];
      const active = objective.keyResults.filter(isActive).length;
      const name = `Objective '${objective.doc.id}'`;
      if (active === 0) {
        context.report({ file, path, severity: 'error', message: `${name} has no active key result, so nothing measures it.` });
      } else if (active === 1) {
        context.report({ file, path, message: `${name} has a single active key result; add another so it is measured from more than one side.` });
      } else if (active > max) {
        context.report({ file, path, message: `${name} has ${active} active key results, more than ${max}; keep the few that matter most.` });
      }
    }
  },
};
