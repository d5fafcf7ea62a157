// A source gives one number or a yes/no. A milestone key result is scored by its steps and a
// roll-up by the objectives aligned to it: a source has nothing to set on either.

import { NO_OPTIONS, type Rule } from './rule.js';
import { everyKeyResult, fileOf, keyResultPath, typeOf } from './walk.js';

const WHY: Partial<Record<string, string>> = {
  milestone: 'it is scored by its milestones, which a source cannot tick',
  rollup: 'it is scored from the objectives aligned to it',
};

export const sourceKrType: Rule = {
  id: 'source-kr-type',
  defaultSeverity: 'error',
  description: 'Only metric, baseline, maintain and binary key results take a `source`.',
  optionsSchema: NO_OPTIONS,
  scope: 'unit',
  check(context) {
    for (const kr of everyKeyResult(context.cascade)) {
      if (kr.doc.source === undefined) continue;
      const type = typeOf(kr);
      const why = type === 'milestone' || type === 'rollup' ? WHY[type] : undefined;
      if (why === undefined) continue;
      context.report({
        file: fileOf(kr.objective.unit),
        path: [...keyResultPath(kr), 'source'],
        message: `Key result '${kr.doc.id}' is a ${type} key result, so a source cannot set it: ${why}.`,
      });
    }
  },
};
