// Staleness, the optimistic flag and forecasts come from the check-in dates in git history.

import { describe, expect, it } from 'vitest';
import { formatCheckinMessage } from '../../src/git/checkin-message.js';
import { MINIMAL_CONFIG } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { BOB, gitRepo, shallowClone } from '../helpers/git.js';

const unit = (kr1: number, kr2: number) => `cycle: 2026-Q4
unit: company
level: company
objectives:
  - id: O1
    title: Grow
    keyResults:
      - { id: KR1, title: Customers from 0 to 100, lead: ann, start: 0, target: 100, current: ${kr1}, confidence: 0.8 }
      - { id: KR2, title: Partners from 0 to 10, lead: ann, start: 0, target: 10, current: ${kr2} }
`;

const checkin = (ref: string, value: number, previous: number, date: string) =>
  formatCheckinMessage([{ ref, value, previous, date, note: 'weekly' }]);

function repository() {
  return gitRepo([
    { files: { 'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/company.yaml': unit(0, 0) }, message: 'Post Q4', date: '2026-10-02' },
    { files: { 'okrs/2026-Q4/company.yaml': unit(10, 0) }, message: checkin('company/O1/KR1', 10, 0, '2026-10-09'), date: '2026-10-09', author: BOB },
    { files: { 'okrs/2026-Q4/company.yaml': unit(20, 0) }, message: checkin('company/O1/KR1', 20, 10, '2026-10-16'), date: '2026-10-16', author: BOB },
    { files: { 'okrs/2026-Q4/company.yaml': unit(30, 0) }, message: checkin('company/O1/KR1', 30, 20, '2026-10-23'), date: '2026-10-23', author: BOB },
    { files: { 'okrs/2026-Q4/company.yaml': unit(30, 4) }, message: checkin('company/O1/KR2', 4, 0, '2026-11-10'), date: '2026-11-10', author: BOB },
  ]);
}

const item = (stdout: string, ref: string) =>
  JSON.parse(stdout).units[0].objectives[0].keyResults.find((k: { ref: string }) => k.ref === ref);

describe('time from git', () => {
  it('flags a key result with no check-in for longer than checkins.everyDays as stale, never on track', async () => {
    const dir = repository();
    const result = await runOkr(['score', '-C', dir, '--as-of', '2026-11-12', '--format', 'json']);
    expect(result.code).toBe(0);
    // KR1: 0.30 against 0.7 × 42/91 = 0.32 expected is on pace, but silent since 2026-10-23.
    expect(item(result.stdout, 'company/O1/KR1')).toMatchObject({ stale: true, status: 'stale', lastCheckin: '2026-10-23' });
    expect(item(result.stdout, 'company/O1/KR2')).toMatchObject({ stale: false, lastCheckin: '2026-11-10' });
  });

  it('forecasts from three or more check-ins', async () => {
    const dir = repository();
    const kr1 = item((await runOkr(['score', '-C', dir, '--as-of', '2026-11-12', '--format', 'json'])).stdout, 'company/O1/KR1');
    // 10 points a week from 2026-10-09: 0.1 + (83 days / 7) × 0.1 at 2026-12-31, clamped to 1.
    expect(kr1.forecast).toBeCloseTo(Math.min(1, 0.1 + (83 / 7) * 0.1), 6);
    expect(item((await runOkr(['score', '-C', dir, '--as-of', '2026-11-12', '--format', 'json'])).stdout, 'company/O1/KR2').forecast).toBeNull();
  });

  it('scores from the files alone with --no-history', async () => {
    const dir = repository();
    const kr1 = item((await runOkr(['score', '-C', dir, '--as-of', '2026-11-12', '--format', 'json', '--no-history'])).stdout, 'company/O1/KR1');
    expect(kr1).toMatchObject({ stale: false, lastCheckin: null, forecast: null, status: 'on_track' });
  });

  it('uses only check-ins up to the date with --at', async () => {
    const dir = repository();
    const kr1 = item((await runOkr(['score', '-C', dir, '--at', '2026-10-20', '--format', 'json'])).stdout, 'company/O1/KR1');
    expect(kr1).toMatchObject({ stale: false, lastCheckin: '2026-10-16', current: 20 });
  });

  it('says a shallow clone cannot see the whole history', async () => {
    const clone = shallowClone(repository());
    const result = await runOkr(['score', '-C', clone, '--as-of', '2026-11-12']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('shallow clone');
    expect(result.stderr).toContain('fetch-depth: 0');
  });

  it('shows stale in the tree too', async () => {
    const dir = repository();
    expect((await runOkr(['tree', '-C', dir, '--as-of', '2026-11-12'])).stdout).toMatch(/company\/O1\/KR1 .* stale/);
  });
});
