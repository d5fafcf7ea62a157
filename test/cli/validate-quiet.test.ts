// okr lint -q / validate -q: errors only, as ESLint's --quiet; the warnings still count for
// the exit code (--max-warnings).

import { describe, expect, it } from 'vitest';
import { MINIMAL_CONFIG, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';

// A company objective with a number in its title (a warning) and a key result with no lead (an error).
const COMPANY = (lead: string) => `cycle: 2026-Q4
unit: company
level: company
lead: ann
objectives:
  - id: O1
    title: Grow revenue by 40% in 2026 Q4 for 12 new accounts
    keyResults:
      - { id: KR1, title: Raise NPS from 20 to 40, ${lead}start: 20, target: 40, current: 30 }
      - { id: KR2, title: Cut churn from 5% to 3%, lead: ann, start: 5, target: 3, current: 4 }
`;

const repo = (lead: string) => tempRepo({ 'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/company.yaml': COMPANY(lead) });

describe('okr validate -q', () => {
  it('prints errors only, and counts only them', async () => {
    const dir = repo('');
    const loud = await runOkr(['lint', '-C', dir, '--no-color']);
    expect(loud.code).toBe(1);
    expect(loud.stdout).toMatch(/^\s+\d+:\d+\s+warning .* objective-qualitative$/m);
    expect(loud.stdout).toContain('2 problems (1 error, 1 warning)');
    const quiet = await runOkr(['lint', '-q', '-C', dir, '--no-color']);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toContain('kr-has-lead');
    expect(quiet.stdout).not.toMatch(/^\s+\d+:\d+\s+warning/m);
    expect(quiet.stdout).toContain('1 problem (1 error, 0 warnings)');
    const json = JSON.parse((await runOkr(['validate', '-q', '-C', dir, '--format', 'json'])).stdout);
    expect(json.diagnostics.map((d: { severity: string }) => d.severity)).toEqual(['error']);
    expect(json.summary).toMatchObject({ errors: 1, warnings: 0 });
  });

  it('keeps the exit codes: warnings alone pass, and still fail --max-warnings', async () => {
    const dir = repo('lead: ann, ');
    const quiet = await runOkr(['lint', '-q', '-C', dir]);
    expect(quiet).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const strict = await runOkr(['lint', '-q', '--max-warnings', '0', '-C', dir]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toContain('okr: 1 warnings, more than --max-warnings 0');
  });
});
