import { describe, expect, it } from 'vitest';
import { formatChangesJson } from '../../../src/format/diff/json.js';
import { changes } from '../fixtures.js';
import { PIPE } from '../expect-output.js';

describe('okr diff, json', () => {
  it('gives each cycle with the problems it brings, located', async () => {
    const report = await changes();
    const doc = JSON.parse(formatChangesJson(report, PIPE));
    expect(Object.keys(doc)).toEqual(['base', 'head', 'cycles']);
    expect(doc.cycles[0].introduced).toEqual(report.problems.get('2026-Q4'));
    expect(doc.cycles[0].moved).toEqual([expect.objectContaining({ ref: 'platform/O1/KR1', valueFrom: 22, valueTo: 18 })]);
    expect(doc.cycles[0].goals).toEqual([expect.objectContaining({ ref: 'platform/O1/KR1', field: 'target', from: 10, to: 15, eased: true })]);
  });
});
