import { describe, expect, it } from 'vitest';
import { formatAuditJson } from '../../../src/format/audit/json.js';
import { auditReport } from '../fixtures.js';
import { PIPE } from '../expect-output.js';

describe('okr audit, json', () => {
  it('is { cycle, since, shallow, findings }', () => {
    const report = auditReport(true);
    expect(JSON.parse(formatAuditJson(report, PIPE))).toEqual({ cycle: '2026-Q4', since: 'origin/main', shallow: true, findings: report.findings });
    expect(JSON.parse(formatAuditJson({ ...report, since: undefined }, PIPE)).since).toBeNull();
  });
});
