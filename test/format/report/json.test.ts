import { describe, expect, it } from 'vitest';
import { formatReportJson } from '../../../src/format/report/json.js';
import { outputText } from '../../../src/format/formatter.js';
import { reportJsonView } from '../../../src/report/json-view.js';
import { report } from '../fixtures.js';
import { PIPE } from '../expect-output.js';

describe('okr report, json', () => {
  it('is the report\'s data, each key result named once (json-view.ts)', async () => {
    const data = await report();
    const doc = JSON.parse(outputText(formatReportJson(data, PIPE)));
    expect(doc).toEqual(JSON.parse(JSON.stringify(reportJsonView(data))));
    expect(doc).toMatchObject({ organization: 'Acme Corp', asOf: '2026-11-20', cycle: { id: '2026-Q4' }, history: false });
    // Without history there are no trends, and so no dates for them.
    expect(doc.trendDates).toEqual([]);
    expect([doc.overall.trend, ...doc.units.map((unit: { trend: unknown }) => unit.trend)].every((trend) => Array.isArray(trend) && trend.length === 0)).toBe(true);
  });
});
