// Turns findings (file + document path) into diagnostics (file + line/column). Positions come
// from the node spans the parser recorded (yaml/positions.ts), so locating a finding never
// parses its file again; only a text that was never parsed here (a file read back from disk
// for a cross-file rule, a change not yet loaded) is parsed, once.

import type { FilesOrRoot } from '../fs/file-source.js';
import type { Diagnostic, DocPath, Finding, SourceFile, UnitDoc } from '../model.js';
import { readSource } from './read-source.js';
import { parseYaml } from './yaml/parse.js';
import { positionsLookup } from './skeleton.js';
import { createLocator, type Locate } from './yaml/positions.js';

/**
 * `sources` holds the files read in this run (with their spans where parsed); any other file
 * a finding names is read again from `root` (the working tree there, or a revision's files).
 */
export function locateFindings(findings: Finding[], sources: Map<string, SourceFile>, root?: FilesOrRoot): Diagnostic[] {
  const locators = new Map<string, Locate | undefined>();
  const locatorOf = (file: string): Locate | undefined => {
    if (!locators.has(file)) locators.set(file, locatorFor(file, sources.get(file), root));
    return locators.get(file);
  };

  return findings.map((finding) => {
    const position = finding.position ?? locatorOf(finding.file)?.(finding.path, finding.atKey ?? false);
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

function locatorFor(file: string, known: SourceFile | undefined, root: FilesOrRoot | undefined): Locate | undefined {
  if (known?.spans && known.data !== undefined) return createLocator({ text: known.text, spans: known.spans, data: known.data });
  if (known?.positions && known.data !== undefined) {
    // Checked per file: the places cycle-wide rules report on were located when it was read;
    // anything else (a path no rule of the cycle reports today) reads the file once more.
    const lookup = positionsLookup(known.data as UnitDoc, known.positions);
    let fallback: Locate | undefined | null = null;
    return (path, atKey) => lookup(path, atKey) ?? (fallback === null ? (fallback = locatorFor(file, undefined, root)) : fallback)?.(path, atKey);
  }
  let source = known;
  if (!source && root !== undefined) {
    const read = readSource(root, file);
    source = read.ok ? read.source : undefined;
  }
  if (!source) return undefined;
  const parsed = parseYaml(source.text, file);
  return parsed.ok ? createLocator({ text: source.text, spans: parsed.spans, data: parsed.data }) : undefined;
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
