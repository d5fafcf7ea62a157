// Filling in a unit's retrospective (`okr retro UNIT`): final scores, learnings and decisions
// of its key results, and the unit's own learnings, turned into byte-preserving edits of its
// file. Pure: it reads the resolved cascade and returns data. Values that are already there
// make no edit, so running it twice changes nothing the second time.

import type { ScalarEdit } from '../edit/index.js';
import { UsageError } from '../errors.js';
import type { Cascade, KeyResultNode, UnitNode } from '../graph/cascade.js';
import type { Decision } from '../model.js';
import { didYouMean } from '../text/did-you-mean.js';

export interface KeyResultEntry {
  ref: string;
  score?: number;
  learning?: string;
  decision?: Decision;
}

export interface RetroEntries {
  keyResults: KeyResultEntry[];
  /** The unit's `retro.learnings`. */
  learnings?: string;
}

export interface RecordedEntry extends KeyResultEntry {
  /** The score it had before (by hand), for the message. */
  previousScore?: number;
}

export interface PlannedRetro {
  unit: UnitNode;
  file: string;
  edits: ScalarEdit[];
  /** What actually changes, for the summary and the commit message. */
  keyResults: RecordedEntry[];
  learnings?: string;
}

export function findUnit(cascade: Cascade, id: string): UnitNode {
  const unit = cascade.units.get(id);
  if (unit) return unit;
  const guess = didYouMean(id, [...cascade.units.keys()]);
  const hint = id.includes('/') ? `; name the unit (${id.split('/')[0]}) and the key result with --kr` : '';
  throw new UsageError(`no unit '${id}' in this cycle${guess ? ` (did you mean '${guess}'?)` : ''}${hint}`);
}

/** A key result of the unit, by its full reference (`platform/O1/KR1`) or within it (`O1/KR1`). */
export function findUnitKeyResult(unit: UnitNode, ref: string): KeyResultNode {
  const keyResults = unit.objectives.flatMap((o) => o.keyResults);
  const full = ref.startsWith(`${unit.id}/`) ? ref : `${unit.id}/${ref}`;
  const kr = keyResults.find((k) => k.ref === full);
  if (kr) return kr;
  if (ref.split('/').length === 3 && !ref.startsWith(`${unit.id}/`)) {
    throw new UsageError(`${ref} is not a key result of ${unit.id}; fill in its own unit with okr retro ${ref.split('/')[0]}`);
  }
  const guess = didYouMean(full, keyResults.map((k) => k.ref));
  throw new UsageError(`${unit.id} has no key result '${ref}'${guess ? ` (did you mean '${guess}'?)` : ''}; its key results: ${keyResults.map((k) => k.ref).join(', ') || 'none'}`);
}

export function planRetro(unit: UnitNode, entries: RetroEntries): PlannedRetro {
  const planned: PlannedRetro = { unit, file: unit.loaded.file, edits: [], keyResults: [] };
  for (const entry of entries.keyResults) {
    const kr = findUnitKeyResult(unit, entry.ref);
    const doc = kr.doc;
    const base = ['objectives', kr.objective.index, 'keyResults', kr.index];
    const recorded: RecordedEntry = { ref: kr.ref };
    if (entry.score !== undefined) {
      if (!(entry.score >= 0 && entry.score <= 1)) throw new UsageError(`a score is between 0 and 1, not ${entry.score}`);
      if (doc.status === 'dropped') throw new UsageError(`${kr.ref} is dropped: it is out of the scores, so it takes no final score (a learning and a decision are welcome)`);
      if (doc.score !== entry.score) {
        planned.edits.push({ path: [...base, 'score'], value: entry.score });
        recorded.score = entry.score;
        if (doc.score !== undefined) recorded.previousScore = doc.score;
      }
    }
    if (entry.learning !== undefined) {
      const learning = entry.learning.trim();
      if (learning === '') throw new UsageError(`--learning needs some text: what was learned from ${kr.ref}`);
      if ((doc.learning ?? '').trim() !== learning) {
        planned.edits.push({ path: [...base, 'learning'], value: learning });
        recorded.learning = learning;
      }
    }
    if (entry.decision !== undefined && doc.decision !== entry.decision) {
      planned.edits.push({ path: [...base, 'decision'], value: entry.decision });
      recorded.decision = entry.decision;
    }
    if (recorded.score !== undefined || recorded.learning !== undefined || recorded.decision !== undefined) planned.keyResults.push(recorded);
  }
  if (entries.learnings !== undefined) {
    const learnings = entries.learnings.trim();
    if (learnings === '') throw new UsageError(`--learning needs some text: what ${unit.id} learned this cycle`);
    if ((unit.doc.retro?.learnings ?? '').trim() !== learnings) {
      // A file without a retro: section gets one: setScalars adds the maps missing on a path.
      planned.edits.push({ path: ['retro', 'learnings'], value: learnings });
      planned.learnings = learnings;
    }
  }
  return planned;
}
