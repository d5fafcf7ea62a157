// A file path as a CODEOWNERS pattern. CODEOWNERS is one rule per line, `pattern owner…`,
// split at white space, `#` starting a comment, and gitignore's glob characters in the
// pattern; GitHub's dialect has no `!` negation and no `[ ]` ranges, and no way to escape a
// line break. So a path becomes a pattern that matches that one file, or it is refused: a
// file name can never add, widen or comment out a rule.

/** The pattern for a path from the repository's top, or why CODEOWNERS cannot name it. */
export type CodeownersPattern = { pattern: string } | { refused: string };

/** What no escape makes safe: line breaks and other controls, and the characters GitHub's dialect has no escape for. */
const REFUSED: [RegExp, string][] = [
  [/[\r\n\u2028\u2029\x85]/, 'a line break'],
  // eslint-disable-next-line no-control-regex
  [/[\x00-\x1f\x7f-\x9f]/, 'a control character'],
  [/[^\S ]/, 'white space other than a plain space'],
  [/[\u202a-\u202e\u2066-\u2069]/, 'a bidirectional control character'],
  [/#/, "'#', which starts a comment"],
  [/\\/, "'\\', the escape character"],
  [/[*?]/, "a glob character ('*' or '?')"],
  [/[[\]]/, "'[' or ']', which GitHub does not support in a pattern"],
  [/!/, "'!', which GitHub does not support in a pattern"],
];

/**
 * `/` + the path, with each space written `\ ` (the one escape GitHub documents); refused
 * when the path holds anything else CODEOWNERS would read as syntax.
 */
export function codeownersPattern(path: string): CodeownersPattern {
  if (path === '') return { refused: 'an empty path' };
  for (const [pattern, what] of REFUSED) if (pattern.test(path)) return { refused: `its path holds ${what}` };
  return { pattern: `/${path.replace(/ /g, '\\ ')}` };
}
