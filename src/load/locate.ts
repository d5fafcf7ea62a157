// Turns findings (file + document path) into diagnostics (file + line/column). This is the
// only place that needs source positions, so the exact parse happens here, once per file
// that has something to report, never for the clean majority.

import type { Node } from 'yaml';
import type { Diagnostic, DocPath, Finding, SourceFile } from '../model.js';
import { parseExact, type ParsedDocument } from './parse-yaml.js';
import { readSource } from './read-source.js';
import { yamlLib } from './yaml-lib.js';

/**
 * `sources` holds the text of files already known to have findings; any other file (a clean
 * file that a cross-file rule reports on) is read again from `root`.
 */
export function locateFindings(findings: Finding[], sources: Map<string, SourceFile>, root?: string): Diagnostic[] {
  const parsed = new Map<string, ParsedDocument | undefined>();
  const sourceOf = (file: string): SourceFile | undefined => {
    const known = sources.get(file);
    if (known || root === undefined) return known;
    const read = readSource(root, file);
    return read.ok ? read.source : undefined;
  };
  const documentOf = (file: string) => {
    if (!parsed.has(file)) {
      const source = sourceOf(file);
      parsed.set(file, source ? parseExact(source).parsed : undefined);
    }
    return parsed.get(file);
  };

  return findings.map((finding) => {
    let position = finding.position;
    if (!position) {
      const document = documentOf(finding.file);
      position = document ? positionOf(document, finding.path, finding.atKey ?? false) : undefined;
    }
    const line = position?.line ?? 1;
    const column = position?.column ?? 1;
    return {
      file: finding.file,
      line,
      column,
      endLine: position?.endLine ?? line,
      endColumn: position?.endColumn ?? column,
      severity: finding.severity,
      rule: finding.rule,
      message: asSentence(finding.message),
      path: formatPath(finding.path),
    };
  });
}

/**
 * The position of the node at `path`, or of the deepest node on the way there when the path
 * runs out (a missing required key points at the map that lacks it).
 */
export function positionOf({ doc, lineCounter }: ParsedDocument, path: DocPath, atKey: boolean) {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  let node: Node | null | undefined = doc.contents;
  let range = node?.range;
  for (let i = 0; i < path.length && node; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      const key = pair.key as Node;
      if (last && atKey) {
        range = key.range;
        node = undefined;
        break;
      }
      node = pair.value as Node | null;
      // A key with no value (`lead:`) has an empty node, or none: point at the key.
      const empty = !node?.range || node.range[0] === node.range[1];
      range = empty ? key.range : node!.range;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      node = item;
      range = item.range;
    } else {
      break;
    }
  }
  if (!range) return undefined;
  const start = lineCounter.linePos(range[0]);
  // Collections end after their last line break; end at the value's end instead.
  const end = lineCounter.linePos(Math.max(range[0], range[1]));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

/** `['objectives', 0, 'keyResults', 1, 'lead']` → `objectives[0].keyResults[1].lead` */
export function formatPath(path: DocPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** Messages read as sentences, whoever wrote them: capital first letter, closing stop. */
export function asSentence(message: string): string {
  const text = message.trim();
  // A message may open with a key (`alignsTo '…' is …`): camelCase stays as written.
  const firstWord = /^\S*/.exec(text)![0];
  const capital = /[A-Z]/.test(firstWord.slice(1)) ? text : text.charAt(0).toUpperCase() + text.slice(1);
  return /[.?!]$/.test(capital) ? capital : `${capital}.`;
}
