// Every broken repository in examples/invalid/ is validated by okr (in-process), and the
// result must match its expected.json: exit code, and each diagnostic's rule, file,
// position, severity and message. A case marked exhaustive allows nothing else.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, hasStackTrace } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';

interface ExpectedDiagnostic {
  rule: string;
  file?: string;
  line?: number;
  column?: number;
  severity?: 'error' | 'warning';
  message?: string;
}

interface Expected {
  description: string;
  exitCode: number;
  args: string[];
  exhaustive?: boolean;
  diagnostics: ExpectedDiagnostic[];
}

const CORPUS = join(EXAMPLES, 'invalid');
const cases = readdirSync(CORPUS).filter((name) => statSync(join(CORPUS, name)).isDirectory()).sort();

describe('the invalid corpus', () => {
  it('has a case for every kind of bad input', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('%s', async (name) => {
    const dir = join(CORPUS, name);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const result = await runOkr([...expected.args, '-C', dir, '--format', 'json']);
    expect(result.code, `${expected.description}\n${result.stderr}`).toBe(expected.exitCode);
    expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);

    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: Required<ExpectedDiagnostic>[] };
    for (const want of expected.diagnostics) {
      const match = diagnostics.find((got) =>
        got.rule === want.rule
        && (want.file === undefined || got.file === want.file)
        && (want.line === undefined || got.line === want.line)
        && (want.column === undefined || got.column === want.column)
        && (want.severity === undefined || got.severity === want.severity)
        && (want.message === undefined || got.message.toLowerCase().includes(want.message.toLowerCase())));
      expect(match, `expected ${JSON.stringify(want)}\n in ${JSON.stringify(diagnostics, null, 1)}`).toBeDefined();
    }
    if (expected.exhaustive) expect(diagnostics).toHaveLength(expected.diagnostics.length);

    // The human format must not crash on the same input either.
    const stylish = await runOkr([...expected.args, '-C', dir]);
    expect(stylish.code).toBe(expected.exitCode);
    expect(hasStackTrace(stylish.stdout + stylish.stderr)).toBe(false);
  });
});
