import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { programPath } from '../../src/sources/program-path.js';
import { splitCommand } from '../../src/sources/split-command.js';

const argv = (line: string) => {
  const split = splitCommand(line);
  return split.ok ? split.argv : split.message;
};

describe('splitting a command without a shell', () => {
  it('splits on spaces and honours quotes and backslashes', () => {
    expect(argv('scripts/active-teams.sh --days 28')).toEqual(['scripts/active-teams.sh', '--days', '28']);
    expect(argv(`  x   'a b'  "c d"  e\\ f  `)).toEqual(['x', 'a b', 'c d', 'e f']);
    expect(argv(`x 'it''s' "say \\"hi\\"" 'back\\slash'`)).toEqual(['x', 'its', 'say "hi"', 'back\\slash']);
    expect(argv(`x '' ""`)).toEqual(['x', '', '']);
    expect(argv(`x '$(touch pwned)' '$HOME' "a|b" 'a;b'`)).toEqual(['x', '$(touch pwned)', '$HOME', 'a|b', 'a;b']);
    expect(argv('x *.csv ~/y ?')).toEqual(['x', '*.csv', '~/y', '?']);
  });

  it.each([
    ['x | wc -l', "'|' would be a shell operator"],
    ['x > out', "'>' would be a shell operator"],
    ['x; rm -rf /', "';' would be a shell operator"],
    ['x && y', "'&' would be a shell operator"],
    ['x $(touch pwned)', "'$' would expand in a shell"],
    ['x $HOME', "'$' would expand in a shell"],
    ['x `id`', "'`' would expand in a shell"],
    ['x "$HOME"', "'$' inside \"…\" would expand"],
    ["x 'open", 'is not closed'],
    ['x "open', 'is not closed'],
    ['x \\', 'lone backslash'],
    ['   ', 'the command is empty'],
    ['x\ny', 'a command is one line'],
    ['x\0y', 'NUL'],
  ])('refuses %j', (line, message) => {
    expect(argv(line)).toContain(message);
  });

  it('gives back any argument list quoted with single quotes', () => {
    const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
    const word = fc.string().filter((w) => !/[\0\n\r]/.test(w));
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
      expect(splitCommand(words.map(quote).join(' '))).toEqual({ ok: true, argv: words });
    }));
  });

  it('runs a program on PATH or a path inside the repository, nothing else', () => {
    expect(programPath('python3')).toEqual({ ok: true, inRepository: undefined });
    expect(programPath('scripts/x.sh')).toEqual({ ok: true, inRepository: 'scripts/x.sh' });
    expect(programPath('./x.sh')).toEqual({ ok: true, inRepository: 'x.sh' });
    expect(programPath('scripts/../x.sh')).toEqual({ ok: true, inRepository: 'x.sh' });
    expect(programPath('../x.sh')).toMatchObject({ ok: false, message: "'../x.sh' is outside the repository; a command runs a script in the repository or a program on PATH" });
    expect(programPath('scripts/../../x.sh')).toMatchObject({ ok: false });
    expect(programPath('/bin/sh')).toMatchObject({ ok: false, message: expect.stringContaining('is an absolute path') });
  });
});
