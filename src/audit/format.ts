// okr audit's output: markdown (a table per kind of finding, for a pull-request comment or a
// job summary) or json.

import { jsonText } from '../escape/json.js';
import { markdownCode as code, markdownInline as md, markdownMailbox } from '../escape/markdown.js';
import type { AuditFinding, AuditKind } from './audit.js';

export interface AuditHeading {
  cycle: string;
  since?: string;
  /** Where a shallow clone's history starts (null: its only commit); absent when not shallow. */
  shallowSince?: string | null;
}

const SECTIONS: { kind: AuditKind; title: string }[] = [
  { kind: 'not-owner', title: 'Changed by someone who does not own the key result' },
  { kind: 'eased-target', title: 'Targets eased with no reason' },
];

export function formatAuditMarkdown(findings: readonly AuditFinding[], heading: AuditHeading): string {
  let out = `## Audit of ${md(heading.cycle)}${heading.since !== undefined ? ` (since ${md(heading.since)})` : ''}\n\n`;
  if (heading.shallowSince !== undefined) {
    out += `> [!WARNING]\n> This is a shallow clone: history starts at ${heading.shallowSince === null ? 'its only commit' : md(heading.shallowSince)}. Fetch the full history (\`fetch-depth: 0\`).\n\n`;
  }
  if (findings.length === 0) return `${out}_Nothing found: every change to a key result was made by its owners, and every eased target says why._\n`;
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
}

export function formatAuditJson(findings: readonly AuditFinding[], heading: AuditHeading): string {
  const doc = { cycle: heading.cycle, since: heading.since ?? null, shallow: heading.shallowSince !== undefined, findings };
  return jsonText(doc);
}

function value(v: unknown): string {
  if (v === undefined || v === null) return 'nothing';
  return typeof v === 'string' ? v : JSON.stringify(v);
}
