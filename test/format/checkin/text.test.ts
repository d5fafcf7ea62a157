import { describe, expect, it } from 'vitest';
import { formatCheckinText } from '../../../src/format/checkin/text.js';
import { expectTerminalSafe, PIPE, TERMINAL } from '../expect-output.js';
import { outcome } from './outcome.js';

describe('okr checkin, text', () => {
  it('says what each check-in recorded, the score after it, and what was committed', () => {
    const text = formatCheckinText(outcome(), PIPE);
    expect(text.split('\n')).toEqual([
      '✔ platform/O2/KR1: 6 min, no change, confidence 0.8; score 0.75, on track',
      expect.stringMatching(/^✔ platform\/O1\/KR2: milestone "Deploys \| @everyone <img src=x onerror=alert\(1\)> .*`done`" done; score 0\.40, at risk$/),
      '✔ platform/O1/KR3: done; score 0.50 (entered by hand; computed 1.00), on track',
      '  committed c03a4e6 (okrs/2026-Q4/platform.yaml)',
      '',
    ]);
    expectTerminalSafe(formatCheckinText(outcome(), TERMINAL));
  });

  it('says when the commit is the check-in alone, and when nothing was committed', () => {
    expect(formatCheckinText(outcome('c03a4e6c07d0', []), PIPE)).toContain('  committed c03a4e6: the check-in, with nothing to change in the file\n');
    expect(formatCheckinText(outcome(null), PIPE)).toContain('  edited okrs/2026-Q4/platform.yaml (not committed)\n');
    expect(formatCheckinText(outcome(null, []), PIPE)).toContain('  nothing written: the file already says that (not committed)\n');
  });
});
