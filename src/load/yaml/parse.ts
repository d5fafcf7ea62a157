// The one YAML parser: every file okr reads (unit files, the config, versions from git
// history, files being edited) is read here, so the same bytes mean the same values
// everywhere (SPEC 10). js-yaml with the exact YAML 1.2 core schema builds the data, and while
// it parses, a listener records where every node starts and ends (positions.ts turns a
// document path into a line and column from that record), so a finding never costs a second
// parse. Resources are bounded by what the input is: nesting by depth, aliases by the nodes
// they produce.

import { load, type LoadOptions, type YAMLException } from 'js-yaml';
import type { Finding } from '../../model.js';
import { expansionWeight } from './alias-weight.js';
import { YAML_CORE_SCHEMA } from './core-schema.js';
import { lineColumnAt } from '../../text/line-column.js';
import { createRecorder, type NodeSpans } from './node-spans.js';

/** No OKR document nests past a dozen levels; this bounds recursion whatever the input. */
export const MAX_DEPTH = 64;

/**
 * What aliases may add to a document, over what its text already holds: nodes plus
 * characters of the strings they repeat. Aliases are legitimate YAML (a list of contributors
 * used twice), but each reference is a copy for everything downstream (schema, JSON, workers).
 */
export const MAX_ALIAS_WEIGHT = 100_000;

export type ParsedYaml = { ok: true; data: unknown; spans: NodeSpans } | { ok: false; findings: Finding[] };

export function parseYaml(text: string, file: string): ParsedYaml {
  return parse(text, file, true) as ParsedYaml;
}

/** The same parse; without `positions` no listener records the spans (history's many versions). */
function parse(text: string, file: string, positions: boolean): ParsedYaml | { ok: true; data: unknown } {
  const recorder = positions ? createRecorder() : undefined;
  let data: unknown;
  try {
    data = load(text, { schema: YAML_CORE_SCHEMA, filename: file, maxDepth: MAX_DEPTH, ...(recorder ? { listener: recorder.listener as never } : {}) } as LoadOptions);
  } catch (error) {
    if (!isYamlException(error)) throw error;
    return { ok: false, findings: [syntaxFinding(error, text, file)] };
  }
  // An alias needs an anchor (&) and a reference (*): most files have neither.
  if (text.includes('*') && text.includes('&')) {
    const limit = text.length + MAX_ALIAS_WEIGHT;
    if (expansionWeight(data, limit) > limit) {
      const at = firstAlias(text);
      return {
        ok: false,
        findings: [yamlFinding(file, `aliases expand this document to far more than its text holds (over ${MAX_ALIAS_WEIGHT.toLocaleString('en')} extra nodes and characters): a YAML alias bomb is refused`, text, at)],
      };
    }
  }
  return recorder ? { ok: true, data, spans: recorder.finish() } : { ok: true, data };
}

/** Only the data, for callers that need no positions (a value read from git history): the same parser and limits. */
export function readYamlData(text: string, file = ''): { ok: true; data: unknown } | { ok: false; message: string } {
  const parsed = parse(text, file, false);
  return parsed.ok ? { ok: true, data: parsed.data } : { ok: false, message: parsed.findings[0].message };
}

function isYamlException(error: unknown): error is YAMLException {
  return error instanceof Error && error.name === 'YAMLException';
}

function syntaxFinding(error: YAMLException, text: string, file: string): Finding {
  const reason = error.reason ?? error.message;
  let offset = Math.min(error.mark?.position ?? 0, text.length);
  // An unknown tag is noticed once its node has been read: point back at the tag itself.
  const tag = /^unknown tag !<(.*)>$/.exec(reason);
  if (tag) {
    const written = tag[1].replace(/^tag:yaml\.org,2002:/, '!!');
    const at = text.lastIndexOf(written, offset);
    if (at !== -1) offset = at;
  }
  return yamlFinding(file, describe(reason, text, offset), text, offset);
}

function yamlFinding(file: string, message: string, text: string, offset: number): Finding {
  const { line, column } = lineColumnAt(text, offset);
  return { file, path: [], severity: 'error', rule: 'yaml', message, position: { line, column } };
}

/** js-yaml's reasons, said in the words of an OKR file. */
function describe(reason: string, text: string, offset: number): string {
  if (reason === 'duplicated mapping key') return `duplicate key '${keyAt(text, offset)}': a key may appear only once in a map`;
  if (reason.startsWith('expected a single document')) return 'the file holds more than one YAML document; an OKR file is a single document';
  if (reason.startsWith('nesting exceeded maxDepth')) return `nesting deeper than ${MAX_DEPTH} levels: an OKR file is never this deep`;
  const tag = /^unknown tag !<(.*)>$/.exec(reason);
  if (tag) return `unknown tag ${tag[1].replace('tag:yaml.org,2002:', '!!')}: custom tags are not allowed in OKR files`;
  return reason;
}

/** The key written at an offset: a quoted or plain scalar up to its colon. */
function keyAt(text: string, offset: number): string {
  const match = /^(?:"([^"\n]*)"|'([^'\n]*)'|([^:#\n]+?))\s*:/.exec(text.slice(offset, offset + 200));
  return match ? (match[1] ?? match[2] ?? match[3]) : text.slice(offset, offset + 20).split('\n')[0];
}

/** Where the first alias reference (`*name`) is written. */
function firstAlias(text: string): number {
  const match = /(?:^|[\s[{,:-])\*[^\s,[\]{}]/m.exec(text);
  return match ? match.index + match[0].indexOf('*') : 0;
}

