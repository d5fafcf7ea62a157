// The score view flattened to rows (unit, then its objectives, then their key results), for
// the tabular formats: table, md and csv.

import type { ScoreView } from '../../view/score-view.js';

export interface ScoreRow {
  kind: 'unit' | 'objective' | 'keyResult';
  ref: string;
  title: string;
  type: string;
  score: number | null;
  manual: number | null;
  grade: string | null;
  status: string;
  confidence: number | null;
  lead: string | null;
  flags: string[];
  note?: string;
}

export function scoreRows(view: ScoreView): ScoreRow[] {
  const rows: ScoreRow[] = [];
  for (const unit of view.units) {
    rows.push({
      kind: 'unit', ref: unit.ref, title: unit.name, type: unit.level, score: unit.score, manual: null,
      grade: unit.grade, status: unit.status, confidence: null, lead: unit.lead, flags: [],
    });
    for (const objective of unit.objectives) {
      rows.push({
        kind: 'objective', ref: objective.ref, title: objective.title, type: objective.type, score: objective.score, manual: null,
        grade: objective.grade, status: objective.status, confidence: null, lead: null, flags: [], note: objective.note,
      });
      for (const kr of objective.keyResults) {
        const flags = [kr.optimistic ? 'optimistic' : '', kr.stale ? 'stale' : '', kr.manual !== null ? 'hand-scored' : ''].filter(Boolean);
        rows.push({
          kind: 'keyResult', ref: kr.ref, title: kr.title, type: kr.type, score: kr.score, manual: kr.manual,
          grade: kr.grade, status: kr.status, confidence: kr.confidence, lead: kr.lead, flags, note: kr.note,
        });
      }
    }
  }
  return rows;
}
