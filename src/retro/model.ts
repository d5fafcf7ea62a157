// The end-of-cycle retrospective as data (SPEC 5 `okr retro`): built once from the scored
// cycle and its git history, rendered as markdown or printed as JSON as it is.

import type { Decision, ObjectiveType } from '../model.js';
import type { Grade } from '../score/types.js';

export interface RetroKeyResult {
  ref: string;
  title: string;
  unit: string;
  lead: string | null;
  /** The type of its objective: committed KRs must reach 1.0, aspirational ones aim at 0.7. */
  objectiveType: ObjectiveType;
  /** The final score: the one entered by hand, else the computed one. */
  score: number | null;
  computed: number | null;
  manual: number | null;
  grade: Grade | null;
  dropped: boolean;
  learning: string | null;
  decision: Decision | null;
}

export type GradeCounts = Record<Grade | 'none', number>;

export interface RetroUnit {
  id: string;
  name: string | null;
  lead: string | null;
  score: number | null;
  grade: Grade | null;
  /** Grades of its active key results. */
  grades: GradeCounts;
  learnings: string | null;
  summary: string | null;
  keyResults: RetroKeyResult[];
}

/** Where the aspirational average falls (SPEC 5): above 0.85, 0.6–0.85, 0.4–0.6, below 0.4. */
export type AspirationalBand = 'too-safe' | 'healthy' | 'low' | 'investigate';

/** A unit, objective or key result added or removed after the cycle's postBy date. */
export interface ChangedItem {
  ref: string;
  kind: 'unit' | 'objective' | 'keyResult';
  title: string | null;
  date: string;
  author: string;
  commit: string;
  note: string | null;
}

export interface EasedTarget {
  ref: string;
  title: string | null;
  field: string;
  from: number | null;
  to: number | null;
  date: string;
  author: string;
  commit: string;
  /** What the commit said, if anything. */
  note: string | null;
}

export interface DroppedKeyResult {
  ref: string;
  title: string;
  /** When `status: dropped` was set, from git history. */
  date: string | null;
  learning: string | null;
}

export interface MissingItem {
  ref: string;
  lead: string | null;
  missing: ('score' | 'learning' | 'decision')[];
}

export interface RetroReport {
  organization: string;
  cycle: { id: string; start: string; end: string; postBy: string | null; retroBy: string | null };
  asOf: string;
  /** False while the cycle runs: the scores are not final yet. */
  ended: boolean;
  overall: { score: number | null; grade: Grade | null };
  grades: GradeCounts;
  keyResults: { total: number; dropped: number };
  committed: {
    total: number;
    met: number;
    share: number | null;
    /** Committed key results below the committed goal, each with its learning (or none yet). */
    misses: RetroKeyResult[];
  };
  aspirational: {
    total: number;
    /** Those with a score: the average is over them. */
    scored: number;
    average: number | null;
    band: AspirationalBand | null;
    /** Aspirational key results at 1.0: set too safe? */
    sandbagging: RetroKeyResult[];
  };
  units: RetroUnit[];
  changes: {
    /** 'none': not a git repository or no commits, so mid-cycle changes are unknown. */
    history: 'full' | 'shallow' | 'none';
    /** The date after which additions count as mid-cycle (postBy, else the start). */
    since: string;
    addedMidCycle: ChangedItem[];
    stopped: ChangedItem[];
    dropped: DroppedKeyResult[];
    eased: EasedTarget[];
  };
  decisions: Record<Decision | 'undecided', string[]>;
  missing: {
    retroBy: string | null;
    /** Days from the as-of date to retroBy: negative once it has passed. */
    daysLeft: number | null;
    keyResults: MissingItem[];
    unitsWithoutLearnings: { id: string; lead: string | null }[];
  };
}
