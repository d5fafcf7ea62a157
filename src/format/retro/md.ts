// `okr retro` (markdown, the default): the retrospective as GitHub-flavoured markdown, for a
// retro meeting, a wiki page or a pull-request comment. Sections follow the meeting: grades,
// committed then aspirational key results, what changed mid-cycle, learnings and decisions
// per unit, and what is still missing before retroBy.

import { markdownCode as code, markdownInline as md, markdownLines } from '../../escape/markdown.js';
import type { RetroKeyResult, RetroReport, RetroUnit } from '../../retro/model.js';
import { BAND_WORDS } from '../../retro/bands.js';
import { daysBetween } from '../../score/days.js';
import { formatScore } from '../../text/numbers.js';
import type { Formatter } from '../formatter.js';

const GRADE_ICON: Record<string, string> = { green: '🟢', yellow: '🟡', red: '🔴' };
const WHOLE: Record<string, string> = { unit: ' (the whole unit)', objective: ' (objective, with its key results)', keyResult: '' };

export const formatRetroMarkdown: Formatter<RetroReport> = (report) => {
  return [
    header(report),
    grades(report),
    committed(report),
    aspirational(report),
    changes(report),
    learnings(report),
    decisions(report),
    missing(report),
  ].join('\n');
};

function header(report: RetroReport): string {
  const { cycle } = report;
  const counts = `${report.keyResults.total} key result${plural(report.keyResults.total)}${report.keyResults.dropped ? ` (${report.keyResults.dropped} dropped)` : ''}`;
  let out = `# Retrospective of ${md(cycle.id)}\n\n`;
  const score = `final score **${formatScore(report.overall.score)}**${report.overall.grade ? ` ${icon(report.overall.grade)}` : ''}`;
  out += `**${md(report.organization)}** · ${cycle.start} to ${cycle.end} · ${score} · ${report.units.length} unit${plural(report.units.length)}, ${counts}\n`;
  if (!report.ended) {
    const left = daysBetween(report.asOf, cycle.end);
    out += `\n> **${md(cycle.id)} has not ended yet** (${left} day${plural(left)} left, as of ${report.asOf}): these scores are not final.\n`;
  }
  return out;
}

function grades(report: RetroReport): string {
  let out = '## Grades by unit\n\n';
  if (report.units.length === 0) return `${out}No unit files in this cycle.\n`;
  out += '| Unit | Lead | Score | 🟢 green | 🟡 yellow | 🔴 red | no score |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |\n';
  for (const unit of report.units) {
    const g = unit.grades;
    out += `| ${unitName(unit)} | ${md(unit.lead ?? '')} | ${formatScore(unit.score)} ${icon(unit.grade)} | ${g.green} | ${g.yellow} | ${g.red} | ${g.none} |\n`;
  }
  const g = report.grades;
  out += `| **All units** | | **${formatScore(report.overall.score)}** | **${g.green}** | **${g.yellow}** | **${g.red}** | **${g.none}** |\n`;
  return out;
}

function committed(report: RetroReport): string {
  const { committed: c } = report;
  if (c.total === 0) return '## Committed key results\n\nNo committed key result in this cycle.\n';
  let out = `## Committed key results: ${c.met} of ${c.total} met (${percent(c.share)})\n\n`;
  if (c.misses.length === 0) return `${out}Every committed key result reached its goal.\n`;
  out += 'A committed key result must be met in full; each miss needs its explanation.\n\n';
  out += '| Key result | Score | Lead | Explanation |\n| --- | ---: | --- | --- |\n';
  for (const kr of c.misses) {
    const explanation = kr.learning !== null
      ? md(kr.learning)
      : `**⚠ no explanation yet**: ${code(`okr retro ${kr.unit} --kr ${kr.ref} --learning "…"`)}`;
    out += `| ${krName(kr)} | ${formatScore(kr.score)} ${icon(kr.grade)} | ${md(kr.lead ?? '')} | ${explanation} |\n`;
  }
  return out;
}

function aspirational(report: RetroReport): string {
  const { aspirational: a } = report;
  if (a.total === 0) return '## Aspirational key results\n\nNo aspirational key result in this cycle.\n';
  if (a.average === null) return `## Aspirational key results\n\nNone of the ${a.total} aspirational key results has a score.\n`;
  let out = `## Aspirational key results: average ${formatScore(a.average)}, ${BAND_WORDS[a.band!]}\n\n`;
  out += `The plain average of the final scores of ${a.scored} aspirational key result${plural(a.scored)}${a.scored < a.total ? ` (${a.total - a.scored} without a score left out)` : ''}. `;
  out += 'Aspirational goals aim at about 0.7: 0.6 to 0.85 is healthy, above 0.85 they were too safe, below 0.4 something needs investigating.\n';
  if (a.sandbagging.length > 0) {
    out += '\n**Sandbagging?** These aspirational key results scored 1.0: were they set too safe?\n\n';
    for (const kr of a.sandbagging) out += `- ${krName(kr)} (${kr.lead === null ? 'no lead' : md(kr.lead)})\n`;
  }
  return out;
}

function changes(report: RetroReport): string {
  const { changes: c } = report;
  let out = '## Change during the cycle\n\n';
  if (c.history === 'none') {
    out += '_No git history (not a git repository, or no commits yet): what was added, removed or eased after posting cannot be told._\n\n';
  } else if (c.history === 'shallow') {
    out += '_This is a shallow clone: changes before its first commit are not seen (fetch the full history)._\n\n';
  }
  const sections: string[] = [];
  const item = (i: { ref: string; title: string | null; date: string; author: string; commit: string }) =>
    `- ${code(i.ref)}${i.title ? ` ${md(i.title)}` : ''}: ${md(i.date)}, ${md(i.author)} (${md(i.commit)})`;
  if (c.addedMidCycle.length > 0) {
    sections.push(`**Added mid-cycle** (after ${c.since}):\n\n${c.addedMidCycle.map((i) => `${item(i)}${WHOLE[i.kind]}`).join('\n')}\n`);
  }
  if (c.stopped.length > 0) {
    sections.push(`**Stopped** (removed after ${c.since}):\n\n${c.stopped.map((i) => `${item(i)}${WHOLE[i.kind]}`).join('\n')}\n`);
  }
  if (c.dropped.length > 0) {
    sections.push(`**Dropped** (\`status: dropped\`, out of the scores):\n\n${c.dropped.map((d) =>
      `- ${code(d.ref)} ${md(d.title)}${d.date ? ` (dropped ${md(d.date)})` : ''}${d.learning ? `: ${md(d.learning)}` : ''}`).join('\n')}\n`);
  }
  if (c.eased.length > 0) {
    sections.push(`**Eased targets** (moved towards the start after ${c.since}):\n\n${c.eased.map((e) =>
      `- ${code(e.ref)} ${md(e.field)} ${md(String(e.from ?? 'none'))} → ${md(String(e.to ?? 'none'))}: ${md(e.date)}, ${md(e.author)} (${md(e.commit)})${e.note ? `: “${md(firstLine(e.note))}”` : ''}`).join('\n')}\n`);
  }
  if (sections.length === 0) {
    return `${out}${c.history === 'none' ? 'No key result was dropped.\n' : `Nothing was added, stopped, dropped or eased after ${c.since}.\n`}`;
  }
  return out + sections.join('\n');
}

function learnings(report: RetroReport): string {
  let out = '## Learnings and decisions by unit\n';
  if (report.units.length === 0) return `${out}\nNo units.\n`;
  for (const unit of report.units) {
    out += `\n### ${unitName(unit)}: ${formatScore(unit.score)} ${icon(unit.grade)}${unit.lead ? ` (${md(unit.lead)})` : ''}\n\n`;
    if (unit.summary) out += `${quote(unit.summary)}\n\n`;
    // Prose of several lines: each line escaped, kept apart by hard line breaks.
    out += unit.learnings ? `**Learnings:** ${markdownLines(unit.learnings).join('  \n')}\n` : '**Learnings:** _none yet_\n';
    if (unit.keyResults.length === 0) {
      out += '\nNo key results.\n';
      continue;
    }
    out += '\n| Key result | Score | Decision | Learning |\n| --- | ---: | --- | --- |\n';
    for (const kr of unit.keyResults) {
      const local = kr.ref.slice(unit.id.length + 1);
      const title = `${code(local)} ${md(kr.title)}${kr.dropped ? ' _(dropped)_' : ''}`;
      const score = kr.dropped ? '–' : `${formatScore(kr.score)} ${icon(kr.grade)}`;
      out += `| ${title} | ${score} | ${md(kr.decision ?? '')} | ${kr.learning ? md(kr.learning) : ''} |\n`;
    }
  }
  return out;
}

function decisions(report: RetroReport): string {
  const { decisions: d } = report;
  const line = (label: string, refs: string[]) => `- **${label}** (${refs.length})${refs.length ? `: ${refs.map(code).join(', ')}` : ''}\n`;
  let out = '## Decisions for the next cycle\n\n';
  out += line('Keep', d.keep) + line('Modify', d.modify) + line('Remove', d.remove) + line('No decision yet', d.undecided);
  const carried = d.keep.length + d.modify.length;
  if (carried > 0) {
    out += `\n${code(`okr next --from ${report.cycle.id} --to NEXT`)} starts the next cycle with the ${carried} key result${plural(carried)} marked keep or modify.\n`;
  }
  return out;
}

function missing(report: RetroReport): string {
  const { missing: m } = report;
  const due = m.retroBy === null ? '' : ` (learnings due ${m.retroBy}, ${m.daysLeft! >= 0 ? `in ${m.daysLeft} day${plural(m.daysLeft!)}` : `overdue by ${-m.daysLeft!} day${plural(-m.daysLeft!)}`})`;
  let out = `## Still missing${due}\n\n`;
  if (m.keyResults.length === 0 && m.unitsWithoutLearnings.length === 0) {
    return `${out}Nothing: every key result has its final score, learning and decision, and every unit its learnings.\n`;
  }
  if (m.keyResults.length > 0) {
    out += '| Key result | Lead | Missing |\n| --- | --- | --- |\n';
    for (const item of m.keyResults) out += `| ${code(item.ref)} | ${md(item.lead ?? '')} | ${item.missing.join(', ')} |\n`;
    out += '\n';
  }
  if (m.unitsWithoutLearnings.length > 0) {
    out += `Units without learnings: ${m.unitsWithoutLearnings.map((u) => `${code(u.id)}${u.lead ? ` (${md(u.lead)})` : ''}`).join(', ')}.\n\n`;
  }
  out += 'Fill them in with `okr retro UNIT` on a terminal, or `okr retro UNIT --kr REF --score S --learning "…" --decision keep|modify|remove` (and `--learning "…"` alone for the unit).\n';
  return out;
}

function unitName(unit: RetroUnit): string {
  return `${code(unit.id)}${unit.name ? ` ${md(unit.name)}` : ''}`;
}

function krName(kr: RetroKeyResult): string {
  return `${code(kr.ref)} ${md(kr.title)}`;
}

function icon(grade: string | null): string {
  return grade ? GRADE_ICON[grade] : '';
}

function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

function quote(text: string): string {
  return markdownLines(text).map((line) => `> ${line}`).join('\n');
}

function firstLine(text: string): string {
  return text.split(/\r?\n/)[0];
}
