// A committed objective promises full delivery (goal 1.0). When its lead's confidence in a
// key result drops, that is news to escalate now, or a sign the objective is aspirational.

import type { Rule } from './rule.js';
import { everyObjective, fileOf, isActive, keyResultPath, numberOption } from './walk.js';

export const committedConfidence: Rule = {
  id: 'committed-confidence',
  defaultSeverity: 'warning',
  description: 'An active key result of a committed objective has confidence of at least 0.7.',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      min: { type: 'number', minimum: 0, maximum: 1, description: 'The lowest confidence, in [0, 1], that needs no escalation. Default: 0.7.' },
    },
  },
  scope: 'unit',
  defaultOptions: { min: 0.7 },
  check(context) {
    const min = numberOption(context.options, 'min', 0.7);
    for (const objective of everyObjective(context.cascade)) {
      if (objective.doc.type !== 'committed') continue;
      for (const kr of objective.keyResults) {
        const { confidence } = kr.doc;
        if (!isActive(kr) || confidence === undefined || confidence >= min) continue;
        context.report({
          file: fileOf(objective.unit), path: [...keyResultPath(kr), 'confidence'],
          message: `Key result '${kr.doc.id}' of committed objective '${objective.doc.id}' has confidence ${confidence}, below ${min}; escalate or make the objective aspirational.`,
        });
      }
    }
  },
};
