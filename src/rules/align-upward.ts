// Goals cascade down: a unit contributes to the goals of the units above it. Aligning to a
// peer or to a unit below inverts the cascade and usually means a missing or wrong link.

import { alignRefs, lookup } from '../graph/cascade.js';
import { LEVEL_RANK } from '../model.js';
import { NO_OPTIONS, type Rule } from './rule.js';
import { alignPath, everyObjective, fileOf } from './walk.js';

export const alignUpward: Rule = {
  id: 'align-upward',
  defaultSeverity: 'warning',
  description: '`alignsTo` points at a unit of a higher level.',
  optionsSchema: NO_OPTIONS,
  check(context) {
    const { cascade } = context;
    for (const objective of everyObjective(cascade)) {
      const { unit } = objective;
      for (const { ref, index } of alignRefs(objective.doc)) {
        const target = lookup(cascade, ref);
        if (target === undefined) continue; // `ref-resolves`
        const targetUnit = target.kind === 'keyResult' ? target.objective.unit : target.unit;
        if (targetUnit.id === unit.id) continue; // own unit: `ref-resolves`
        if (LEVEL_RANK[targetUnit.level] < LEVEL_RANK[unit.level]) continue;
        const relation = targetUnit.level === unit.level ? 'the same level as' : 'below';
        context.report({
          file: fileOf(unit), path: alignPath(objective, index),
          message: `alignsTo '${ref}' points at ${targetUnit.level} unit '${targetUnit.id}', ${relation} this ${unit.level} unit; align to the goals of a higher level.`,
        });
      }
    }
  },
};
