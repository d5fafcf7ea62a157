// Units shown one line each: in a large organisation, the people (or teams) below a unit are
// listed in a table at the end of its section, with their score, status, key results counted
// by grade and a small trend, indented by depth. Each row keeps the unit's anchor, so links
// to it still land.

import type { Report, UnitReport } from '../../../report/model.js';
import { unitChart } from './charts.js';
import { anchorId, escapeHtml } from '../../../escape/html.js';
import { gradeBadge, statusPill } from './labels.js';
import { gradeCounts, person } from './units.js';

export interface UnitLine {
  unit: UnitReport;
  /** Levels below the unit whose section holds the table (1 for a direct child). */
  indent: number;
}

export function unitLine({ unit, indent }: UnitLine, report: Report): string {
  const krs = unit.objectives.flatMap((objective) => objective.keyResults);
  const objectives = unit.objectives.length;
  return `<tr id="${anchorId('u', unit.id)}"><td class="in${Math.min(indent, 6)}">${escapeHtml(unit.name)} <code>${escapeHtml(unit.id)}</code>`
    + `<td>${escapeHtml(unit.level)}<td>${person(unit.lead, unit.leadName)}<td class="n">${gradeBadge(unit.grade, unit.score, true)}<td>${statusPill(unit.pace)}`
    + `<td>${objectives === 0 ? '<span class="empty">no objectives yet</span>' : `${objectives} obj. · ${gradeCounts(krs)}`}`
    + `<td class="ch">${objectives === 0 ? '' : unitChart(unit, report, 'small')}`;
}

/** The table of units shown one line each; `caption` says whose they are. */
export function unitLinesTable(caption: string, rows: string[]): string {
  if (rows.length === 0) return '';
  return `<div class="scroll"><table class="lines"><caption>${caption}</caption><thead><tr><th>Unit<th>Level<th>Lead<th class="n">Score<th>Status<th>Key results by grade<th>Score over the cycle</thead>`
    + `<tbody>${rows.join('')}</tbody></table></div>`;
}
