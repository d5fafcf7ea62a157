// A week in the example repository with one unit file broken (and one loaded with an error):
// the report names every file that does not validate, with its first problem, and every count
// agrees — stderr with `okr validate`, md with html with json, each count with its list.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';

const AS_OF = ['--as-of', '2026-11-23'];

function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} is not in ${file}`);
  writeFileSync(path, text.replace(from, to));
}

const visible = (html: string) => html.replace(/<style>[\s\S]*?<\/style>|<script>[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

interface Diagnostic { file: string; line: number; column: number; severity: string; message: string }
interface Kr { ref: string; stale: boolean; dropped: boolean }

describe('okr report with a unit file that does not validate', async () => {
  const dir = join(tempRepo(), 'acme');
  const init = await runOkr(['init', dir, '--example', ...AS_OF]);
  edit(dir, 'okrs/2026-Q4/mobile.yaml', 'start: 99.2', 'start: lots');
  edit(dir, 'okrs/2026-Q4/product.yaml', 'alignsTo: [company/O2/KR3]', 'alignsTo: [company/O9/KR3]');

  const validate = await runOkr(['validate', '-C', dir, '--cycle', '2026-Q4', '--format', 'json']);
  const diagnostics: Diagnostic[] = JSON.parse(validate.stdout).diagnostics.filter((d: Diagnostic) => d.severity === 'error');
  const files = [...new Set(diagnostics.map((d) => d.file))];
  const md = await runOkr(['report', '-C', dir, ...AS_OF]);
  const html = await runOkr(['report', '-C', dir, ...AS_OF, '--format', 'html']);
  const json = await runOkr(['report', '-C', dir, ...AS_OF, '--format', 'json']);
  const report = JSON.parse(json.stdout);
  const text = visible(html.stdout);

  it('runs, and validate finds the two files', () => {
    expect(init.code).toBe(0);
    expect(validate.code).toBe(1);
    expect(files).toEqual(['okrs/2026-Q4/mobile.yaml', 'okrs/2026-Q4/product.yaml']);
    for (const result of [md, html, json]) expect(result.code).toBe(0);
  });

  it('says on stderr what validate says: as many errors in as many files', () => {
    const warning = `okr: warning: ${diagnostics.length} errors in ${files.length} files of 2026-Q4; scores may be incomplete (run 'okr validate')\n`;
    for (const result of [md, html, json]) expect(result.stderr).toBe(warning);
  });

  it('lists each file with its first problem as validate places it, the broken one as not scored', () => {
    const first = (file: string) => diagnostics.filter((d) => d.file === file).sort((a, b) => a.line - b.line || a.column - b.column)[0];
    expect(report.problems.errors).toBe(diagnostics.length);
    expect(report.problems.files.map((p: { file: string; scored: boolean }) => [p.file, p.scored])).toEqual([['okrs/2026-Q4/mobile.yaml', false], ['okrs/2026-Q4/product.yaml', true]]);
    for (const problem of report.problems.files) {
      const d = first(problem.file);
      expect(problem.first).toMatchObject({ line: d.line, column: d.column, message: d.message });
      expect(md.stdout).toContain(`\`${problem.file}:${d.line}:${d.column}\``);
      expect(text).toContain(`${problem.file}:${d.line}:${d.column} ${d.message}`);
    }
    expect(md.stdout).toContain(`> **2 unit files do not validate** (${diagnostics.length} errors, as \`okr validate\` counts them); 1 of them is not scored`);
    expect(md.stdout).toContain('> - **not scored** · `okrs/2026-Q4/mobile.yaml:19:16`');
    expect(text).toContain('2 unit files do not validate');
    // The broken unit is in no score, and said so; the one with an error is scored.
    expect(report.units.map((u: { id: string }) => u.id)).not.toContain('mobile');
    expect(report.units.map((u: { id: string }) => u.id)).toContain('product');
  });

  it('counts stale the same way in the status line, the HTML and the JSON: every stale key result', () => {
    const krs: Kr[] = report.units.flatMap((u: { objectives: { keyResults: Kr[] }[] }) => u.objectives.flatMap((o) => o.keyResults));
    const stale = krs.filter((kr) => kr.stale && !kr.dropped).length;
    expect(stale).toBeGreaterThan(0);
    expect(report.counts.status.stale).toBe(stale);
    expect(md.stdout).toContain(`; ${stale} stale`);
    expect(text).toMatch(new RegExp(`Key results by status .* stale ${stale} Key results by grade`));
  });

  it('counts what needs attention as its rows, in md, html and json alike', () => {
    const count = report.counts.needsAttention;
    expect(report.attention.keyResults).toHaveLength(count);
    expect(new Set(report.attention.keyResults.map((i: { ref: string }) => i.ref)).size).toBe(count);
    expect(md.stdout).toContain(`[Needs attention (${count})](#needs-attention)`);
    const mdRows = md.stdout.slice(md.stdout.indexOf('## Needs attention'), md.stdout.indexOf('### 🩺')).split('\n').filter((line) => line.startsWith('| `'));
    expect(mdRows).toHaveLength(count);
    expect(text).toContain(`Needs attention (${count})`);
    expect(html.stdout.match(/<tr><td class="t"/g)).toHaveLength(count);
    // Every stale key result is in it, with its reason.
    const staleRows = report.attention.keyResults.filter((i: { reasons: { kind: string }[] }) => i.reasons.some((r) => r.kind === 'stale'));
    expect(staleRows).toHaveLength(report.counts.status.stale);
  });

  it('keeps the cascade near the top of the HTML page', () => {
    const beforeCascade = html.stdout.slice(0, html.stdout.indexOf('<section id="cascade"'));
    // What needs attention shows ten rows; the rest fold away.
    expect(beforeCascade.match(/<tr><td class="t"/g)?.length).toBe(report.counts.needsAttention);
    const open = beforeCascade.slice(0, beforeCascade.indexOf('<details class="att-more">'));
    expect(open.match(/<tr><td class="t"/g)).toHaveLength(10);
  });

  it('okr score lists the same files, and counts the same errors', async () => {
    const score = await runOkr(['score', '-C', dir, ...AS_OF, '--format', 'json']);
    expect(score.code).toBe(0);
    expect(JSON.parse(score.stdout).problems).toEqual(report.problems.files);
    const table = await runOkr(['score', '-C', dir, ...AS_OF]);
    expect(table.stdout).toContain('2 unit files do not validate (okr validate lists every error):\n  not scored  okrs/2026-Q4/mobile.yaml:19:16');
  });

  it('okr score and okr tree say a unit is not scored, rather than that it does not exist', async () => {
    for (const args of [['score', 'mobile'], ['tree', 'mobile/O1']]) {
      const result = await runOkr([...args, '-C', dir, ...AS_OF]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`okr: '${args[1]}' is not scored: okrs/2026-Q4/mobile.yaml does not validate (19:16 'start' must be a number, not "lots"); run 'okr validate'\n`);
    }
  });
});
