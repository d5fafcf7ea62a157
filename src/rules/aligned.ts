// The cascade only works when goals below the company say what they contribute to. An
// objective that aligns to nothing should say so on purpose, with a `standalone` reason.

import { alignRefs } from '../graph/cascade.js';
import { NO_OPTIONS, type Rule } from './rule.js';
import { everyObjective, fileOf, objectivePath } from './walk.js';

export const aligned: Rule = {
  id: 'aligned',
  defaultSeverity: 'warning',
  description: 'A non-company objective has `alignsTo` or a `standalone` reason.',
  optionsSchema: NO_OPTIONS,
  scope: 'unit',
  check(context) {
    for (const objective of everyObjective(context.cascade)) {
      const { unit, doc } = objective;
      if (unit.level === 'company') continue;
      if (alignRefs(doc).length > 0 || (doc.standalone ?? '').trim() !== '') continue;
      // An empty `alignsTo: []` is the most specific node; else the objective itself.
      const path = doc.alignsTo === undefined ? objectivePath(objective) : [...objectivePath(objective), 'alignsTo'];
      context.report({
        file: fileOf(unit), path,
        message: `Objective '${doc.id}' of ${unit.level} unit '${unit.id}' aligns to nothing; add \`alignsTo\` or a \`standalone\` reason.`,
      });
    }
  },
};
