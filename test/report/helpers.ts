// Reports for tests: a cascade from plain unit documents (test/score/helpers.ts), history
// events written by hand as src/git/history.ts produces them, scored and built for real.

import type { HistoryEvent } from '../../src/git/history.js';
import type { Cascade } from '../../src/graph/cascade.js';
import type { Config, CycleDoc, UnitDoc } from '../../src/model.js';
import { buildReport, type ReportInput } from '../../src/report/build.js';
import type { Report } from '../../src/report/model.js';
import { replayHistory } from '../../src/report/replay.js';
import { scoreCycle } from '../../src/score/score-cycle.js';
import { checkinTimelines } from '../../src/git/history.js';
import { checkinNotes } from '../../src/git/checkin-notes.js';
import { cascadeOf, cycle as defaultCycle, makeConfig } from '../score/helpers.js';

export { kr, objective, unitDoc, makeConfig, cascadeOf } from '../score/helpers.js';
/** A cycle of exactly 100 days, 2026-01-01 to 2026-04-11. */
export const cycle = defaultCycle;

const PROGRESS = new Set(['current', 'confidence', 'score', 'done', 'milestones.done']);

/** One change of one field, as history reads it from a commit. */
export function change(ref: string, field: string, to: unknown, date: string, extra: Partial<HistoryEvent> = {}): HistoryEvent {
  const parts = ref.split('/');
  return {
    ref, unit: parts[0], item: parts.length === 3 ? 'keyResult' : parts.length === 2 ? 'objective' : 'unit',
    kind: PROGRESS.has(field) ? 'progress' : 'definition', field, change: 'changed', to, date,
    commit: `c-${date}`, author: { name: 'Bob Stone', email: 'bob@acme.example' }, via: 'checkin', file: `okrs/2026-Q1/${parts[0]}.yaml`,
    ...extra,
  };
}

/** An objective or key result first appearing, with its document. */
export function added(ref: string, doc: Record<string, unknown>, date: string, midCycle = false): HistoryEvent {
  const item = ref.split('/').length === 3 ? 'keyResult' : 'objective';
  return change(ref, item, doc, date, { change: 'added', kind: 'definition', via: 'edit', ...(midCycle ? { midCycle: true } : {}) });
}

export interface TestReport {
  docs: UnitDoc[];
  asOf: string;
  events?: HistoryEvent[] | null;
  config?: Config;
  cycle?: CycleDoc;
  unit?: string;
}

/** Scores the cycle with the timelines the events give (as the command does), then builds the report. */
export function reportOf(spec: TestReport): { report: Report; cascade: Cascade; input: ReportInput } {
  const config = spec.config ?? makeConfig();
  const theCycle = spec.cycle ?? cycle;
  const cascade = cascadeOf(...spec.docs);
  const events = spec.events ?? null;
  const scored = scoreCycle(cascade, config, theCycle, { asOf: spec.asOf, ...(events ? { timelines: checkinTimelines(events), notes: checkinNotes(events) } : {}) });
  const input: ReportInput = {
    config, cycle: theCycle, cascade, scored,
    history: events ? replayHistory(events, spec.asOf) : null,
    historyNote: events ? null : 'made with --no-history',
    ...(spec.unit !== undefined ? { unit: spec.unit } : {}),
  };
  return { report: buildReport(input), cascade, input };
}
