// Whether a key result's `source:` can be read as written: `from` a configured source with the
// fields that source's kind reads, or a `command` alone that splits into a program and its
// arguments without a shell. The rule `source-fits-kind` reports these problems in
// `okr validate`, and the reader refuses the same ones, so a rule turned off changes nothing.

import { createRequire } from 'node:module';
import { own } from '../lookup.js';
import type { DocPath, KeyResultSourceDoc, SourceDoc } from '../model.js';
import type { SourceProblem } from './check-config-sources.js';
import { KEY_RESULT_FIELDS, aKind, kindOfField, listFields, type SourceKindName } from './kind-fields.js';
import { programPath } from './program-path.js';
import { splitCommand } from './split-command.js';

const require = createRequire(import.meta.url);

/**
 * Problems of one key result's source, with paths from the key result (`['source', 'query']`).
 * A `from` that names no configured source is left to `source-resolves`.
 */
export function checkKeyResultSource(source: KeyResultSourceDoc, sources: Readonly<Record<string, SourceDoc>> | undefined): SourceProblem[] {
  const at: DocPath = ['source'];
  if (source.from !== undefined && source.command !== undefined) {
    return [{ path: [...at, 'command'], message: 'a source is either `from` a configured source or a `command`, not both', atKey: true }];
  }
  let kind: SourceKindName;
  let label: string;
  if (source.command !== undefined) {
    kind = 'command';
    label = 'a command source';
  } else if (source.from !== undefined) {
    const configured = own(sources, source.from);
    if (!configured) return [];
    kind = configured.kind;
    label = `${aKind(kind)} ('${source.from}')`;
  } else {
    return [{ path: at, message: 'a source names `from` (a source of okr.config.yaml) or a `command`' }];
  }

  const problems: SourceProblem[] = [];
  const fields = KEY_RESULT_FIELDS[kind];
  for (const field of fields.required) {
    if (source[field] === undefined) problems.push({ path: at, message: `${label} needs \`${field}\`` });
  }
  const takes = [...fields.required, ...fields.optional];
  for (const key of Object.keys(source) as (keyof KeyResultSourceDoc)[]) {
    if (key === 'from' || takes.includes(key)) continue;
    const owner = kindOfField(key);
    problems.push({
      path: [...at, key], atKey: true,
      message: `${label} reads ${listFields(takes)}, not \`${key}\`${owner && owner !== kind ? ` (\`${key}\` belongs to ${aKind(owner)})` : ''}`,
    });
  }
  if (kind === 'command' && source.command !== undefined) problems.push(...commandProblems(source.command, [...at, 'command']));
  if (kind === 'http' && source.select !== undefined) problems.push(...selectProblems(source.select, [...at, 'select']));
  return problems;
}

function commandProblems(command: string, path: DocPath): SourceProblem[] {
  const split = splitCommand(command);
  if (!split.ok) return [{ path, message: split.message }];
  const program = programPath(split.argv[0]);
  return program.ok ? [] : [{ path, message: program.message }];
}

type ParseJsonPath = (expression: string) => unknown;
let parseJsonPath: ParseJsonPath | undefined;

/** Why each JSONPath met so far does not parse ('' when it does): a sync run asks once per key result. */
const parsedSelects = new Map<string, string>();

/** The JSONPath must parse (RFC 9535). Its parser loads only when some key result has one. */
function selectProblems(select: string, path: DocPath): SourceProblem[] {
  let problem = parsedSelects.get(select);
  if (problem === undefined) {
    parseJsonPath ??= (require('jsonpath-rfc9535/parser') as { default: ParseJsonPath }).default;
    try {
      parseJsonPath(select);
      problem = '';
    } catch (error) {
      problem = (error as Error).message.replace(/\.$/, '');
    }
    if (parsedSelects.size < 10_000) parsedSelects.set(select, problem);
  }
  return problem === '' ? [] : [{ path, message: `'${select}' is not a JSONPath (RFC 9535): ${problem}` }];
}
