// Reads a CODEOWNERS file the way GitHub does: one rule per line (a pattern, then owners),
// `#` comments, blank lines. Finds okr's marked section and says which lines GitHub would
// reject. Pure: text in, lines and problems out.

export const BEGIN_MARKER = '# BEGIN okr owners';
export const END_MARKER = '# END okr owners';

export interface CodeownersRule {
  /** 1-based line number in the file. */
  line: number;
  pattern: string;
  owners: string[];
}

export interface SyntaxProblem {
  line: number;
  message: string;
}

export interface ParsedCodeowners {
  lines: string[];
  /** Line numbers (1-based) of the markers; undefined when the file has no okr section. */
  section?: { begin: number; end: number };
  /** Rules inside okr's section. */
  sectionRules: CodeownersRule[];
  /** Lines inside okr's section that okr would never write. */
  sectionProblems: SyntaxProblem[];
  /** Lines outside the section that GitHub would reject (reported, never changed). */
  outsideProblems: SyntaxProblem[];
  /** A broken section (a BEGIN with no END, markers repeated): nothing can be compared. */
  structureProblems: SyntaxProblem[];
}

// GitHub: users are @name (alphanumerics and single hyphens), teams @org/team, or an email.
const USER = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9_.-]+$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function isValidOwner(owner: string): boolean {
  return USER.test(owner) || TEAM.test(owner) || EMAIL.test(owner);
}

/** Splits a rule line into words; `\ ` and `\#` escape a space or a hash inside a pattern. */
export function splitRule(text: string): string[] {
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\' && i + 1 < text.length) {
      word += char + text[i + 1];
      i++;
    } else if (char === '#') {
      break; // the rest is a comment
    } else if (/\s/.test(char)) {
      if (word) words.push(word);
      word = '';
    } else {
      word += char;
    }
  }
  if (word) words.push(word);
  return words;
}

/** What GitHub's CODEOWNERS syntax does not support in a pattern or an owner, if anything. */
export function ruleProblem(words: string[]): string | undefined {
  const [pattern, ...owners] = words;
  if (pattern.startsWith('!')) return `pattern '${pattern}': CODEOWNERS does not support '!' negation`;
  if (/(^|[^\\])\[/.test(pattern)) return `pattern '${pattern}': CODEOWNERS does not support '[ ]' character ranges`;
  if (pattern.startsWith('\\#')) return `pattern '${pattern}': a pattern starting with '#' is read as a comment by GitHub`;
  const bad = owners.find((owner) => !isValidOwner(owner));
  if (bad !== undefined) return `owner '${bad}' is not a @user, an @org/team or an email address`;
  return undefined;
}

export function parseCodeowners(text: string): ParsedCodeowners {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const result: ParsedCodeowners = { lines, sectionRules: [], sectionProblems: [], outsideProblems: [], structureProblems: [] };
  let begin: number | undefined;
  let end: number | undefined;
  lines.forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === BEGIN_MARKER) {
      if (begin !== undefined) result.structureProblems.push({ line, message: `a second '${BEGIN_MARKER}' (line ${begin} opened okr's section)` });
      else begin = line;
      return;
    }
    if (trimmed === END_MARKER) {
      if (begin === undefined) result.structureProblems.push({ line, message: `'${END_MARKER}' with no '${BEGIN_MARKER}' before it` });
      else if (end !== undefined) result.structureProblems.push({ line, message: `a second '${END_MARKER}' (line ${end} closed okr's section)` });
      else end = line;
      return;
    }
    const words = splitRule(trimmed);
    if (words.length === 0) return;
    const inside = begin !== undefined && end === undefined;
    const problem = ruleProblem(words);
    if (inside) {
      if (problem) result.sectionProblems.push({ line, message: problem });
      // A pattern with no owners un-assigns a path: legal for GitHub, but okr never writes it.
      else if (words.length === 1) result.sectionProblems.push({ line, message: `pattern '${words[0]}' has no owner` });
      else result.sectionRules.push({ line, pattern: words[0], owners: words.slice(1) });
    } else if (problem) {
      result.outsideProblems.push({ line, message: problem });
    }
  });
  if (begin !== undefined && end === undefined) result.structureProblems.push({ line: begin, message: `'${BEGIN_MARKER}' is never closed by '${END_MARKER}'` });
  if (begin !== undefined && end !== undefined) result.section = { begin, end };
  return result;
}
