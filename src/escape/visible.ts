// The one way okr shows a character a reader must see but no device may act on, shared by the
// text media (terminal, markdown, workflow log): C0 controls and DEL as their Unicode control
// pictures (ESC → ␛, BEL → ␇, LF → ␊), C1 controls, bidirectional overrides and isolates and
// the Unicode line separators as `<U+XXXX>`. Nothing here is ever interpreted: a control
// picture is a printable symbol, and so is the `<U+…>` spelling.

/** Every character `showControls` may replace: C0, DEL, C1, bidi embeddings/overrides/isolates, U+2028/9. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const ANY_UNSAFE = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

/**
 * Text with every control character, bidi control and line separator made visible, except
 * those in `keep` (e.g. '\n\t' for multi-line terminal text). Characters outside that set,
 * astral ones and combining marks included, are left exactly as they are.
 */
export function showControls(text: string, keep = ''): string {
  // Most text holds none: testing first spares a copy of every title.
  if (!ANY_UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (char) => (keep.includes(char) ? char : visible(char)));
}

/** The printable stand-in of one unsafe character. */
function visible(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}
