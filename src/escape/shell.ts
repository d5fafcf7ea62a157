// A command line to copy into a POSIX shell (bash, zsh, sh): each argument one word, whatever
// it holds. Plain words stay as they are; anything else is single-quoted, where nothing is
// special but the quote itself (written '\''). A control character cannot be typed inside
// quotes (and a bidi control would make the line read other than it runs), so an argument
// holding one is written as $'…' with escapes (bash, zsh, ksh).

const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

export function shellWord(arg: string): string {
  if (PLAIN.test(arg)) return arg;
  if (CONTROL.test(arg)) return `$'${[...arg].map(escapeChar).join('')}'`;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The words of a command, each quoted as it needs. */
export function shellCommand(argv: readonly string[]): string {
  return argv.map(shellWord).join(' ');
}

function escapeChar(char: string): string {
  if (char === '\\' || char === "'") return `\\${char}`;
  if (!CONTROL.test(char)) return char;
  // Its UTF-8 bytes, each as \xHH: the same character whatever the shell's locale.
  return [...Buffer.from(char, 'utf8')].map((byte) => `\\x${byte.toString(16).padStart(2, '0')}`).join('');
}
