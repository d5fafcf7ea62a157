import { describe, expect, it } from 'vitest';
import { formatRemindJson } from '../../../src/format/remind/json.js';
import { reminders } from '../fixtures.js';
import { PIPE } from '../expect-output.js';

describe('okr remind, json', () => {
  it('is the reminders as they are', async () => {
    const list = await reminders();
    const doc = JSON.parse(formatRemindJson(list, PIPE));
    expect(doc).toEqual(JSON.parse(JSON.stringify(list)));
    expect(Object.keys(doc)).toEqual(['asOf', 'cycle', 'organization', 'coordinator', 'steps', 'counts', 'people', 'unassigned']);
  });
});
