import { describe, expect, it } from 'vitest';
import { formatPeopleJson } from '../../../src/format/people/json.js';
import { peopleReport } from '../fixtures.js';
import { PIPE } from '../expect-output.js';

describe('okr people, json', () => {
  it('is the report as it is', async () => {
    const report = await peopleReport();
    expect(JSON.parse(formatPeopleJson(report, PIPE))).toEqual(JSON.parse(JSON.stringify(report)));
  });
});
