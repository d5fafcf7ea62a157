// The repository fuzzer's own parts, in `npm test` (the fuzzer itself runs only in npm run
// fuzz): its checks catch each kind of failure they are there for, so a fuzz run with no
// failure means something; and a seed makes the same damage twice, so a failure replays.

import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, tempRepo } from '../helpers/cli.js';
import { testEnv } from '../helpers/git.js';
import { createCommandRunner, type Outcome } from './command-runner.js';
import { commandsFor, problemsOf, type FuzzCommand } from './commands.js';
import { mutate, SECRET, writeOutside } from './mutations.js';
import { iterationSeed, randomFrom } from './random.js';

const done = (stdout: string, stderr = '', code = 0): Outcome => ({ kind: 'done', code, stdout, stderr, ms: 1 });
const json: FuzzCommand = { argv: ['score', '--format', 'json'], medium: 'json' };
const md: FuzzCommand = { argv: ['report', '--format', 'md'], medium: 'md' };
const github: FuzzCommand = { argv: ['validate', '--format', 'github'], medium: 'github' };
const csv: FuzzCommand = { argv: ['export'], medium: 'csv' };

describe('the fuzzer\'s checks', () => {
  it('pass a clean result', () => {
    expect(problemsOf(json, done('{"a":1}\n'))).toEqual([]);
    expect(problemsOf(github, done('::error file=a.yaml,line=1::bad\na.yaml:1:1: error bad\n', '', 1))).toEqual([]);
    expect(problemsOf(csv, done('a,b\r\n\x1b[2J,c\r\n'))).toEqual([]);
    expect(problemsOf(json, done('', 'okr: no such cycle\n', 2))).toEqual([]);
  });

  it('catch each kind of failure', () => {
    const caught = (command: FuzzCommand, outcome: Outcome) => problemsOf(command, outcome).join('; ');
    expect(caught(json, { kind: 'hung', ms: 30_000 })).toMatch(/hang/);
    expect(caught(json, { kind: 'crashed', ms: 5, message: 'RangeError' })).toMatch(/died/);
    expect(caught(json, done('{}', '', 134))).toMatch(/exit code 134/);
    expect(caught(json, done('{}', 'okr: internal error: x is undefined\n', 2))).toMatch(/internal error/);
    expect(caught(json, done('{}', 'TypeError: x\n    at f (/a/b.js:1:2)\n', 2))).toMatch(/stack/);
    expect(caught(json, done('{"a":', '', 1))).toMatch(/not JSON/);
    expect(caught(json, done('{}', 'title \x1b]0;pwned\x07\n'))).toMatch(/control character on stderr/);
    expect(caught(md, done('a \u202e b'))).toMatch(/control character on stdout/);
    expect(caught(md, done('x\n  ::add-mask::secret\n'))).toMatch(/workflow command on stdout/);
    expect(caught(github, done('::add-mask::secret\n', '', 1))).toMatch(/workflow command/);
    expect(caught(csv, done('a ##[error]x\r\n'))).toMatch(/legacy workflow command/);
    expect(caught(md, done('hi @everyone'))).toMatch(/mention/);
    expect(caught(json, done(`{"name":"${SECRET}"}`))).toMatch(/outside the repository/);
  });
});

describe('the fuzzer\'s command runner', () => {
  it('stops a command past its time limit, and runs the next in a fresh worker', async () => {
    const runner = createCommandRunner();
    try {
      // Nothing loads a repository in a millisecond: this one counts as a hang.
      expect(await runner.run(['validate'], join(EXAMPLES, 'acme'), testEnv(), 1)).toMatchObject({ kind: 'hung' });
      expect(await runner.run(['validate', '--format', 'json'], join(EXAMPLES, 'acme'), testEnv(), 60_000)).toMatchObject({ kind: 'done', code: 0 });
    } finally {
      await runner.close();
    }
  });
});

describe('the fuzzer\'s damage', () => {
  it('is the same for the same seed', () => {
    const damage = (seed: number) => {
      const folder = tempRepo();
      const [root, outside] = [join(folder, 'repo'), join(folder, 'outside')];
      cpSync(join(EXAMPLES, 'acme'), root, { recursive: true });
      writeOutside(outside);
      const described = mutate({ rng: randomFrom(seed), root, outside }, 6).join('\n');
      return described.replaceAll(root, 'ROOT').replaceAll(outside, 'OUTSIDE');
    };
    for (const seed of [iterationSeed(7, 0), iterationSeed(7, 1), 12345]) expect(damage(seed)).toBe(damage(seed));
    expect(damage(1)).not.toBe(damage(2));
  });

  it('draws commands from the seed too, and every command of the brief is among them', () => {
    const names = (seed: number) => commandsFor(randomFrom(seed)).map((c) => c.argv.join(' '));
    expect(names(3)).toEqual(names(3));
    const commands = new Set(commandsFor(randomFrom(3)).map((c) => c.argv.find((a) => /^[a-z]+$/.test(a) && a !== 'json')));
    for (const name of ['validate', 'tree', 'score', 'report', 'export', 'people', 'owners', 'remind', 'history', 'diff']) expect(commands).toContain(name);
  });
});
