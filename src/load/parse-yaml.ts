// Two ways to parse a YAML file. The fast one (js-yaml) builds plain data and nothing else:
// most files in a repository are clean, and need no positions. The exact one (eemeli/yaml)
// keeps every node's source range, bounds aliases and reports syntax errors with positions;
// it runs for any file the fast one cannot vouch for, and for every file that has findings.

import { CORE_SCHEMA, load as loadFast } from 'js-yaml';
import type { Document, LineCounter } from 'yaml';
import type { Finding, SourceFile } from '../model.js';
import { yamlLib } from './yaml-lib.js';

/** Aliases are legitimate YAML, but each expands the document: bound them (billion laughs). */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedDocument {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export type ParseResult = { ok: true; data: unknown } | { ok: false; findings: Finding[] };

/**
 * Anchors, aliases and tags are where the two parsers differ and where attacks live
 * (alias bombs, custom tags), so a file that may hold them always takes the exact path.
 */
const RISKY = /(?:^|[\s[{,:-])[&*!][^\s,[\]{}]/m;

export function parseSource(source: SourceFile): ParseResult {
  const text = source.text;
  // Most files hold none of the three characters: indexOf is far cheaper than the pattern.
  const risky = (text.includes('&') || text.includes('*') || text.includes('!')) && RISKY.test(text);
  if (!risky) {
    try {
      return { ok: true, data: loadFast(source.text, { schema: CORE_SCHEMA, filename: source.file }) };
    } catch {
      // Fall through: the exact parser says what is wrong, and where.
    }
  }
  return parseExact(source).result;
}

export function parseExact(source: SourceFile): { result: ParseResult; parsed: ParsedDocument } {
  const { LineCounter: Counter, parseDocument, visit } = yamlLib();
  const lineCounter = new Counter();
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const parsed = { doc, lineCounter };
  const findings: Finding[] = [];
  const at = (range: readonly number[] | undefined) => {
    const start = lineCounter.linePos(range?.[0] ?? 0);
    const end = lineCounter.linePos(range?.[1] ?? range?.[0] ?? 0);
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  };
  const yamlFinding = (message: string, range: readonly number[] | undefined): Finding => ({
    file: source.file, path: [], severity: 'error', rule: 'yaml', message, position: at(range),
  });

  for (const error of doc.errors) {
    const message = error.code === 'DUPLICATE_KEY'
      ? `duplicate key '${keyAt(source.text, error.pos[0])}': a key may appear only once in a map`
      : describeYamlError(error.code, error.message);
    findings.push(yamlFinding(message, error.pos));
  }
  for (const warning of doc.warnings) {
    // An unknown tag would be read as a plain string by yaml; we refuse it instead.
    if (warning.code === 'TAG_RESOLVE_FAILED') findings.push(yamlFinding(describeYamlError(warning.code, warning.message), warning.pos));
  }
  if (findings.length > 0) return { result: { ok: false, findings }, parsed };

  try {
    return { result: { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) }, parsed };
  } catch (error) {
    let aliasRange: readonly number[] | undefined;
    visit(doc, {
      Alias(_, node) {
        aliasRange = node.range ?? undefined;
        return visit.BREAK;
      },
    });
    const message = error instanceof ReferenceError && /alias/i.test(error.message)
      ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}): a YAML alias bomb is refused`
      : `cannot read this document: ${(error as Error).message}`;
    return { result: { ok: false, findings: [yamlFinding(message, aliasRange)] }, parsed };
  }
}

function describeYamlError(code: string, message: string): string {
  switch (code) {
    case 'TAG_RESOLVE_FAILED':
      return `${message.replace('tag:yaml.org,2002:', '!!')}: custom tags are not allowed in OKR files`;
    case 'MULTIPLE_DOCS':
      return 'the file holds more than one YAML document; an OKR file is a single document';
    default:
      return message.charAt(0).toLowerCase() + message.slice(1);
  }
}

/** The key written at an offset: a quoted or plain scalar up to its colon. */
function keyAt(text: string, offset: number): string {
  const match = /^(?:"([^"\n]*)"|'([^'\n]*)'|([^:#\n]+?))\s*:/.exec(text.slice(offset, offset + 200));
  return match ? (match[1] ?? match[2] ?? match[3]) : text.slice(offset, offset + 20).split('\n')[0];
}
