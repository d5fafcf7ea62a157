// The lists that need attention, each a foldable section with its count in the heading. Long
// lists start folded so a large organisation's report opens on its summary, not on a
// thousand rows; printing unfolds them (script.ts, styles.ts).

import type { AttentionItem, HealthMetricReport, Report } from '../../../report/model.js';
import { formatScore } from '../../../text/numbers.js';
import { anchorId, escapeHtml } from '../../../escape/html.js';
import { formatConfidence, statusPill } from './labels.js';
import { formatBand, objectiveOf, person } from './units.js';

/** Lists longer than this start folded. */
export const OPEN_LIMIT = 25;
/** Rows shown per list; the rest are counted (every one is in `okr report --format json`). */
export const ROW_LIMIT = 200;

const LISTS: Array<{ key: Exclude<keyof Report['attention'], 'healthOutOfBand'>; title: string; hint: string }> = [
  { key: 'offTrack', title: 'Off track', hint: 'well behind the expected pace' },
  { key: 'atRisk', title: 'At risk', hint: 'a little behind the expected pace' },
  { key: 'stale', title: 'Stale', hint: 'no check-in for longer than the program asks' },
  { key: 'optimistic', title: 'Optimistic', hint: 'confidence high while the numbers say otherwise' },
  { key: 'committedWillMiss', title: 'Committed, will miss', hint: 'committed key results whose forecast or pace falls short of 1.0' },
];

/** `names` maps a person's id to their display name (attention items carry only the id). */
export function renderAttention(attention: Report['attention'], names: Map<string, string>): string {
  const lists = LISTS.map(({ key, title, hint }) => foldable(title, hint, attention[key].length, itemsTable(attention[key], names)));
  lists.push(foldable('Health metrics out of band', 'numbers to keep inside a band that are outside it, or not measured', attention.healthOutOfBand.length, healthTable(attention.healthOutOfBand)));
  return lists.join('');
}

function foldable(title: string, hint: string, count: number, body: string): string {
  const open = count > 0 && count <= OPEN_LIMIT ? ' open' : '';
  const cls = count === 0 ? 'att att-none' : 'att';
  const content = count === 0 ? '<p class="empty">None.</p>' : body;
  return `<details class="${cls}"${open}><summary><h3>${title} <span class="count">${count}</span></h3><span class="hint">${hint}</span></summary>${content}</details>`;
}

/** "… and 1,234 more", after the rows shown. */
function more(total: number, columns: number): string {
  if (total <= ROW_LIMIT) return '';
  return `<tr><td colspan="${columns}" class="empty">… and ${total - ROW_LIMIT} more: <code>okr report --format json</code> lists them all.`;
}

function itemsTable(items: AttentionItem[], names: Map<string, string>): string {
  const rows = items.slice(0, ROW_LIMIT).map((item) => `<tr><td><a href="#${anchorId('o', objectiveOf(item.ref))}"><code>${escapeHtml(item.ref)}</code></a> ${escapeHtml(item.title)}`
    + `<td class="n">${formatScore(item.score)}<td>${statusPill(item.status)}<td class="n">${formatConfidence(item.confidence)}<td>${person(item.lead, item.leadName ?? (item.lead === null ? null : names.get(item.lead) ?? null))}<td>${escapeHtml(item.reason)}`).join('');
  return `<div class="scroll"><table class="list"><thead><tr><th scope="col">Key result<th scope="col" class="n">Score<th scope="col">Status<th scope="col" class="n">Conf.<th scope="col">Lead<th scope="col">Why</thead><tbody>${rows}${more(items.length, 6)}</tbody></table></div>`;
}

function healthTable(metrics: HealthMetricReport[]): string {
  const rows = metrics.slice(0, ROW_LIMIT).map((m) => `<tr><td><a href="#${anchorId('u', m.unit)}">${escapeHtml(m.unit)}</a><td>${escapeHtml(m.title)}<td class="n">${m.current ?? 'not measured'}<td>${escapeHtml(formatBand(m.min, m.max))}<td>${escapeHtml(m.measure ?? '')}`).join('');
  return `<div class="scroll"><table class="list"><thead><tr><th scope="col">Unit<th scope="col">Metric<th scope="col" class="n">Now<th scope="col">Band<th scope="col">Measure</thead><tbody>${rows}${more(metrics.length, 5)}</tbody></table></div>`;
}
