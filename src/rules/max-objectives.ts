// Focus: a unit that pursues many objectives pursues none. Published practice allows about
// five at company level and three below it.

import type { Level } from '../model.js';
import type { Rule } from './rule.js';
import { fileOf, numberOption } from './walk.js';

const DEFAULT_LIMITS: Record<Level, number> = { company: 5, department: 3, team: 3, individual: 3 };

export const maxObjectives: Rule = {
  id: 'max-objectives',
  defaultSeverity: 'warning',
  description: 'At most 5 objectives at company level and 3 for a department, team or person.',
  // One limit per level; `max`, when given, is the limit for every level.
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      max: { type: 'integer', minimum: 0, description: 'The most objectives a unit of any level may have; overrides the per-level limits.' },
      company: { type: 'integer', minimum: 0, description: 'The most objectives of a company unit. Default: 5.' },
      department: { type: 'integer', minimum: 0, description: 'The most objectives of a department. Default: 3.' },
      team: { type: 'integer', minimum: 0, description: 'The most objectives of a team. Default: 3.' },
      individual: { type: 'integer', minimum: 0, description: 'The most objectives of a person. Default: 3.' },
    },
  },
  scope: 'unit',
  defaultOptions: { ...DEFAULT_LIMITS },
  check(context) {
    const { options } = context;
    for (const unit of context.cascade.unitList) {
      const limit = numberOption(options, 'max', numberOption(options, unit.level, DEFAULT_LIMITS[unit.level]));
      const count = unit.doc.objectives.length;
      if (count <= limit) continue;
      // Point at the first objective past the limit.
      context.report({
        file: fileOf(unit), path: ['objectives', Math.max(0, Math.floor(limit))],
        message: `Unit '${unit.id}' has ${count} objectives, more than ${limit} for a ${unit.level} unit; focus on the few that matter most.`,
      });
    }
  },
};
