// Is CODEOWNERS in step with the config? Compares the rules in okr's section with what okr
// would generate, by pattern, and puts the generated section into the file's text for
// --write. Hand-written lines outside the section are never touched.

import { asSentence } from '../load/locate.js';
import type { Diagnostic } from '../model.js';
import { BEGIN_MARKER, END_MARKER, type ParsedCodeowners } from './parse.js';
import { renderSection, type OwnerEntry } from './generate.js';

export const IN_STEP_RULE = 'codeowners-in-step';

export function compareSection(file: string, parsed: ParsedCodeowners | undefined, entries: OwnerEntry[]): Diagnostic[] {
  const at = (line: number, message: string): Diagnostic => ({
    file, line, column: 1, endLine: line, endColumn: 1, severity: 'error', rule: IN_STEP_RULE, message: asSentence(message), path: '',
  });
  if (!parsed) return [at(1, `${file} does not exist; run okr owners --write`)];
  // A missing rule belongs where the section ends (or would start: after the last line).
  const insertAt = parsed.section?.end ?? parsed.lines.length + 1;
  const out: Diagnostic[] = [];
  if (!parsed.section) out.push(at(insertAt, `the okr owners section ('${BEGIN_MARKER}' … '${END_MARKER}') is missing; run okr owners --write`));
  const have = new Map(parsed.sectionRules.map((rule) => [rule.pattern, rule]));
  const want = new Set(entries.map((e) => e.pattern));
  for (const entry of entries) {
    const rule = have.get(entry.pattern);
    if (!rule) out.push(at(insertAt, `missing: ${entry.pattern} ${entry.owner}`));
    else if (rule.owners.join(' ') !== entry.owner) out.push(at(rule.line, `changed owner: ${entry.pattern} is owned by ${rule.owners.join(' ')}, should be ${entry.owner} (${entry.person})`));
  }
  for (const rule of parsed.sectionRules) {
    if (!want.has(rule.pattern)) out.push(at(rule.line, `extra: ${rule.pattern} ${rule.owners.join(' ')} (no such unit file or lead)`));
  }
  return out.sort((a, b) => a.line - b.line);
}

/** The file's new text: its section replaced, or appended (so it wins: the last match does). */
export function withSection(parsed: ParsedCodeowners | undefined, entries: OwnerEntry[]): string {
  const section = renderSection(entries, BEGIN_MARKER, END_MARKER);
  if (!parsed || parsed.lines.length === 0) return section;
  const { lines } = parsed;
  if (!parsed.section) {
    const text = `${lines.join('\n')}\n`;
    return lines.at(-1)?.trim() === '' ? text + section : `${text}\n${section}`;
  }
  const before = lines.slice(0, parsed.section.begin - 1);
  const after = lines.slice(parsed.section.end);
  return [...before.map((l) => `${l}\n`), section, ...after.map((l) => `${l}\n`)].join('');
}
