import { describe, expect, it } from 'vitest';
import { formatImportJson } from '../../../src/format/import/json.js';
import type { ImportOutcome } from '../../../src/interchange/outcome.js';
import { PIPE } from '../expect-output.js';
import { HOSTILE } from '../fixtures.js';

describe('okr import, json', () => {
  it('is the outcome as it is, with no raw control character', () => {
    const outcome: ImportOutcome = { cycle: '2026-Q4', source: 'okrs.md', written: true, refused: [], files: [{ file: 'okrs/2026-Q4/mobile.yaml', created: false, changes: [`+ objective O1: ${HOSTILE}`] }] };
    const text = formatImportJson(outcome, PIPE);
    expect(JSON.parse(text)).toEqual(outcome);
    expect(text).not.toContain('\x1b');
  });
});
