// JSON output (`--format json`, SARIF): the same data as JSON.stringify writes, and inert
// where it is shown. JSON.stringify escapes C0 controls but leaves DEL, C1 controls, bidi
// overrides and line separators raw, which a terminal or a reader acts on; and `##[` in any
// line of a CI log is the runner's legacy workflow command. Each of these can only stand
// inside a string, where a \u escape reads back as the same character.

const UNSAFE = /[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** `value` as indented JSON text with a final newline. */
export function jsonText(value: unknown): string {
  const text = JSON.stringify(value, null, 2)
    .replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/##\[/g, '#\\u0023[');
  return `${text}\n`;
}
