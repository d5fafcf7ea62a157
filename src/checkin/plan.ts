// Turns a check-in request into the edits it makes to one unit file, refusing anything that
// does not fit the key result: a value for a milestone key result, an unknown milestone, a
// confidence above 1. Pure: it reads the resolved cascade and returns data.

import type { ScalarEdit } from '../edit/index.js';
import { UsageError } from '../errors.js';
import type { Cascade, KeyResultNode } from '../graph/cascade.js';
import type { CheckinRecord } from '../git/checkin-message.js';
import type { DocPath } from '../model.js';
import { didYouMean } from '../text/did-you-mean.js';
import type { CheckinRequest } from './request.js';

export interface PlannedCheckin {
  request: CheckinRequest;
  kr: KeyResultNode;
  /** Repository-relative unit file. */
  file: string;
  edits: ScalarEdit[];
  /** Keys taken out of the file (`score` for --clear-score). */
  removals: DocPath[];
  record: CheckinRecord;
  /** What the person should know: a score entered by hand that wins over what was checked in. */
  warnings: string[];
}

const VALUE_TYPES = new Set(['metric', 'baseline', 'maintain']);

export function findKeyResult(cascade: Cascade, ref: string): KeyResultNode {
  const kr = cascade.keyResults.get(ref);
  if (kr) return kr;
  const objective = cascade.objectives.get(ref);
  if (objective) {
    const refs = objective.keyResults.map((k) => k.ref).join(', ');
    throw new UsageError(`${ref} is an objective; check in on one of its key results (${refs || 'it has none'})`);
  }
  if (cascade.units.has(ref)) throw new UsageError(`${ref} is a unit; name a key result, like ${ref}/O1/KR1`);
  const guess = didYouMean(ref, [...cascade.keyResults.keys()]);
  throw new UsageError(`no key result '${ref}' in this cycle${guess ? ` (did you mean '${guess}'?)` : ''}`);
}

export function planCheckin(cascade: Cascade, request: CheckinRequest): PlannedCheckin {
  const where = request.origin ? `${request.origin}: ` : '';
  const refuse = (message: string): never => {
    throw new UsageError(`${where}${message}`);
  };
  let kr: KeyResultNode;
  try {
    kr = findKeyResult(cascade, request.ref);
  } catch (error) {
    return refuse((error as Error).message);
  }
  const doc = kr.doc;
  const base: DocPath = ['objectives', kr.objective.index, 'keyResults', kr.index];
  const edits: ScalarEdit[] = [];
  const removals: DocPath[] = [];
  const warnings: string[] = [];
  const record: CheckinRecord = { ref: kr.ref, date: request.date, note: request.note, unit: doc.unit };

  if (doc.status === 'dropped') refuse(`${kr.ref} is dropped; a dropped key result takes no more check-ins`);
  const fraction = (name: string, value: number | undefined) => {
    if (value !== undefined && !(value >= 0 && value <= 1)) refuse(`${name} must be between 0 and 1, not ${value}`);
  };
  fraction('confidence', request.confidence);
  fraction('score', request.score);

  if (request.unchanged) {
    // Nothing to write: the record says what the key result still holds.
    if (VALUE_TYPES.has(kr.type) && doc.current !== undefined) record.value = record.previous = doc.current;
    if (kr.type === 'binary') record.done = doc.done ?? false;
    record.unchanged = true;
  }
  if (request.value !== undefined) {
    if (!VALUE_TYPES.has(kr.type)) refuse(`${kr.ref} is a ${kr.type} key result; ${hintFor(kr)}`);
    edits.push({ path: [...base, 'current'], value: request.value });
    record.value = request.value;
    if (doc.current !== undefined) record.previous = doc.current;
    if (doc.current === request.value) record.unchanged = true;
  }
  if (request.done !== undefined) {
    if (kr.type !== 'binary') refuse(`${kr.ref} is a ${kr.type} key result; ${hintFor(kr)}`);
    edits.push({ path: [...base, 'done'], value: request.done });
    record.done = request.done;
    if ((doc.done ?? false) === request.done) record.unchanged = true;
  }
  if (request.milestone !== undefined) {
    if (kr.type !== 'milestone') refuse(`${kr.ref} is a ${kr.type} key result; ${hintFor(kr)}`);
    const milestones = doc.milestones ?? [];
    const titles = milestones.map((m) => m.title);
    let index = titles.indexOf(request.milestone);
    if (index < 0) index = titles.findIndex((t) => t.toLowerCase() === request.milestone!.toLowerCase());
    if (index < 0) {
      const guess = didYouMean(request.milestone, titles);
      refuse(`${kr.ref} has no milestone '${request.milestone}'${guess ? ` (did you mean '${guess}'?)` : ''}; its milestones: ${titles.map((t) => `'${t}'`).join(', ')}`);
    }
    if (milestones[index].done) refuse(`milestone '${titles[index]}' of ${kr.ref} is already done`);
    edits.push({ path: [...base, 'milestones', index, 'done'], value: true });
    record.milestone = titles[index];
  }
  if (request.score !== undefined) {
    edits.push({ path: [...base, 'score'], value: request.score });
    record.score = request.score;
  }
  if (request.clearScore) {
    if (doc.score === undefined) refuse(`${kr.ref} has no score entered by hand to clear`);
    removals.push([...base, 'score']);
    record.clearedScore = doc.score;
  } else if (doc.score !== undefined && request.score === undefined && (request.value !== undefined || request.done !== undefined || request.milestone !== undefined)) {
    warnings.push(handScoreWarning(kr, doc.score, request));
  }
  if (request.confidence !== undefined) {
    edits.push({ path: [...base, 'confidence'], value: request.confidence });
    record.confidence = request.confidence;
  }
  if (edits.length === 0 && removals.length === 0 && !request.unchanged) refuse(`nothing to record for ${kr.ref}: ${hintFor(kr)}, and/or --confidence (or --unchanged when nothing moved)`);
  return { request, kr, file: kr.objective.unit.loaded.file, edits, removals, record, warnings };
}

/**
 * A score entered by hand wins over the computed one (SPEC 4.1), so a new value does not move
 * the key result's score: say so, and how to let the value count again.
 */
function handScoreWarning(kr: KeyResultNode, score: number, request: CheckinRequest): string {
  const what = request.value !== undefined ? 'its value' : request.done !== undefined ? 'whether it is done' : 'its milestones';
  return `${kr.ref} has a score entered by hand (${score}), which wins over what this check-in records: its score stays ${score}. `
    + `Run okr checkin ${kr.ref} --clear-score (or delete its score: line) to score it by ${what} again, or give --score S for another score by hand`;
}

/** The flag that records progress on this kind of key result. */
export function hintFor(kr: KeyResultNode): string {
  switch (kr.type) {
    case 'metric':
    case 'baseline':
    case 'maintain':
      return 'record its value with --value N';
    case 'binary':
      return 'record it with --done (or --not-done)';
    case 'milestone':
      return 'record a milestone with --milestone TITLE';
    case 'rollup':
      return 'its score comes from the objectives aligned to it; enter one by hand with --score S';
  }
}
