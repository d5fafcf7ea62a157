import { describe, expect, it } from 'vitest';
import { formatImportText } from '../../../src/format/import/text.js';
import type { ImportOutcome } from '../../../src/interchange/outcome.js';
import { expectTerminalSafe, PIPE, TERMINAL } from '../expect-output.js';
import { HOSTILE } from '../fixtures.js';

const outcome = (written: boolean): ImportOutcome => ({
  cycle: '2026-Q4', source: 'okrs.md', written, refused: [],
  files: [
    { file: 'okrs/2026-Q4/mobile.yaml', created: false, changes: [`+ objective O1: ${HOSTILE}`, '~ O1/KR1 score: (none) → 0.7'] },
    { file: 'okrs/2026-Q4/web.yaml', created: true, changes: ['+ unit web'] },
  ],
});

describe('okr import, text', () => {
  it('a dry run lists each file and its changes', () => {
    const text = formatImportText(outcome(false), PIPE);
    expect(text.split('\n')).toEqual([
      '~~~ okrs/2026-Q4/mobile.yaml', expect.stringMatching(/^ {2}\+ objective O1: Deploys \| @everyone/), '  ~ O1/KR1 score: (none) → 0.7',
      '+++ new okrs/2026-Q4/web.yaml', '  + unit web', '',
    ]);
    expectTerminalSafe(formatImportText(outcome(false), TERMINAL));
  });

  it('what --write did: created or updated, and not committed', () => {
    expect(formatImportText(outcome(true), PIPE)).toBe('✔ updated okrs/2026-Q4/mobile.yaml (2 change(s))\n✔ created okrs/2026-Q4/web.yaml (1 change(s))\n  not committed: review with git diff, then commit\n');
  });
});
