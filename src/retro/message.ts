// The commit message of `okr retro UNIT`: a subject that says whose retrospective and what
// was recorded, and a body with every value, so `git log` reads as the retro's minutes.
//
//   okr: retro of platform (2026-Q3): O1/KR1 score 0.6, decision modify, learning
//
//   platform/O1/KR1
//     score: 0.43 → 0.6
//     decision: modify
//     learning: Staging was the bottleneck
//
// No OKR- trailers: a retrospective is not a check-in, and history reads the values from the
// file's contents anyway (SPEC 6).

import type { PlannedRetro, RecordedEntry } from './fill.js';

export function formatRetroMessage(planned: PlannedRetro, cycle: string): string {
  const unit = planned.unit.id;
  const parts: string[] = [];
  if (planned.keyResults.length === 1) {
    const [kr] = planned.keyResults;
    parts.push(`${kr.ref.slice(unit.length + 1)} ${fields(kr).join(', ')}`);
  } else if (planned.keyResults.length > 1) {
    parts.push(`${planned.keyResults.length} key results`);
  }
  if (planned.learnings !== undefined) parts.push(planned.keyResults.length > 0 ? 'the unit\'s learnings' : 'learnings');
  const subject = `okr: retro of ${unit} (${cycle}): ${parts.join(' and ')}`;

  const body: string[] = [];
  for (const kr of planned.keyResults) {
    const lines = [kr.ref];
    if (kr.score !== undefined) lines.push(`  score: ${kr.previousScore !== undefined ? `${kr.previousScore} → ` : ''}${kr.score}`);
    if (kr.decision !== undefined) lines.push(`  decision: ${kr.decision}`);
    if (kr.learning !== undefined) lines.push(`  learning: ${oneLine(kr.learning)}`);
    body.push(lines.join('\n'));
  }
  if (planned.learnings !== undefined) body.push(`${unit} learnings:\n  ${oneLine(planned.learnings)}`);
  return `${subject}\n\n${body.join('\n\n')}\n`;
}

/** What was recorded for a key result, in a few words: "score 0.6, decision modify, learning". */
export function fields(kr: RecordedEntry): string[] {
  const out: string[] = [];
  if (kr.score !== undefined) out.push(`score ${kr.score}`);
  if (kr.decision !== undefined) out.push(`decision ${kr.decision}`);
  if (kr.learning !== undefined) out.push('learning');
  return out;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
