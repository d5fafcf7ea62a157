// The status report as data: everything `okr report` shows, built once from the scored
// cycle and its git history, then rendered as markdown, HTML or JSON. Plain, serialisable
// objects only (the JSON format is this, as it is).

import type { Grade, Status } from '../score/types.js';
import type { TreeNode } from '../view/tree.js';

/** A score at a date: one point of a trend line. */
export interface ScorePoint {
  date: string; // YYYY-MM-DD
  score: number;
}

export interface KeyResultReport {
  ref: string;
  title: string;
  type: string;
  lead: string | null;
  /** Display name of the lead from the people registry, when there is one. */
  leadName: string | null;
  score: number | null;
  grade: Grade | null;
  status: Status;
  confidence: number | null;
  current: number | null;
  target: number | null;
  unit: string | null;
  /** Date of the last check-in (from git), or null. */
  lastCheckin: string | null;
  /** Score now minus the score seven days before the as-of date (null without history). */
  weekChange: number | null;
  /** The score at each check-in, oldest first (from git history). */
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

export interface AttentionItem {
  ref: string;
  title: string;
  lead: string | null;
  score: number | null;
  status: Status;
  confidence: number | null;
  /** Why it is listed, in words: "off track: 0.20, expected 0.38". */
  reason: string;
  /** Display name of the lead from the people registry, when there is one. */
  leadName?: string | null;
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
  /** The company's score (with --unit: the unit's), and its change over the last seven days. */
  overall: { score: number | null; grade: Grade | null; trend: ScorePoint[]; weekChange?: number | null };
  counts: { status: Partial<Record<Status, number>>; grade: Partial<Record<Grade | 'none', number>>; keyResults: number; objectives: number; units: number };
  /** Share of objectives below company level that are aligned or stand-alone (SPEC 3). */
  alignment: { share: number | null; aligned: number; total: number };
  /** Units in cascade order (parents before children). */
  units: UnitReport[];
  /** The cascade as a tree, for the markdown and HTML (what has several parents is under each). */
  cascade: CascadeNode[];
  /** The same by reference, for the JSON (json-view.ts). */
  cascadeLinks: CascadeLinks;
  attention: {
    offTrack: AttentionItem[];
    atRisk: AttentionItem[];
    stale: AttentionItem[];
    optimistic: AttentionItem[];
    /** Committed key results whose forecast (or pace) says they will miss 1.0. */
    committedWillMiss: AttentionItem[];
    healthOutOfBand: HealthMetricReport[];
  };
  /** False when git history was not read (outside git, shallow clone, --no-history). */
  history: boolean;
  /** Why there is no history, in words ("not a git repository"), when `history` is false. */
  historyNote?: string | null;
}
