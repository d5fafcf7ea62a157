// A key result's source must say what its kind reads: a `query` for postgres, a `select` (and
// maybe a `path`) for http, a `search` for github, a `command` alone that runs without a shell.
// The checks live in src/sources/, where `okr sync` applies the same ones before reading.

import { checkKeyResultSource } from '../sources/check-kr-source.js';
import { NO_OPTIONS, type Rule } from './rule.js';
import { everyKeyResult, fileOf, keyResultPath } from './walk.js';

export const sourceFitsKind: Rule = {
  id: 'source-fits-kind',
  defaultSeverity: 'error',
  description: "A key result's source has the fields its kind reads, and a command that runs without a shell.",
  optionsSchema: NO_OPTIONS,
  scope: 'unit',
  check(context) {
    for (const kr of everyKeyResult(context.cascade)) {
      const source = kr.doc.source;
      if (source === undefined) continue;
      const path = keyResultPath(kr);
      for (const problem of checkKeyResultSource(source, context.config.sources)) {
        context.report({
          file: fileOf(kr.objective.unit), path: [...path, ...problem.path], atKey: problem.atKey,
          message: `Key result '${kr.doc.id}': ${problem.message}.`,
        });
      }
    }
  },
};
