// A key result's `source.from` must name a source of okr.config.yaml; otherwise `okr sync`
// has nowhere to read from and the value silently stays as typed.

import { hasOwn } from '../lookup.js';
import { NO_OPTIONS, type Rule } from './rule.js';
import { withDidYouMean } from '../text/did-you-mean.js';
import { everyKeyResult, fileOf, keyResultPath } from './walk.js';

export const sourceResolves: Rule = {
  id: 'source-resolves',
  defaultSeverity: 'error',
  description: "A key result's `source.from` names a source in the config's `sources:`.",
  optionsSchema: NO_OPTIONS,
  scope: 'unit',
  check(context) {
    const sources = context.config.sources;
    for (const kr of everyKeyResult(context.cascade)) {
      const from = kr.doc.source?.from;
      if (from === undefined || hasOwn(sources, from)) continue;
      const names = Object.keys(sources ?? {});
      context.report({
        file: fileOf(kr.objective.unit),
        path: [...keyResultPath(kr), 'source', 'from'],
        message: names.length === 0
          ? `source '${from}' is not configured: okr.config.yaml has no \`sources:\`.`
          : withDidYouMean(`source '${from}' is not in the config's \`sources:\` (${names.join(', ')})`, from, names),
      });
    }
  },
};
