// okr report on a pseudo-terminal: progress on stderr, never in the report (npm run test:e2e).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { startPtyCommand } from '../helpers/pty.js';
import { runOkr } from '../helpers/run-okr.js';
import { AS_OF, repository } from './report-fixtures.js';

describe('progress', () => {
  it('is shown on stderr when it is a terminal, and never reaches the report', async () => {
    const dir = repository();
    const out = join(dir, 'status.md');
    const term = startPtyCommand(['sh', '-c', `"${process.execPath}" "${BIN}" report -C "${dir}" --as-of 2026-11-12 > "${out}"`]);
    await term.waitFor('reading the git history');
    const { code } = await term.exit();
    expect(code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe((await runOkr(['report', '-C', dir, ...AS_OF])).stdout);
  });
});
