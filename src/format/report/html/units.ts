// One section per unit: its score and trend, then a table of its objectives and key results,
// each KR with its small multiple (or, in summary, its objectives only), then its health
// metrics. Table rows leave out their optional closing tags (</td>, </tr>): valid HTML, and a
// good deal less to download for tens of thousands of rows.

import type { HealthMetricReport, KeyResultReport, ObjectiveReport, Report, UnitReport } from '../../../report/model.js';
import { formatScore } from '../../../text/numbers.js';
import { keyResultChart, objectiveChart, unitChart } from './charts.js';
import { shortDate } from './chart-scale.js';
import { anchorId, escapeHtml } from '../../../escape/html.js';
import { formatChange, GRADE_SHAPE, gradeBadge, gradeLabel, statusPill } from './labels.js';
import { confidenceChanges, confidenceTrendText, formatConfidence, handScoreWords, noteLine, statusWords, TREND_ARROWS } from '../../../view/key-result-words.js';

/**
 * How much of a unit the page shows. `full`: every key result with its row and small multiple.
 * `summary`: objectives only, each with its KRs counted by grade. `line`: one row in its parent's
 * section (unit-lines.ts). The last two are for the deepest units of a large organisation.
 */
export type UnitDetail = 'full' | 'summary' | 'line';

/** A unit's section; it ends with `</section>`, before which unit-sections.ts may add the units below it. */
export function renderUnit(unit: UnitReport, report: Report, names: Map<string, string>, detail: 'full' | 'summary' = 'full'): string {
  const lead = person(unit.lead, unit.leadName);
  const parent = unit.parent === null ? '' : ` · part of <a href="#${anchorId('u', unit.parent)}">${escapeHtml(names.get(unit.parent) ?? unit.parent)}</a>`;
  const facts = [
    escapeHtml(unit.level),
    lead ? `lead ${lead}` : 'no lead',
    unit.status ? `status ${escapeHtml(unit.status)}` : '',
  ].filter(Boolean).join(' · ');
  const chart = unit.objectives.length === 0 ? ''
    : detail === 'full' ? `<figure class="unit-chart">${unitChart(unit, report)}<figcaption>Score over the cycle</figcaption></figure>`
      : `<figure class="unit-spark">${unitChart(unit, report, 'small')}</figure>`;
  const head = `<header class="unit-head"><div class="unit-title"><h3>${escapeHtml(unit.name)} <code>${escapeHtml(unit.id)}</code></h3>`
    + `<p class="facts">${facts}${parent}</p><p class="unit-score">${gradeBadge(unit.grade, unit.score)} ${statusPill(unit.pace)}${weekWords(unit.weekChange ?? null)}</p></div>${chart}</header>`;
  const body = unit.objectives.length === 0 ? '<p class="empty">No objectives yet.</p>'
    : detail === 'full' ? objectivesTable(unit.objectives, report) : objectivesSummary(unit.objectives);
  return `<section class="unit unit-${detail}" id="${anchorId('u', unit.id)}">${head}${body}${healthTable(unit.healthMetrics)}</section>`;
}

// Header cells of a <thead> are column headers without saying so (scope="col" is implied).
const HEAD = '<thead><tr><th>Objective / key result<th>Check-ins against pace<th class="n">Score'
  + '<th>Grade<th>Status<th class="n">Conf.<th>Lead<th>Last check-in<th class="n">Week</thead>';

function objectivesTable(objectives: ObjectiveReport[], report: Report): string {
  const rows = objectives.map((objective) => objectiveRows(objective, report)).join('');
  return `<div class="scroll"><table class="okrs">${HEAD}${rows}</table></div>`;
}

function objectiveRows(objective: ObjectiveReport, report: Report): string {
  const tags: string[] = [];
  if (objective.type === 'committed') tags.push('<span class="tag">committed</span>');
  if (objective.addedMidCycle) tags.push('<span class="tag">added mid-cycle</span>');
  const aligns = objective.alignsTo.length === 0 ? ''
    : ` <span class="aligns">aligns to ${objective.alignsTo.map((ref) => `<a href="#${anchorId('o', objectiveOf(ref))}">${escapeHtml(ref)}</a>`).join(', ')}</span>`;
  const head = `<tbody><tr class="obj" id="${anchorId('o', objective.ref)}"><th scope="rowgroup"><code>${escapeHtml(lastPart(objective.ref))}</code> ${escapeHtml(objective.title)}${tags.length ? ` ${tags.join(' ')}` : ''}${aligns}`
    + `<td class="ch">${objectiveChart(objective, report)}<td class="n">${formatScore(objective.score)}<td>${gradeLabel(objective.grade)}<td>${statusPill(objective.status)}<td colspan="3"><td class="n">${formatChange(objective.weekChange ?? null)}`;
  const krs = objective.keyResults.length === 0
    ? '<tr><td colspan="9" class="empty">No key results yet.'
    : objective.keyResults.map((kr) => keyResultRow(kr, report)).join('');
  return `${head}${krs}</tbody>`;
}

function keyResultRow(kr: KeyResultReport, report: Report): string {
  const tags: string[] = [];
  // Dropped and stale show in the status cell; the tags are for what the status does not say.
  const hand = handScoreWords(kr);
  if (hand) tags.push(`<span class="tag">${escapeHtml(hand)}</span>`);
  if (kr.optimistic) tags.push('<span class="tag tag-warn">optimistic</span>');
  if (kr.addedMidCycle) tags.push('<span class="tag">added mid-cycle</span>');
  const read = kr.valueSource ? ` <span class="src" title="read from its source by okr sync">from ${escapeHtml(kr.valueSource)}</span>` : '';
  const value = kr.current === null ? '' : `now ${kr.current}${read}${kr.target === null ? '' : ` · target ${kr.target}`}`;
  // The chart cell already says "no check-ins yet": a note saying the same is left out.
  const note = kr.note && !(kr.checkins.length === 0 && /^no check-?ins? yet$/i.test(kr.note)) ? escapeHtml(kr.note) : '';
  const small = [value, note].filter(Boolean).join(' · ');
  const said = noteLine(kr.latestNote);
  const dated = kr.latestNote && kr.latestNote.date !== kr.lastCheckin ? ` <time datetime="${escapeHtml(kr.latestNote.date)}">(${escapeHtml(shortDate(kr.latestNote.date))})</time>` : '';
  const noteHtml = said ? `<span class="kr-note"><q title="${escapeHtml(kr.latestNote?.text ?? '')}">${escapeHtml(said)}</q>${dated}</span>` : '';
  const title = kr.dropped ? `<s>${escapeHtml(kr.title)}</s>` : escapeHtml(kr.title);
  return `<tr class="kr${kr.dropped ? ' dropped' : ''}"><td><code>${escapeHtml(lastPart(kr.ref))}</code> ${title}${tags.length ? ` ${tags.join(' ')}` : ''}${small ? `<small class="val">${small}</small>` : ''}${noteHtml}`
    + `<td class="ch">${keyResultChart(kr, report)}<td class="n">${formatScore(kr.score)}<td>${gradeLabel(kr.grade)}<td>${statusWords(kr).map(statusPill).join(' ')}`
    + `<td class="n conf">${confidenceCell(kr)}<td>${person(kr.lead, kr.leadName)}<td>${kr.lastCheckin ? `<time datetime="${escapeHtml(kr.lastCheckin)}">${escapeHtml(shortDate(kr.lastCheckin))}</time>` : ''}`
    + `<td class="n">${kr.dropped ? '' : formatChange(kr.weekChange)}`;
}

/** The confidence after the last few check-ins, the earlier ones smaller, and where it heads. */
function confidenceCell(kr: KeyResultReport): string {
  const trend = kr.confidenceTrend;
  if (trend === null) return '';
  const changes = confidenceChanges(trend);
  if (trend.values.length < 2) return confidenceTrendText(trend);
  const earlier = changes.slice(0, -1).map(formatConfidence).join(' ');
  const last = formatConfidence(changes[changes.length - 1]);
  return `${earlier ? `<span class="old">${earlier}</span> ` : ''}${last} <span title="confidence ${trend.direction === 'steady' ? 'steady' : `going ${trend.direction}`}">${TREND_ARROWS[trend.direction]}</span>`;
}

const SUMMARY_HEAD = '<thead><tr><th>Objective<th>Key results by grade<th class="n">Score<th>Status</thead>';

function objectivesSummary(objectives: ObjectiveReport[]): string {
  const rows = objectives.map((o) => `<tr id="${anchorId('o', o.ref)}"><td><code>${escapeHtml(lastPart(o.ref))}</code> ${escapeHtml(o.title)}`
    + `<td>${gradeCounts(o.keyResults)}<td class="n">${gradeBadge(o.grade, o.score, true)}<td>${statusPill(o.status)}`).join('');
  return `<div class="scroll"><table class="okrs">${SUMMARY_HEAD}<tbody>${rows}</tbody></table></div>`;
}

/** "▲ 1 ◆ 2 ▼ 1": an objective's active key results counted by grade, shape and number. */
export function gradeCounts(keyResults: KeyResultReport[]): string {
  const active = keyResults.filter((kr) => !kr.dropped);
  if (active.length === 0) return '<span class="empty">none</span>';
  const counts = new Map<string, number>();
  for (const kr of active) counts.set(kr.grade ?? 'none', (counts.get(kr.grade ?? 'none') ?? 0) + 1);
  return (['green', 'yellow', 'red', 'none'] as const).filter((g) => counts.has(g))
    .map((g) => (g === 'none' ? `– ${counts.get(g)}` : `<span class="g-${g}">${GRADE_SHAPE[g]} ${counts.get(g)}</span>`)).join(' ');
}

function healthTable(metrics: HealthMetricReport[]): string {
  if (metrics.length === 0) return '';
  const rows = metrics.map((m) => {
    const band = formatBand(m.min, m.max);
    const flag = m.outOfBand ? ' <span class="tag tag-warn">out of band</span>' : '';
    return `<tr${m.outOfBand ? ' class="oob"' : ''}><td>${escapeHtml(m.title)}${flag}<td class="n">${m.current ?? '–'}<td>${escapeHtml(band)}<td>${escapeHtml(m.measure ?? '')}`;
  }).join('');
  return `<table class="health"><caption>Health metrics</caption><thead><tr><th scope="col">Metric<th scope="col" class="n">Now<th scope="col">Band<th scope="col">Measure</thead><tbody>${rows}</tbody></table>`;
}

/** " +0.03 this week", or nothing without history. */
export function weekWords(change: number | null): string {
  return change === null ? '' : ` <span class="wk">${formatChange(change)} this week</span>`;
}

/** "4.5–5", "≥ 4.5", "≤ 3", or "" when the metric has no band. */
export function formatBand(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `${min}–${max}`;
  if (min !== null) return `≥ ${min}`;
  if (max !== null) return `≤ ${max}`;
  return '';
}

/** "KR2" of "platform/O1/KR2": within its unit's table the rest goes without saying. */
function lastPart(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** A person by name, with their id on hover; just the id when the registry has no name. */
export function person(id: string | null, name: string | null): string {
  if (id === null) return '';
  return name ? `<span class="who" title="${escapeHtml(id)}">${escapeHtml(name)}</span>` : `<span class="who">${escapeHtml(id)}</span>`;
}

/** The objective an alignment target belongs to: `unit/O1` itself, or `unit/O1` for `unit/O1/KR2`. */
export function objectiveOf(ref: string): string {
  return ref.split('/').length > 2 ? ref.slice(0, ref.lastIndexOf('/')) : ref;
}
