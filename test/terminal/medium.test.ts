import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { mediumOf, PLAIN } from '../../src/terminal/medium.js';

const chalk0 = new Chalk({ level: 0 });

describe('the medium of a stream', () => {
  it('paints plainly exactly as chalk does without colour', () => {
    const calls: [string, (c: typeof chalk0) => string][] = [
      ['one style', (c) => c.red('x')],
      ['chained', (c) => c.red.bold('x')],
      ['several arguments', (c) => c.dim('a', 'b')],
      ['a number', (c) => c.yellow(String(3))],
      ['nothing', (c) => c.green('')],
    ];
    for (const [name, call] of calls) expect(call(PLAIN), name).toBe(call(chalk0));
  });

  it('colours only a terminal that wants it, and says how wide it is', async () => {
    const tty = { write: () => true, isTTY: true, columns: 90 };
    expect((await mediumOf(tty, {}, undefined)).paint.red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(await mediumOf(tty, {}, undefined)).toMatchObject({ tty: true, columns: 90 });
    for (const [env, flag] of [[{ NO_COLOR: '1' }, undefined], [{ TERM: 'dumb' }, undefined], [{}, false]] as const) {
      expect((await mediumOf(tty, env, flag)).paint).toBe(PLAIN);
    }
    const pipe = { write: () => true };
    expect(await mediumOf(pipe, {}, undefined)).toEqual({ paint: PLAIN, tty: false, columns: 80 });
    expect(await mediumOf(pipe, { COLUMNS: '132' }, undefined)).toMatchObject({ columns: 132 });
    expect((await mediumOf(pipe, { FORCE_COLOR: '1' }, undefined)).paint.red('x')).toBe('\u001b[31mx\u001b[39m');
  });
});
