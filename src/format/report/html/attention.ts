// What needs attention: one row per key result with every reason it is listed for, the most
// severe first, a line each, so the cascade stays near the top of the page. The first rows are
// open; the rest fold below them (printing unfolds them, script.ts). Health metrics out of
// their band are a foldable list of their own, with their own count.

import type { HealthMetricReport, KeyResultReport, Report } from '../../../report/model.js';
import { formatScore } from '../../../text/numbers.js';
import { anchorId, escapeHtml } from '../../../escape/html.js';
import { keyResultsByRef } from '../../../report/lookup.js';
import { formatBand, objectiveOf, person } from './units.js';

/** Rows shown before the rest fold away. */
export const OPEN_ROWS = 10;
/** Rows on the page at all; the rest are counted (every one is in `okr report --format json`). */
export const ROW_LIMIT = 200;
/** A health list longer than this starts folded. */
export const OPEN_LIMIT = 25;

export function renderAttention(report: Report): string {
  const items = report.attention.keyResults;
  const count = report.counts.needsAttention;
  const head = `<h2 class="sec" id="attention-h">Needs attention <span class="count${count === 0 ? ' count-none' : ''}">${count}</span></h2>`;
  const hint = '<p class="hint">One row per key result with every reason, the most severe first: off track, at risk, committed and headed below its goal, stale, optimistic.</p>';
  let body: string;
  if (items.length === 0) {
    body = `<p class="empty">${report.history ? 'No key result is behind, silent or out of step with its confidence.' : 'Nothing behind its pace; staleness and forecasts need git history.'}</p>`;
  } else {
    const byRef = keyResultsByRef(report);
    const rows = items.slice(0, ROW_LIMIT).map((item) => row(item, byRef.get(item.ref)));
    const open = table(rows.slice(0, OPEN_ROWS).join(''));
    const rest = rows.length > OPEN_ROWS
      ? `<details class="att-more"><summary>${items.length - OPEN_ROWS} more</summary>${table(rows.slice(OPEN_ROWS).join('') + more(items.length))}</details>`
      : '';
    body = `${open}${rest}`;
  }
  const health = report.attention.healthOutOfBand;
  const healthList = foldable('Health metrics out of band', 'numbers to keep inside a band that are outside it, or not measured', health.length, healthTable(health));
  return `${head}${hint}${body}${healthList}`;
}

function row(item: Report['attention']['keyResults'][number], kr: KeyResultReport | undefined): string {
  const title = kr?.title ?? '';
  const why = item.reasons.map((reason) => `<span class="why why-${reason.kind}">${escapeHtml(reason.text)}</span>`).join(' ');
  return `<tr><td class="t" title="${escapeHtml(`${item.ref} ${title}`)}"><a href="#${anchorId('o', objectiveOf(item.ref))}"><code>${escapeHtml(item.ref)}</code></a> ${escapeHtml(title)}`
    + `<td class="n">${formatScore(kr?.score ?? null)}<td>${person(kr?.lead ?? null, kr?.leadName ?? null)}<td>${why}`;
}

function table(rows: string): string {
  return `<div class="scroll"><table class="list att-list"><thead><tr><th scope="col">Key result<th scope="col" class="n">Score<th scope="col">Lead<th scope="col">Why</thead><tbody>${rows}</tbody></table></div>`;
}

function foldable(title: string, hint: string, count: number, body: string): string {
  const open = count > 0 && count <= OPEN_LIMIT ? ' open' : '';
  const cls = count === 0 ? 'att att-none' : 'att';
  const content = count === 0 ? '<p class="empty">None.</p>' : body;
  return `<details class="${cls}"${open}><summary><h3>${title} <span class="count">${count}</span></h3><span class="hint">${hint}</span></summary>${content}</details>`;
}

/** "… and 1,234 more", after the rows shown. */
function more(total: number, columns = 4): string {
  if (total <= ROW_LIMIT) return '';
  return `<tr><td colspan="${columns}" class="empty">… and ${total - ROW_LIMIT} more: <code>okr report --format json</code> lists them all.`;
}

function healthTable(metrics: HealthMetricReport[]): string {
  const rows = metrics.slice(0, ROW_LIMIT).map((m) => `<tr><td><a href="#${anchorId('u', m.unit)}">${escapeHtml(m.unit)}</a><td>${escapeHtml(m.title)}<td class="n">${m.current ?? 'not measured'}<td>${escapeHtml(formatBand(m.min, m.max))}<td>${escapeHtml(m.measure ?? '')}`).join('');
  return `<div class="scroll"><table class="list"><thead><tr><th scope="col">Unit<th scope="col">Metric<th scope="col" class="n">Now<th scope="col">Band<th scope="col">Measure</thead><tbody>${rows}${more(metrics.length, 5)}</tbody></table></div>`;
}
