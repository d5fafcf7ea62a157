import { describe, expect, it } from 'vitest';
import { formatStepSummary } from '../../../src/format/validate/step-summary.js';
import { validateResult } from '../fixtures.js';
import { expectMarkdownSafe, PIPE } from '../expect-output.js';

describe('okr validate --format github, the job summary', () => {
  it('is a table of every finding', () => {
    const md = formatStepSummary(validateResult(), PIPE);
    expect(md.startsWith('### okr validate: 1 error, 1 warning\n\n| | File | Line | Rule | Message |')).toBe(true);
    expect(md.match(/^\| (❌|⚠️) /gm)).toHaveLength(2);
    expectMarkdownSafe(md);
  });

  it('says all is valid when it is', () => {
    expect(formatStepSummary({ diagnostics: [], files: 4 }, PIPE)).toBe('### okr validate: 0 errors, 0 warnings\n\nAll OKR files are valid.\n');
  });
});
