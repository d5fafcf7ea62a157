// `okr diff` as markdown for a pull-request comment: a summary line, then tables of what
// moved, goals redefined (eased ones flagged), items added or removed, alignment changes,
// and the problems the change introduces.

import { markdownCode as code, markdownInline as md } from '../../escape/markdown.js';
import type { ChangesReport } from '../../diff/changes.js';
import type { Formatter } from '../formatter.js';
import type { GoalChange, MovedKeyResult } from '../../diff/compare.js';
import { formatScore } from '../../text/numbers.js';
import { plural } from '../../text/plural.js';

export const formatChangesMarkdown: Formatter<ChangesReport> = (report) => {
  let out = `## OKR changes: ${code(report.base)} → ${report.head === 'working tree' ? 'working tree' : code(report.head)}\n`;
  const changed = report.cycles.filter((c) => c.moved.length + c.goals.length + c.added.length + c.removed.length + c.retitled.length + c.alignments.length + c.introduced.length + c.fixed > 0);
  if (changed.length === 0) return `${out}\nNo change to any OKR.\n`;
  for (const cycle of changed) {
    const eased = cycle.goals.filter((g) => g.eased).length;
    const problems = report.problems.get(cycle.cycle) ?? [];
    out += `\n### ${md(cycle.cycle)}\n\n`;
    out += [
      plural(cycle.moved.length, 'key result') + ' moved',
      `${plural(cycle.goals.length, 'goal level')} changed${eased ? ` (**${eased} eased**)` : ''}`,
      `${cycle.added.length} added`,
      `${cycle.removed.length} removed`,
      plural(cycle.alignments.length, 'alignment') + ' changed',
      problems.length ? `**${plural(problems.length, 'new problem')}**` : 'no new problems',
      ...(cycle.fixed ? [`${plural(cycle.fixed, 'problem')} fixed`] : []),
    ].join(' · ') + '\n';
    if (cycle.moved.length) out += movedTable(cycle.moved);
    if (cycle.goals.length) out += goalsTable(cycle.goals);
    if (cycle.added.length || cycle.removed.length || cycle.retitled.length) {
      out += '\n**Added, removed, renamed**\n\n';
      for (const item of cycle.added) out += `- ➕ ${item.kind === 'objective' ? 'objective' : 'key result'} ${code(item.ref)} ${md(item.title)}\n`;
      for (const item of cycle.removed) out += `- ➖ ${item.kind === 'objective' ? 'objective' : 'key result'} ${code(item.ref)} ${md(item.title)}\n`;
      for (const item of cycle.retitled) out += `- ✏️ ${code(item.ref)} “${md(item.from)}” → “${md(item.to)}”\n`;
    }
    if (cycle.alignments.length) {
      out += '\n**Alignment**\n\n';
      for (const a of cycle.alignments) out += `- ${code(a.ref)}: ${list(a.from)} → ${list(a.to)}\n`;
    }
    if (problems.length) {
      out += '\n**New problems**\n\n| | File | Line | Rule | Message |\n| --- | --- | --- | --- | --- |\n';
      for (const d of problems) out += `| ${d.severity === 'error' ? '❌' : '⚠️'} | ${code(d.file)} | ${d.line} | ${code(d.rule)} | ${md(d.message)} |\n`;
    }
  }
  return out;
};

function movedTable(moved: MovedKeyResult[]): string {
  let out = '\n**Progress**\n\n| Key result | Value | Score | Confidence |\n| --- | --- | --- | --- |\n';
  for (const m of moved) {
    const unit = m.unit ? ` ${md(m.unit)}` : '';
    const value = m.valueFrom === m.valueTo ? `${show(m.valueTo)}${unit}` : `${show(m.valueFrom)} → ${show(m.valueTo)}${unit}`;
    const arrow = m.scoreFrom !== null && m.scoreTo !== null ? (m.scoreTo > m.scoreFrom ? ' ⬆️' : m.scoreTo < m.scoreFrom ? ' ⬇️' : '') : '';
    const confidence = m.confidenceFrom === m.confidenceTo ? show(m.confidenceTo) : `${show(m.confidenceFrom)} → ${show(m.confidenceTo)}`;
    out += `| ${code(m.ref)} ${md(m.title)} | ${value} | ${formatScore(m.scoreFrom)} → ${formatScore(m.scoreTo)}${arrow} | ${confidence} |\n`;
  }
  return out;
}

function goalsTable(goals: GoalChange[]): string {
  let out = '\n**Goals redefined**\n\n| Key result | Level | Before → after | |\n| --- | --- | --- | --- |\n';
  for (const g of goals) out += `| ${code(g.ref)} ${md(g.title)} | ${md(g.field)} | ${show(g.from)} → ${show(g.to)} | ${g.eased ? '⚠️ eased' : ''} |\n`;
  return out;
}

function show(value: unknown): string {
  return value === null || value === undefined ? '–' : md(String(value));
}

function list(refs: string[]): string {
  return refs.length ? refs.map(code).join(', ') : '_none_';
}
