// `okr report --format md`: the status report as GitHub-flavoured markdown, for a pull-request
// comment, a job summary or a wiki page. The cycle and how much of it has passed, the overall
// score, counts; the cascade as a mermaid diagram; a section per unit with a table of its
// objectives and key results; then what needs attention. GitHub refuses a comment over 65,536
// characters, so a report that would be longer leaves out detail, least useful first (the
// key-result rows of green units), until it fits, and says so at the end.

import { LEVEL_RANK, LEVELS, type Level } from '../../model.js';
import type { HealthMetricReport, KeyResultReport, ObjectiveReport, Report, UnitReport } from '../../report/model.js';
import { keyResultsByRef } from '../../report/lookup.js';
import { confidenceTrendText, handScoreWords, noteLine, statusWords } from '../../view/key-result-words.js';
import { cascadeMermaid } from './markdown/mermaid.js';
import { markdownCode as code, markdownInline as inline, markdownShown } from '../../escape/markdown.js';
import { createSlugger, formatChange, gradeIcon, progressBar, sparkline } from './markdown/text.js';
import { daysBetween } from '../../score/days.js';
import type { Status } from '../../score/types.js';
import { formatScore, formatStatus } from '../../text/numbers.js';

export interface ReportMarkdownOptions {
  /** Levels of objectives the cascade diagram draws before folding the rest (default 3). */
  depth?: number;
  /** The most characters the text may have (default: GitHub's comment limit). */
  limit?: number;
}

/** GitHub's limit for the body of an issue or pull-request comment. */
export const GITHUB_COMMENT_LIMIT = 65_536;
export const DEFAULT_DEPTH = 3;
/** Rows kept in each attention list once the report has to be cut. */
const ATTENTION_ROWS_WHEN_CUT = 25;

/** How much of a unit's section is shown: every row, objective rows only, or its summary line. */
type UnitDetail = 'keyResults' | 'objectives' | 'summary';

/** How much detail a rendering shows; the report tries each in turn until one fits. */
interface Detail {
  unit(unit: UnitReport): UnitDetail;
  attentionRows: number;
  /** How many unit sections to show, highest levels first (the rest are named). */
  units: number;
  /** What was left out, for the note at the end; empty when nothing was. */
  leftOut: string;
}

const CUT = ATTENTION_ROWS_WHEN_CUT;

function details(units: number): Detail[] {
  const green = (unit: UnitReport) => unit.grade === 'green';
  return [
    { unit: () => 'keyResults', attentionRows: Infinity, units, leftOut: '' },
    { unit: (u) => (green(u) ? 'objectives' : 'keyResults'), attentionRows: Infinity, units, leftOut: 'the key-result rows of green units' },
    { unit: (u) => (green(u) || u.grade === 'yellow' ? 'objectives' : 'keyResults'), attentionRows: Infinity, units, leftOut: 'the key-result rows of green and yellow units' },
    { unit: () => 'objectives', attentionRows: Infinity, units, leftOut: 'every key-result row' },
    { unit: () => 'objectives', attentionRows: CUT, units, leftOut: `every key-result row, and all but ${CUT} rows of each list that needs attention` },
    { unit: (u) => (green(u) ? 'summary' : 'objectives'), attentionRows: CUT, units, leftOut: `every key-result row, the objectives of green units, and all but ${CUT} rows of each list that needs attention` },
    { unit: () => 'summary', attentionRows: CUT, units, leftOut: `every objective and key-result row, and all but ${CUT} rows of each list that needs attention` },
  ];
}

export function formatReportMarkdown(report: Report, options: ReportMarkdownOptions = {}): string {
  const limit = options.limit ?? GITHUB_COMMENT_LIMIT;
  const parts = reportParts(report, options.depth ?? DEFAULT_DEPTH);
  const levels = details(report.units.length);
  for (const detail of levels) {
    const text = parts.render(detail);
    if (text.length <= limit) return text;
  }
  // Still too long: as many unit sections as fit, the company and departments before teams
  // and people (found by bisection).
  const least = levels[levels.length - 1];
  const fewer = (units: number): Detail => ({ ...least, units, leftOut: `${least.leftOut}; and the sections of ${report.units.length - units} of the ${report.units.length} units` });
  let low = 0;
  let high = report.units.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (parts.render(fewer(middle)).length <= limit) low = middle;
    else high = middle - 1;
  }
  const text = parts.render(fewer(low));
  if (text.length <= limit) return text;
  // The diagram and the header alone are over the limit (a pathological case): cut at a line.
  const note = '\n\n_…cut here to stay under the size limit; `okr report --format html` has everything._\n';
  const cut = text.slice(0, limit - note.length);
  return `${cut.slice(0, Math.max(0, cut.lastIndexOf('\n')))}${note}`;
}

/**
 * The report in parts, each rendered once and kept: a big organisation is rendered at
 * several levels of detail before one fits, and only the choice of parts changes.
 */
function reportParts(report: Report, depth: number): { render(detail: Detail): string } {
  // Anchors are numbered in document order, so the headings are named here in that order.
  const slug = createSlugger();
  const title = `${report.organization} · ${report.cycle.id}${report.scope ? ` · ${unitName(report, report.scope)}` : ''}`;
  slug(markdownShown(title));
  const cascadeAnchor = slug('Cascade');
  const unitsAnchor = slug('Units');
  const anchors = new Map<string, string>();
  for (const unit of report.units) anchors.set(unit.id, slug(markdownShown(unit.name)));
  const attentionAnchor = slug('Needs attention');

  const head: string[] = [`# ${inline(title)}`, '', ...summary(report, { cascade: cascadeAnchor, units: unitsAnchor, attention: attentionAnchor })];
  head.push('', '## Cascade', '');
  if (report.cascade.length === 0) {
    head.push('_No objectives yet._');
  } else {
    const diagram = cascadeMermaid(report, { depth, anchors });
    head.push('```mermaid', diagram.text, '```');
    if (diagram.collapsed) head.push('', `_Deeper or more numerous goals are folded into “+N more” nodes (\`--depth ${depth}\`); every unit's section below lists its own._`);
  }
  head.push('', '## Units');
  if (report.units.length === 0) head.push('', '_No unit files in this cycle yet._');
  const headText = head.join('\n');

  // Which sections to keep when not all fit: higher levels first, org-chart order within one.
  const byLevel = report.units.map((unit, index) => ({ unit, index, rank: LEVEL_RANK[unit.level as Level] ?? LEVELS.length }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.unit);

  const sections = new Map<string, string>();
  const section = (unit: UnitReport, detail: UnitDetail) => {
    const key = `${detail}\0${unit.id}`;
    let text = sections.get(key);
    if (text === undefined) sections.set(key, (text = unitSection(report, unit, anchors, detail).join('\n').trimEnd()));
    return text;
  };
  const attentionTexts = new Map<number, string>();
  const attentionText = (rows: number) => {
    let text = attentionTexts.get(rows);
    if (text === undefined) attentionTexts.set(rows, (text = ['## Needs attention', '', ...attention(report, rows)].join('\n').trimEnd()));
    return text;
  };

  return {
    render(detail) {
      const parts = [headText];
      const shown = new Set(byLevel.slice(0, detail.units));
      for (const unit of report.units) if (shown.has(unit)) parts.push(section(unit, detail.unit(unit)));
      const hidden = report.units.filter((unit) => !shown.has(unit));
      if (hidden.length > 0) {
        const named = hidden.slice(0, 30).map((u) => code(u.id)).join(', ');
        parts.push(`_${hidden.length} more unit${hidden.length === 1 ? ' is' : 's are'} not shown here: ${named}${hidden.length > 30 ? ', …' : ''}._`);
      }
      parts.push(attentionText(detail.attentionRows));
      if (detail.leftOut) {
        parts.push('---', `_✂️ To stay under GitHub's limit of ${GITHUB_COMMENT_LIMIT.toLocaleString('en-US')} characters for a comment, this report leaves out ${detail.leftOut}. \`okr report --format html\` or \`--format json\` has everything, and \`okr report --unit ID\` one subtree in full._`);
      }
      return `${parts.join('\n\n')}\n`;
    },
  };
}

// ---------------------------------------------------------------- summary

function summary(report: Report, anchors: { cascade: string; units: string; attention: string }): string[] {
  const { cycle } = report;
  const lines: string[] = [];
  const day = daysBetween(cycle.start, report.asOf) + 1;
  const days = daysBetween(cycle.start, cycle.end) + 1;
  let when = `**Status as of ${report.asOf}** · ${cycle.start} → ${cycle.end}`;
  if (report.at) when += ` · rebuilt from git at \`${report.at.commit.slice(0, 7)}\` (${report.at.date})`;
  lines.push(`${when}  `);
  if (day < 1) lines.push(`The cycle has not started: it starts on ${cycle.start}, in ${1 - day} day${1 - day === 1 ? '' : 's'}.`);
  else if (report.ended) lines.push(`\`${progressBar(1)}\` The cycle ended on ${cycle.end}: these are its final scores.`);
  else lines.push(`\`${progressBar(report.elapsed)}\` day ${day} of ${days} · ${Math.round(report.elapsed * 100)}% of the cycle has passed`);
  if (report.scope) {
    lines.push('', `Only **${inline(unitName(report, report.scope))}** (${code(report.scope)}) and the units below it: ${report.units.length} unit${report.units.length === 1 ? '' : 's'}.`);
  }

  const { overall, counts } = report;
  const week = weekPhrase(overall.weekChange, 'since last week');
  const trend = overall.trend.length > 1 ? ` · \`${sparkline(overall.trend, 14)}\`` : '';
  lines.push('', `**Overall ${formatScore(overall.score)}** ${gradeIcon(overall.grade)} ${overall.grade ?? 'no score yet'}${week}${trend}`, '');

  // Stale overlaps the others (a key result may be at risk and stale): it follows them apart.
  const statusOrder: Status[] = ['done', 'on_track', 'at_risk', 'off_track', 'green', 'yellow', 'red', 'none'];
  const statuses = statusOrder.filter((s) => counts.status[s]).map((s) => `${number(counts.status[s]!)} ${s === 'none' ? 'no score' : formatStatus(s)}`);
  const stale = counts.status.stale ? `; ${number(counts.status.stale)} stale` : '';
  const dropped = counts.dropped ? ` (${number(counts.dropped)} dropped, counted in none)` : '';
  const grades = (['green', 'yellow', 'red', 'none'] as const).filter((g) => counts.grade[g]).map((g) => `${gradeIcon(g === 'none' ? null : g)} ${number(counts.grade[g]!)} ${g === 'none' ? 'no score' : g}`);
  lines.push(`**${count(counts.keyResults, 'key result')}** in ${count(counts.objectives, 'objective')} of ${count(counts.units, 'unit')}${statuses.length || stale ? `: ${statuses.join(' · ')}${stale}` : ''}${dropped}  `);
  if (grades.length) lines.push(`**Grades:** ${grades.join(' · ')}  `);
  lines.push(`**Alignment:** ${alignmentText(report.alignment)}`);

  if (!report.history) {
    lines.push('', `> **No git history:** ${report.historyNote ?? 'it was not read'}, so this report has no trends, week-on-week changes, staleness or forecasts.`);
  }
  lines.push(...problemLines(report));
  lines.push('', `[Cascade](#${anchors.cascade}) · [Units](#${anchors.units}) · [Needs attention (${number(counts.needsAttention)})](#${anchors.attention})`);
  return lines;
}

/** Listed in full up to here; `okr validate` lists them all. */
const PROBLEM_ROWS = 50;

/** The unit files that do not validate, each with its first error: never left out in silence. */
function problemLines(report: Report): string[] {
  const { files, errors } = report.problems;
  if (files.length === 0) return [];
  const { notScored } = report.counts;
  const lines = ['', '> [!WARNING]', `> **${count(files.length, 'unit file')} ${files.length === 1 ? 'does' : 'do'} not validate** (${count(errors, 'error')}, as \`okr validate\` counts them)${notScored ? `; ${notScored === files.length ? (notScored === 1 ? 'it is' : 'they are') : `${number(notScored)} of them ${notScored === 1 ? 'is' : 'are'}`} not scored, none of ${notScored === 1 ? 'its' : 'their'} key results counted anywhere` : ''}:`];
  for (const problem of files.slice(0, PROBLEM_ROWS)) {
    lines.push(`> - ${problem.scored ? '' : '**not scored** · '}${code(`${problem.file}:${problem.first.line}:${problem.first.column}`)} ${inline(problem.first.message)}${problem.errors > 1 ? ` _(and ${problem.errors - 1} more)_` : ''}`);
  }
  if (files.length > PROBLEM_ROWS) lines.push(`> - _…and ${number(files.length - PROBLEM_ROWS)} more files: \`okr validate\` lists them all._`);
  return lines;
}

function alignmentText(alignment: Report['alignment']): string {
  if (alignment.share === null) return 'no objectives below the company level yet.';
  const percent = Math.round(alignment.share * 100);
  const verdict = alignment.share >= 0.9 ? 'healthy' : alignment.share >= 0.8 ? 'below the 90% mark' : 'a gap: below 80%';
  return `${percent}% — ${number(alignment.aligned)} of ${number(alignment.total)} objectives below the company level align to a goal or stand alone on purpose (${verdict}).`;
}

// ---------------------------------------------------------------- unit sections

function unitSection(report: Report, unit: UnitReport, anchors: ReadonlyMap<string, string>, detail: UnitDetail): string[] {
  const lines = [`### ${inline(unit.name)}`, ''];
  const facts = [code(unit.id), inline(unit.level)];
  if (unit.lead) facts.push(`lead ${inline(unit.leadName ?? unit.lead)}`);
  if (unit.status) facts.push(inline(unit.status));
  if (unit.parent) {
    const parent = report.units.find((u) => u.id === unit.parent);
    facts.push(parent ? `part of [${inline(parent.name)}](#${anchors.get(parent.id)})` : `part of ${code(unit.parent)}`);
  }
  lines.push(`${facts.join(' · ')}  `);
  const trend = unit.trend.length > 1 ? ` · \`${sparkline(unit.trend, 14)}\`` : '';
  const week = weekPhrase(unit.weekChange, 'this week');
  lines.push(`**${formatScore(unit.score)}** ${gradeIcon(unit.grade)} · ${formatStatus(unit.pace === 'none' ? 'no score yet' : unit.pace)}${week}${trend}`, '');

  if (unit.objectives.length === 0) {
    lines.push('_No objectives yet._');
  } else if (detail !== 'summary') {
    const withKrs = detail === 'keyResults';
    lines.push(
      '| | Objective / key result | Score | Grade | Status | Confidence | Lead | Last check-in | Week | Trend |',
      '| --- | --- | ---: | :---: | --- | ---: | --- | --- | --- | --- |',
    );
    for (const objective of unit.objectives) {
      lines.push(objectiveRow(unit, objective));
      if (withKrs) for (const kr of objective.keyResults) lines.push(keyResultRow(objective, kr));
    }
    if (!withKrs) {
      const count = unit.objectives.reduce((sum, o) => sum + o.keyResults.length, 0);
      if (count > 0) lines.push('', `_${count} key-result row${count === 1 ? '' : 's'} left out for length._`);
    }
  } else {
    lines.push(`_${unit.objectives.length} objective${unit.objectives.length === 1 ? '' : 's'}; rows left out for length._`);
  }
  if (unit.healthMetrics.length > 0) lines.push('', ...healthTable(unit.healthMetrics, false));
  return lines;
}

function objectiveRow(unit: UnitReport, objective: ObjectiveReport): string {
  const id = objective.ref.slice(unit.id.length + 1);
  const tags = [objective.type === 'committed' ? 'committed' : '', objective.addedMidCycle ? 'added mid-cycle' : ''].filter(Boolean);
  const title = `**${inline(objective.title)}**${tags.length ? ` _(${tags.join(', ')})_` : ''}`;
  const trend = objective.trend && objective.trend.length > 0 ? sparkline(objective.trend) : '';
  return row([`**${inline(id)}**`, title, `**${formatScore(objective.score)}**`, gradeIcon(objective.grade), formatStatus(objective.status === 'none' ? 'no score' : objective.status), '', '', '', formatChange(objective.weekChange), trend]);
}

function keyResultRow(objective: ObjectiveReport, kr: KeyResultReport): string {
  const id = kr.ref.slice(objective.ref.length + 1);
  const tags = [kr.addedMidCycle ? 'added mid-cycle' : '', handScoreWords(kr) ?? '', kr.score === null || kr.note ? kr.note ?? '' : '', kr.valueSource ? `value from ${kr.valueSource}` : ''].filter(Boolean);
  const text = inline(kr.title);
  const note = noteLine(kr.latestNote);
  const title = `${kr.dropped ? `~~${text}~~` : text}${tags.length ? ` _(${tags.map(inline).join(', ')})_` : ''}${note ? `<br>💬 ${inline(note)}${noteDate(kr)}` : ''}`;
  const status = [...statusWords(kr).map((word) => formatStatus(word === 'none' ? 'no score' : word)), kr.optimistic ? '⚠️ optimistic' : ''].filter(Boolean).join(', ');
  return row([inline(id), title, formatScore(kr.score), kr.dropped ? '' : gradeIcon(kr.grade), status, confidenceTrendText(kr.confidenceTrend), inline(kr.leadName ?? kr.lead ?? ''), kr.lastCheckin ?? '', kr.dropped ? '' : formatChange(kr.weekChange), sparkline(kr.checkins)]);
}

/** " (Nov 5)"-style date of a note older than the last check-in; nothing when it is that one's. */
function noteDate(kr: KeyResultReport): string {
  return kr.latestNote && kr.latestNote.date !== kr.lastCheckin ? ` _(${kr.latestNote.date})_` : '';
}


function healthTable(metrics: HealthMetricReport[], withUnit: boolean): string[] {
  const lines = [
    `|${withUnit ? ' Unit |' : ''} Health metric | Value | Band | |`,
    `|${withUnit ? ' --- |' : ''} --- | ---: | --- | --- |`,
  ];
  for (const metric of metrics) {
    lines.push(row([
      ...(withUnit ? [code(metric.unit)] : []),
      inline(metric.title), metric.current === null ? '–' : measured(metric.current, metric.measure), band(metric), metric.outOfBand ? '⚠️ out of band' : '✅',
    ]));
  }
  return lines;
}

function band(metric: HealthMetricReport): string {
  const { min, max, measure } = metric;
  if (min !== null && max !== null) return `${measured(min, measure)} – ${measured(max, measure)}`;
  if (min !== null) return `≥ ${measured(min, measure)}`;
  if (max !== null) return `≤ ${measured(max, measure)}`;
  return '–';
}

function measured(value: number, measure: string | null): string {
  if (!measure) return String(value);
  return measure === '%' ? `${value}%` : `${value} ${inline(measure)}`;
}

// ---------------------------------------------------------------- attention

function attention(report: Report, rows: number): string[] {
  const { attention, counts } = report;
  const lines: string[] = [];
  const items = attention.keyResults;
  if (items.length === 0) {
    lines.push(report.history ? '_No key result is behind, silent or out of step with its confidence._' : '_Nothing behind its pace; staleness and forecasts need git history._', '');
  } else {
    const byRef = keyResultsByRef(report);
    lines.push(`**${count(counts.needsAttention, 'key result')}**, one row each with every reason, the most severe first.`, '');
    lines.push('| Key result | Lead | Score | Why |', '| --- | --- | ---: | --- |');
    for (const item of items.slice(0, rows)) {
      const kr = byRef.get(item.ref);
      const why = item.reasons.map((reason, i) => (i === 0 ? `**${inline(reason.text)}**` : inline(reason.text))).join(' · ');
      lines.push(row([`${code(item.ref)} ${inline(kr?.title ?? '')}`, inline(kr?.leadName ?? kr?.lead ?? ''), formatScore(kr?.score ?? null), why]));
    }
    if (items.length > rows) lines.push('', `_…and ${items.length - rows} more._`);
    lines.push('');
  }
  lines.push(`### 🩺 Health metrics out of band (${attention.healthOutOfBand.length})`, '');
  if (attention.healthOutOfBand.length === 0) lines.push('_Every health metric is inside its band._');
  else lines.push(...healthTable(attention.healthOutOfBand.slice(0, rows), true), ...(attention.healthOutOfBand.length > rows ? ['', `_…and ${attention.healthOutOfBand.length - rows} more._`] : []));
  return lines;
}

// ---------------------------------------------------------------- cells

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** 12,345 */
function number(value: number): string {
  return value.toLocaleString('en-US');
}

/** "1 unit", "2,000 units" */
function count(value: number, noun: string): string {
  return `${number(value)} ${noun}${value === 1 ? '' : 's'}`;
}

/** " · ▲ +0.05 this week", " · no change this week", or nothing without history. */
function weekPhrase(change: number | null | undefined, when: string): string {
  if (change === null || change === undefined) return '';
  const text = formatChange(change);
  return text === '–' ? ` · no change ${when}` : ` · ${text} ${when}`;
}

function unitName(report: Report, id: string): string {
  return report.units.find((unit) => unit.id === id)?.name ?? id;
}
