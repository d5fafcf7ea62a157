// `okr audit` (markdown, the default): a table per kind of finding, for a pull-request comment
// or a job summary.

import { markdownCode as code, markdownInline as md, markdownMailbox } from '../../escape/markdown.js';
import type { AuditKind, AuditReport } from '../../audit/audit.js';
import type { Formatter } from '../formatter.js';
import { shallowCloneBanner } from '../shared/markdown.js';

const SECTIONS: { kind: AuditKind; title: string }[] = [
  { kind: 'not-owner', title: 'Changed by someone who does not own the key result' },
  { kind: 'eased-target', title: 'Targets eased with no reason' },
  { kind: 'sourced-value-edited', title: 'Values read from a source, changed by hand' },
];

export const formatAuditMarkdown: Formatter<AuditReport> = (report) => {
  const { findings } = report;
  let out = `## Audit of ${md(report.cycle)}${report.since !== undefined ? ` (since ${md(report.since)})` : ''}\n\n`;
  if (report.shallow) out += shallowCloneBanner(report.start);
  if (findings.length === 0) return `${out}_Nothing found: every change to a key result was made by its owners (or read from its source), every eased target says why, and no value read from a source was changed by hand._\n`;
  for (const { kind, title } of SECTIONS) {
    const rows = findings.filter((f) => f.kind === kind);
    if (rows.length === 0) continue;
    out += `### ${title} (${rows.length})\n\n| Date | KR | Change | Author | Commit | Why |\n| --- | --- | --- | --- | --- | --- |\n`;
    for (const f of rows) {
      const change = `${f.field} ${value(f.from)} → ${value(f.to)}`;
      out += `| ${md(f.date)} | ${code(f.ref)} | ${md(change)} | ${markdownMailbox(f.author.name, f.author.email)} | ${code(f.commit.slice(0, 7))} | ${md(f.why)} |\n`;
    }
    out += '\n';
  }
  return out;
};

function value(v: unknown): string {
  if (v === undefined || v === null) return 'nothing';
  return typeof v === 'string' ? v : JSON.stringify(v);
}
