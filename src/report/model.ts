// The status report as data: everything `okr report` shows, built once from the scored
// cycle and its git history, then rendered as markdown, HTML or JSON. Plain, serialisable
// objects only (the JSON format is this, as it is).

import type { CheckinNote, ConfidenceTrend, Grade, Status } from '../score/types.js';
import type { FileProblem } from '../view/file-problems.js';
import type { TreeNode } from '../view/tree.js';

export type { CheckinNote, ConfidenceTrend, FileProblem };

/** A score at a date: one point of a trend line. */
export interface ScorePoint {
  date: string; // YYYY-MM-DD
  score: number;
  /** A key result's check-in whose value was read from this source (okr sync). */
  source?: string;
}

export interface KeyResultReport {
  ref: string;
  title: string;
  type: string;
  lead: string | null;
  /** Display name of the lead from the people registry, when there is one. */
  leadName: string | null;
  /** The score shown and used in means: the hand-entered one if any, else the computed one. */
  score: number | null;
  /** The score the numbers give; shown beside a hand score (SPEC 4.1). */
  computed: number | null;
  /** A hand-entered score, which wins over the computed one. */
  manual: number | null;
  /** Null for a dropped key result, which counts in no mean. */
  grade: Grade | null;
  status: Status;
  confidence: number | null;
  /** The confidence after each of the last few check-ins, and where it is heading. */
  confidenceTrend: ConfidenceTrend | null;
  /** The latest check-in note, with its date (from git history). */
  latestNote: CheckinNote | null;
  current: number | null;
  target: number | null;
  unit: string | null;
  /** Date of the last check-in (from git), or null. */
  lastCheckin: string | null;
  /** Where its value is read (`source:`): the config source's name or the command; null: typed by hand. */
  source?: string | null;
  /** The source the current value came from, by the git history (okr sync); null: typed by hand or unknown. */
  valueSource?: string | null;
  /** Score now minus the score seven days before the as-of date (null without history). */
  weekChange: number | null;
  /**
   * The score at each check-in, oldest first (from git history). A roll-up is checked in
   * through the objectives aligned to it: its points are its score week by week.
   */
  checkins: ScorePoint[];
  /** The expected score at the start and at the end of the cycle: the pace line. */
  pace: [ScorePoint, ScorePoint];
  /** Least-squares forecast of the score at the cycle's end (three or more check-ins). */
  forecast: number | null;
  committed: boolean;
  dropped: boolean;
  stale: boolean;
  optimistic: boolean;
  /** Added after the cycle's postBy date (from git history). */
  addedMidCycle: boolean;
  /** The score expected by now (goal × elapsed), as pace reads it. */
  expected?: number;
  /** Why there is no score, or what is special about it ("no check-in yet"). */
  note?: string;
}

export interface ObjectiveReport {
  ref: string;
  title: string;
  type: 'aspirational' | 'committed';
  score: number | null;
  grade: Grade | null;
  status: Status;
  alignsTo: string[];
  keyResults: KeyResultReport[];
  addedMidCycle: boolean;
  /** Score now minus the score seven days before the as-of date (null without history). */
  weekChange?: number | null;
  /** The objective's score week by week over the cycle so far (from git history). */
  trend?: ScorePoint[];
}

export interface HealthMetricReport {
  unit: string;
  id: string;
  title: string;
  current: number | null;
  min: number | null;
  max: number | null;
  measure: string | null;
  /** Outside [min, max] (or no value at all). */
  outOfBand: boolean;
}

export interface UnitReport {
  id: string;
  name: string;
  level: string;
  parent: string | null;
  lead: string | null;
  leadName: string | null;
  status: string | null; // draft | shared | committed | closed
  score: number | null;
  grade: Grade | null;
  pace: Status;
  /** The unit's score week by week over the cycle so far (from git history). */
  trend: ScorePoint[];
  objectives: ObjectiveReport[];
  healthMetrics: HealthMetricReport[];
  /** Score now minus the score seven days before the as-of date (null without history). */
  weekChange?: number | null;
}

/**
 * Every count a report shows, each the length of the list it heads. Key results are the
 * active ones (dropped ones are counted apart, as they are in no mean).
 */
export interface ReportCounts {
  keyResults: number;
  objectives: number;
  units: number;
  /**
   * Active key results whose status shows each word (view/status-words.ts): a stale key result
   * at risk counts under both `at_risk` and `stale`, so `stale` is every stale key result.
   */
  status: Partial<Record<Status, number>>;
  grade: Partial<Record<Grade | 'none', number>>;
  dropped: number;
  /** Rows of attention.keyResults. */
  needsAttention: number;
  /** Files in problems.files, and those of them that could not be scored at all. */
  filesWithErrors: number;
  notScored: number;
}

/** A node of the cascade, exactly as `okr tree` builds it. */
export type CascadeNode = TreeNode;

/**
 * The cascade by reference: each objective and key result named once by its ref, its data in
 * `units`. The alignment graph can close a cycle (the no-cycles rule reports it): a reader that
 * walks `children` keeps the refs it has been through.
 */
export interface CascadeLinks {
  /** Objectives at the top: the company's, and those aligned to nothing (`root` says why). */
  roots: { ref: string; root?: 'standalone' | 'unaligned' }[];
  /**
   * Ref → the refs under it: an objective's key results, then the objectives aligned to it; a
   * key result's aligned objectives. Only refs that have something under them.
   */
  children: Record<string, string[]>;
}

/** Why a key result needs attention, most severe first (report/attention.ts orders them). */
export type AttentionKind = 'off_track' | 'at_risk' | 'will_miss' | 'stale' | 'optimistic';

export interface AttentionReason {
  kind: AttentionKind;
  /** In words: "off track: 0.20, expected 0.38". */
  text: string;
}

/** One key result that needs attention, with every reason (the KR itself is in `units`). */
export interface AttentionItem {
  ref: string;
  reasons: AttentionReason[];
}

export interface Report {
  organization: string;
  generatedAt: string; // ISO date-time
  asOf: string;
  /** Set when the report was rebuilt at a revision or date (--at). */
  at: { revision: string; commit: string; date: string } | null;
  cycle: { id: string; start: string; end: string; postBy: string | null; midpoint: string | null; retroBy: string | null };
  /** Fraction of the cycle passed. */
  elapsed: number;
  ended: boolean;
  /** The subtree reported (--unit), or null for the whole cycle. */
  scope: string | null;
  /** The dates every trend is drawn on: the cycle's start, each week after it, the as-of date (none without history). */
  trendDates: string[];
  /** The company's score (with --unit: the unit's), and its change over the last seven days. */
  overall: { score: number | null; grade: Grade | null; trend: ScorePoint[]; weekChange?: number | null };
  counts: ReportCounts;
  /** Share of objectives below company level that are aligned or stand-alone (SPEC 3). */
  alignment: { share: number | null; aligned: number; total: number };
  /** Units in cascade order (parents before children). */
  units: UnitReport[];
  /** The cascade as a tree, for the markdown and HTML (what has several parents is under each). */
  cascade: CascadeNode[];
  /** The same by reference, for the JSON (json-view.ts). */
  cascadeLinks: CascadeLinks;
  attention: {
    /** One row per key result, with all its reasons, the most severe first. */
    keyResults: AttentionItem[];
    healthOutOfBand: HealthMetricReport[];
  };
  /** The unit files of the cycle that do not validate, each with its first error. */
  problems: { errors: number; files: FileProblem[] };
  /** False when git history was not read (outside git, shallow clone, --no-history). */
  history: boolean;
  /** Why there is no history, in words ("not a git repository"), when `history` is false. */
  historyNote?: string | null;
}
