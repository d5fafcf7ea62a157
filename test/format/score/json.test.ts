import { describe, expect, it } from 'vitest';
import { formatScoreJson } from '../../../src/format/score/json.js';
import { outputText } from '../../../src/format/formatter.js';
import { scoreView } from '../fixtures.js';
import { PIPE } from '../expect-output.js';

describe('okr score, json', () => {
  it('is the score view as it is, the title kept exactly', async () => {
    const view = await scoreView();
    const text = outputText(formatScoreJson(view, PIPE));
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(view)));
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text).units.find((u: { ref: string }) => u.ref === 'platform').objectives[0].title).toContain('\x1b[2J');
  });
});
