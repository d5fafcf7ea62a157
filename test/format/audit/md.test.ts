import { describe, expect, it } from 'vitest';
import { formatAuditMarkdown } from '../../../src/format/audit/md.js';
import { auditReport } from '../fixtures.js';
import { expectMarkdownSafe, PIPE } from '../expect-output.js';

describe('okr audit, markdown', () => {
  it('gives a table per kind of finding', () => {
    const md = formatAuditMarkdown(auditReport(), PIPE);
    expect(md.startsWith('## Audit of 2026-Q4 (since origin/main)\n\n')).toBe(true);
    expect(md).toContain('### Changed by someone who does not own the key result (1)');
    expect(md).toContain('### Targets eased with no reason (1)');
    expect(md).toContain('| 2026-11-14 | `platform/O1/KR2` | target 10 → 15 |');
    expectMarkdownSafe(md);
  });

  it('warns of a shallow clone, and says when nothing was found', () => {
    expect(formatAuditMarkdown(auditReport(true), PIPE)).toContain('> This is a shallow clone: history starts at 2026-11-01.');
    expect(formatAuditMarkdown({ ...auditReport(), findings: [] }, PIPE)).toContain('_Nothing found: ');
  });
});
