import { describe, expect, it } from 'vitest';
import { formatPostJson } from '../../../src/format/post/json.js';
import { PIPE } from '../expect-output.js';
import { NASTY, summary } from './fixture.js';

describe('okr report --post, json', () => {
  it('is the summary as it is, with each command as words and as a shell line', () => {
    const given = summary();
    const parsed = JSON.parse(formatPostJson(given, PIPE));
    expect(parsed.kind).toBe('okr-report-summary');
    expect(parsed.attention[0].title).toBe(NASTY);
    expect(parsed.attention[0].command).toEqual(given.attention[0].command);
    expect(parsed.attention[0].commandLine).toBe('okr checkin platform/O1/KR1 --value 22 --confidence 0.6');
    expect(parsed.attention[1].commandLine).toBeNull();
    expect(parsed.keyResults).toBe(Object.values(given.byStatus).reduce((a, b) => a + b, 0));
  });
});
