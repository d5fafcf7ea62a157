// -C DIR means what git -C means: okr runs as if started in DIR, so every relative path on
// the command line (--out, --from, --emails, --config, a FILE or PATH argument) is relative
// to DIR, for every command alike.

import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLES, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';

let started: string;
let dir: string;
beforeEach(() => {
  started = tempRepo();
  dir = join(started, 't2');
  cpSync(join(EXAMPLES, 'acme'), dir, { recursive: true });
});

const okr = (args: string[]) => runOkr(['-C', 't2', '--as-of', '2026-11-20', ...args], { cwd: started });

describe('okr -C DIR', () => {
  it.each([
    ['export', ['export', '--out', 'q4.csv'], 'q4.csv'],
    ['report', ['report', '--out', 's.md'], 's.md'],
    ['owners', ['owners', '--write', '--out', 'CODEOWNERS'], 'CODEOWNERS'],
    ['remind', ['remind', '--emails', 'drafts'], 'drafts'],
  ])('%s writes where DIR says, not where okr was started', async (_name, args, written) => {
    const result = await okr(args);
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, written))).toBe(true);
    expect(existsSync(join(started, written))).toBe(false);
  });

  it('reads checkin --from and import FILE from DIR', async () => {
    writeFileSync(join(dir, 'checkins.csv'), 'ref,value\nplatform/O1/KR1,18\n');
    expect(await okr(['checkin', '--from', 'checkins.csv', '--no-commit', '-q'])).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(dir, 'okrs/2026-Q4/platform.yaml'), 'utf8')).toContain('current: 18');

    expect((await okr(['export', '--out', 'q4.csv'])).code).toBe(0);
    expect(await okr(['import', 'q4.csv'])).toMatchObject({ code: 0, stderr: 'nothing to change: the unit files already say all of it\n' });
  });

  it('takes validate PATH and --config relative to DIR', async () => {
    expect(await okr(['validate', 'okrs/2026-Q4/platform.yaml'])).toMatchObject({ code: 0, stderr: '✔ 1 file checked, no problems\n' });
    expect((await okr(['--config', 'okr.config.yaml', 'validate', '-q'])).code).toBe(0);
    expect(await okr(['validate', 't2/okrs'])).toMatchObject({ code: 2, stderr: 'okr: t2/okrs: no such file or folder\n' });
  });

  it('refuses a DIR that is not a folder', async () => {
    expect(await runOkr(['-C', 'nowhere', 'validate'], { cwd: started })).toMatchObject({ code: 2, stdout: '', stderr: 'okr: -C nowhere: no such directory\n' });
    expect(await runOkr(['-C', 't2/okr.config.yaml', 'tree'], { cwd: started })).toMatchObject({ code: 2, stderr: 'okr: -C t2/okr.config.yaml: no such directory\n' });
  });
});
