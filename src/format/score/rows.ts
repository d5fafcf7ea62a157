// The score view flattened to rows (unit, then its objectives, then their key results), for
// the tabular formats: table, md and csv. What a key result's status and flags say is worded
// once (view/key-result-words.ts), so every format says it the same way.

import type { CheckinNote, ConfidenceTrend } from '../../score/types.js';
import { handScoreWords, statusWords } from '../../view/key-result-words.js';
import type { ScoreView } from '../../view/score-view.js';

export interface ScoreRow {
  kind: 'unit' | 'objective' | 'keyResult';
  ref: string;
  title: string;
  type: string;
  score: number | null;
  computed: number | null;
  manual: number | null;
  grade: string | null;
  status: string;
  /** The status and, where it does not say so, `stale` (statusWords). */
  statusWords: string[];
  confidence: number | null;
  confidenceTrend: ConfidenceTrend | null;
  lead: string | null;
  /** optimistic, "hand-scored, computed 0.33". */
  flags: string[];
  /** Why there is no score, or what is special about it ("no check-in yet"). */
  note?: string;
  latestNote: CheckinNote | null;
  dropped: boolean;
}

export function scoreRows(view: ScoreView): ScoreRow[] {
  const rows: ScoreRow[] = [];
  const plain = { computed: null, manual: null, confidence: null, confidenceTrend: null, latestNote: null, flags: [], dropped: false };
  for (const unit of view.units) {
    rows.push({
      ...plain, kind: 'unit', ref: unit.ref, title: unit.name, type: unit.level, score: unit.score,
      grade: unit.grade, status: unit.status, statusWords: [unit.status], lead: unit.lead,
    });
    for (const objective of unit.objectives) {
      rows.push({
        ...plain, kind: 'objective', ref: objective.ref, title: objective.title, type: objective.type, score: objective.score,
        grade: objective.grade, status: objective.status, statusWords: [objective.status], lead: null, note: objective.note,
      });
      for (const kr of objective.keyResults) {
        const flags = [kr.optimistic ? 'optimistic' : '', handScoreWords(kr) ?? ''].filter(Boolean);
        rows.push({
          kind: 'keyResult', ref: kr.ref, title: kr.title, type: kr.type, score: kr.score, computed: kr.computed, manual: kr.manual,
          grade: kr.grade, status: kr.status, statusWords: statusWords(kr), confidence: kr.confidence, confidenceTrend: kr.confidenceTrend,
          lead: kr.lead, flags, note: kr.note, latestNote: kr.latestNote, dropped: kr.status === 'dropped',
        });
      }
    }
  }
  return rows;
}
