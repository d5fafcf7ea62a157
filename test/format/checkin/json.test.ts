import { describe, expect, it } from 'vitest';
import { formatCheckinJson } from '../../../src/format/checkin/json.js';
import { PIPE } from '../expect-output.js';
import { outcome } from './outcome.js';

describe('okr checkin, json', () => {
  it('is the outcome as it is, with no raw control character', () => {
    const text = formatCheckinJson(outcome(), PIPE);
    expect(JSON.parse(text)).toEqual(outcome());
    expect(text).not.toContain('\x1b');
  });
});
