// The cascade starts from the company's goals. Without one company objective every other
// objective has nothing to align to, and the alignment share means nothing.

import { NO_OPTIONS, type Rule } from './rule.js';

export const companyAnchor: Rule = {
  id: 'company-anchor',
  defaultSeverity: 'warning',
  description: 'The cycle has at least one company-level objective to anchor the cascade.',
  optionsSchema: NO_OPTIONS,
  check(context) {
    const { cascade, config, cycle } = context;
    // An empty cycle (just created, or not started) has nothing to anchor yet.
    if (cascade.unitList.length === 0) return;
    const anchored = cascade.unitList.some((unit) => unit.level === 'company' && unit.doc.objectives.length > 0);
    if (anchored) return;
    const index = config.cycles.findIndex((c) => c.id === cycle.id);
    context.report({
      file: context.configFile, path: index < 0 ? ['cycles'] : ['cycles', index],
      message: `Cycle '${cycle.id}' has no company objective to anchor the cascade; add a unit with \`level: company\` and at least one objective.`,
    });
  },
};
