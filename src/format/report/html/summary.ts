// The top of the page: which organisation, cycle and date; how far through the cycle; the
// overall score and grade; counts by status and grade; the alignment share; the company chart.

import type { Grade, Status } from '../../../score/types.js';
import type { Report } from '../../../report/model.js';
import { formatStatus } from '../../../text/numbers.js';
import { overallChart, overallChartParts } from './charts.js';
import type { ChartParts } from './svg-line-chart.js';
import { shortDate } from './chart-scale.js';
import { escapeHtml } from '../../../escape/html.js';
import { formatChange, formatPercent, GRADE_SHAPE, gradeBadge, gradeClass } from './labels.js';

const STATUS_ORDER: Status[] = ['done', 'on_track', 'at_risk', 'off_track', 'stale', 'green', 'yellow', 'red', 'none'];

export function renderHeader(report: Report): string {
  const c = report.cycle;
  const scope = report.scope === null ? '' : ` · unit <code>${escapeHtml(report.scope)}</code> and below`;
  const at = report.at === null ? ''
    : `<p class="note">As the repository stood at <code>${escapeHtml(report.at.revision)}</code> (commit <code>${escapeHtml(report.at.commit.slice(0, 12))}</code>, ${escapeHtml(report.at.date)}).</p>`;
  const why = report.historyNote ? escapeHtml(report.historyNote) : 'not a git repository, a shallow clone, or <code>--no-history</code>';
  const history = report.history ? ''
    : `<p class="note">Git history was not read (${why}): scores are from the files as they are, with no check-ins over time.</p>`;
  return `<header class="top"><p class="eyebrow">OKR status report</p><h1>${escapeHtml(report.organization)}</h1>`
    + `<p class="sub">Cycle <strong>${escapeHtml(c.id)}</strong>, ${escapeHtml(c.start)} to ${escapeHtml(c.end)}${scope} · as of <time datetime="${escapeHtml(report.asOf)}">${escapeHtml(report.asOf)}</time></p>${at}${history}</header>`;
}

export function renderSummary(report: Report): string {
  const tiles = [
    tile('Overall', `<div class="big">${gradeBadge(report.overall.grade, report.overall.score)}</div>${overallChange(report.overall)}`),
    tile('Cycle passed', `<div class="big">${formatPercent(report.elapsed)}</div>${progress(report)}`),
    tile('Aligned', `<div class="big">${formatPercent(report.alignment.share)}</div><p class="small">${alignmentWords(report)}</p>`),
    tile('Key results', `<div class="big">${report.counts.keyResults}</div><p class="small">in ${report.counts.objectives} objective${plural(report.counts.objectives)} of ${report.counts.units} unit${plural(report.counts.units)}${report.counts.dropped ? ` · ${report.counts.dropped} dropped, counted in none` : ''}</p>`),
  ].join('');
  return `<section class="summary" aria-label="Summary"><div class="tiles">${tiles}</div>`
    + `<div class="dist"><div><h3>Key results by status</h3>${statusCounts(report)}</div><div><h3>Key results by grade</h3>${gradeBar(report)}</div></div>`
    + `<figure class="overall-chart">${overallChart(report)}<figcaption>Overall score over the cycle${legendOf(overallChartParts(report))}</figcaption></figure></section>`;
}

/** Listed in full up to here; `okr validate` lists them all. */
const PROBLEM_ROWS = 50;

/** The unit files that do not validate, each with its first error: never left out in silence. */
export function renderProblems(report: Report): string {
  const { files, errors } = report.problems;
  if (files.length === 0) return '';
  const notScored = report.counts.notScored;
  const heading = `${files.length} unit file${plural(files.length)} ${files.length === 1 ? 'does' : 'do'} not validate`;
  const said = `${errors} error${plural(errors)}, as <code>okr validate</code> counts them${notScored ? `; ${notScored} not scored: none of ${notScored === 1 ? 'its' : 'their'} key results counts anywhere` : ''}.`;
  const items = files.slice(0, PROBLEM_ROWS).map((p) => `<li>${p.scored ? '' : '<span class="st st-off_track">not scored</span> '}<code>${escapeHtml(`${p.file}:${p.first.line}:${p.first.column}`)}</code> ${escapeHtml(p.first.message)}${p.errors > 1 ? ` <span class="small">(and ${p.errors - 1} more)</span>` : ''}`).join('');
  const rest = files.length > PROBLEM_ROWS ? `<li class="empty">… and ${files.length - PROBLEM_ROWS} more: <code>okr validate</code> lists them all.` : '';
  return `<section class="problems" id="problems" aria-labelledby="problems-h"><h2 id="problems-h">${heading}</h2><p class="small">${said}</p><ul>${items}${rest}</ul></section>`;
}

/** "+0.03 this week" (or, without that, "+0.04 since Nov 16" from the trend's last step). */
function overallChange(overall: Report['overall']): string {
  if (overall.weekChange !== undefined && overall.weekChange !== null) return `<p class="small">${formatChange(overall.weekChange)} this week</p>`;
  const trend = overall.trend;
  if (trend.length < 2) return '';
  const last = trend[trend.length - 1];
  const before = trend[trend.length - 2];
  return `<p class="small">${formatChange(last.score - before.score)} since ${escapeHtml(shortDate(before.date))}</p>`;
}

function tile(label: string, body: string): string {
  return `<div class="tile"><h2>${label}</h2>${body}</div>`;
}

const plural = (n: number) => (n === 1 ? '' : 's');

function alignmentWords(report: Report): string {
  const a = report.alignment;
  if (a.total === 0) return 'no objectives below company level';
  return `${a.aligned} of ${a.total} objectives below company level aligned or stand-alone`;
}

/** The cycle as a bar with marks for posting, the mid-cycle check-in and the retrospective. */
function progress(report: Report): string {
  const c = report.cycle;
  const pct = Math.round(Math.min(1, Math.max(0, report.elapsed)) * 1000) / 10;
  const state = report.ended ? 'ended' : report.elapsed <= 0 ? 'not started' : `${shortDate(c.start)} – ${shortDate(c.end)}`;
  const dates = [
    c.postBy ? `post by ${escapeHtml(c.postBy)}` : '',
    c.midpoint ? `mid-cycle ${escapeHtml(c.midpoint)}` : '',
    c.retroBy ? `retro by ${escapeHtml(c.retroBy)}` : '',
  ].filter(Boolean).join(' · ');
  return `<div class="bar" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${pct}" aria-label="cycle passed"><span style="width:${pct}%"></span></div>`
    + `<p class="small">${escapeHtml(state)}${dates ? `<br>${dates}` : ''}</p>`;
}

function statusCounts(report: Report): string {
  const counts = report.counts.status;
  const keys = STATUS_ORDER.filter((s) => (counts[s] ?? 0) > 0);
  if (keys.length === 0) return '<p class="empty">No key results yet.</p>';
  return `<ul class="counts">${keys.map((s) => `<li><span class="st st-${escapeHtml(s)}">${escapeHtml(formatStatus(s))}</span> <strong>${counts[s]}</strong></li>`).join('')}</ul>`;
}

/** A stacked bar of the grades, each part labelled with its shape and count. */
function gradeBar(report: Report): string {
  const g = report.counts.grade;
  const parts: Array<[Grade | 'none', number]> = (['green', 'yellow', 'red', 'none'] as const).map((k) => [k, g[k] ?? 0]);
  const total = parts.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return '<p class="empty">No key results yet.</p>';
  const segments = parts.filter(([, n]) => n > 0).map(([k, n]) => {
    const label = k === 'none' ? `no score ${n}` : `${GRADE_SHAPE[k]} ${k} ${n}`;
    // The full label where it fits, the shape and count where only that does, else the title.
    const short = k === 'none' ? `– ${n}` : `${GRADE_SHAPE[k]} ${n}`;
    const shown = n / total >= 0.12 ? label : n / total >= 0.04 ? short : '';
    return `<span class="${gradeClass(k === 'none' ? null : k)}" style="flex-grow:${n}" title="${label}">${shown}</span>`;
  }).join('');
  const words = parts.filter(([, n]) => n > 0).map(([k, n]) => `${k === 'none' ? 'no score' : `${GRADE_SHAPE[k]} ${k}`}: ${n}`).join(' · ');
  return `<div class="gbar">${segments}</div><p class="small">${words}</p>`;
}

function legendOf(parts: ChartParts | null): string {
  return parts === null ? '' : legend(parts);
}

/** What the lines of a chart (or of a set of charts) mean. */
export function legend(parts: ChartParts): string {
  const entries = [
    '<span class="lg lg-ln"></span> score',
    parts.pace ? '<span class="lg lg-pace"></span> expected pace' : '',
    parts.forecast ? '<span class="lg lg-fc"></span> forecast' : '',
    parts.today ? '<span class="lg lg-now"></span> today' : '',
  ].filter(Boolean);
  return `<span class="legend">${entries.join(' ')}</span>`;
}
