import { describe, expect, it } from 'vitest';
import { formatRetroJson } from '../../../src/format/retro/json.js';
import { retroReport } from '../fixtures.js';
import { PIPE } from '../expect-output.js';

describe('okr retro, json', () => {
  it('is the retrospective as it is', async () => {
    const report = await retroReport();
    expect(JSON.parse(formatRetroJson(report, PIPE))).toEqual(JSON.parse(JSON.stringify(report)));
  });
});
