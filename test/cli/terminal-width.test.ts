// At 80 columns every table okr draws for a terminal fits: no line of score, history, tree,
// people or reviewers is wider than 80 display columns (an emoji or a CJK character counts
// two), whether the width comes from COLUMNS on a pipe or from the terminal itself; colour
// only on a terminal, never with NO_COLOR.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/text/display-width.js';
import { tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';

const AS_OF = ['--as-of', '2026-11-23'];
const strip = (text: string) => text.replace(new RegExp(String.raw`\u001b\[\d+m`, 'g'), '');
const widest = (text: string) => Math.max(0, ...strip(text).split('\n').map(displayWidth));

describe('terminal output at 80 columns', async () => {
  const dir = join(tempRepo(), 'acme');
  const init = await runOkr(['init', dir, '--example', ...AS_OF]);
  // A title wider than any terminal, in characters that take two columns each.
  const file = join(dir, 'okrs/2026-Q4/platform.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('title: Make deploys boring', 'title: デプロイを退屈にする 🚀 and make every single deploy so boring that nobody ever watches one again'));

  const commands = [
    ['score'], ['score', 'platform'], ['score', '--no-history'],
    ['history', 'platform/O1'], ['history'],
    ['tree'], ['tree', '--depth', '2'], ['tree', 'platform/O1'],
    ['people'],
    ['reviewers', '--base', 'HEAD~20'],
  ];

  it('has the example to draw', () => expect(init.code).toBe(0));

  for (const args of commands) {
    it(`okr ${args.join(' ')}: no line wider than COLUMNS=80 on a pipe`, async () => {
      const result = await runOkr([...args, '-C', dir, ...AS_OF], { env: { COLUMNS: '80' } });
      expect(result.code).toBe(0);
      expect(result.stdout.length).toBeGreaterThan(0);
      expect(widest(result.stdout)).toBeLessThanOrEqual(80);
      expect(result.stdout).not.toContain('\u001b');
    });
  }

  it('a pipe without COLUMNS is laid out for 80 columns too', async () => {
    const result = await runOkr(['score', '-C', dir, ...AS_OF]);
    expect(widest(result.stdout)).toBeLessThanOrEqual(80);
  });

  it('on an 80-column terminal the tables fit and statuses are coloured by meaning', async () => {
    for (const args of [['score'], ['tree'], ['history', 'platform/O1']]) {
      const result = await runOkr([...args, '-C', dir, ...AS_OF], { tty: true, columns: 80 });
      expect(widest(result.stdout), args.join(' ')).toBeLessThanOrEqual(80);
    }
    const score = await runOkr(['score', '-C', dir, ...AS_OF], { tty: true, columns: 80 });
    expect(score.stdout).toContain('\u001b[32mon track\u001b[39m');
    expect(score.stdout).toContain('\u001b[33mat risk\u001b[39m');
    expect(score.stdout).toContain('\u001b[31moff track\u001b[39m');
    expect(score.stdout).toContain('\u001b[2mdone\u001b[22m');
    expect(score.stdout).toContain('\u001b[2mdropped\u001b[22m');
  });

  it('a wider terminal gets wider tables, and NO_COLOR none of the colour', async () => {
    const wide = await runOkr(['score', '-C', dir, ...AS_OF], { tty: true, columns: 160 });
    expect(widest(wide.stdout)).toBeGreaterThan(80);
    expect(widest(wide.stdout)).toBeLessThanOrEqual(160);
    const plain = await runOkr(['score', '-C', dir, ...AS_OF], { tty: true, columns: 80, env: { NO_COLOR: '1' } });
    expect(plain.stdout).not.toContain('\u001b');
  });
});
