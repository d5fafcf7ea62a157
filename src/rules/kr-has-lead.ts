// A key result moves only when one named person owns reporting on it. No lead means no
// check-ins; a team as lead means everyone and so no one.

import { NO_OPTIONS, type Rule } from './rule.js';
import { everyKeyResult, fileOf, isTeam, keyResultPath } from './walk.js';

export const krHasLead: Rule = {
  id: 'kr-has-lead',
  defaultSeverity: 'error',
  description: 'Every key result has exactly one lead, a person, never a team.',
  optionsSchema: NO_OPTIONS,
  check(context) {
    const { cascade, config } = context;
    for (const kr of everyKeyResult(cascade)) {
      const file = fileOf(kr.objective.unit);
      const path = keyResultPath(kr);
      const lead = kr.doc.lead;
      if (lead === undefined) {
        context.report({ file, path, message: `Key result '${kr.doc.id}' has no lead; name the one person who reports on it.` });
        continue;
      }
      // With a registry a person id wins over a unit of the same name; unknown people are `ref-resolves`'.
      if (config.people && Object.hasOwn(config.people, lead)) continue;
      const unit = cascade.units.get(lead);
      if (isTeam(unit)) {
        context.report({
          file, path: [...path, 'lead'],
          message: `Key result lead '${lead}' is a ${unit.level} unit; a team cannot lead a key result, name one person.`,
        });
      }
    }
  },
};
