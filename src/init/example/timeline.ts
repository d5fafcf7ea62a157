// The demo history as a list of steps, each a commit's worth of value changes: drafts,
// postings, the story's hand edits, and weekly check-ins by the key-result leads whose
// numbers move towards the values of the final files and reach them at each KR's last
// check-in. Values only: the text of each version is made from the final file
// (text-edit.ts), so comments and layout are the same in every commit.

import { formatCheckinMessage, type CheckinRecord } from '../../git/checkin-message.js';
import { sourceLabel } from '../../sources/source-label.js';
import { syncSubject } from '../../sync/plan.js';
import type { CycleDoc, KeyResultDoc, UnitDoc } from '../../model.js';
import { addDays, toDays } from '../cycle.js';
import { between, pick, seeded, type Random } from './random.js';
import { STORY } from './story.js';
import type { Path, Source } from './text-edit.js';

type Value = string | number | boolean;

/** Back to what the final file says (for a list item: there again). */
export const FINAL = Symbol('final');

export interface Change {
  file: string;
  path: Path;
  /** null: the key or item is not in the file yet. */
  to: Value | null | typeof FINAL;
}

export interface Step {
  /** YYYY-MM-DDTHH:MM, UTC. */
  at: string;
  author: string;
  message: string;
  changes: Change[];
  /** Unit files that first appear in this step. */
  create: string[];
  /** A commit that changes no file: okr sync reading a value that stayed the same. */
  empty?: boolean;
}

interface KeyResult {
  ref: string;
  file: string;
  path: Path;
  doc: KeyResultDoc;
}

interface Slot {
  date: string;
  time: string;
}

export interface TimelineInput {
  /** The final Q4 unit files by repository-relative path. */
  files: Map<string, Source>;
  cycle: CycleDoc;
  /** The last day of the history. */
  end: string;
}

export function fileOf(unit: string): string {
  return `okrs/${STORY.cycle}/${unit}.yaml`;
}

export function storyTimeline({ files, cycle, end }: TimelineInput): Step[] {
  const units = STORY.units.map((plan) => {
    const file = fileOf(plan.unit);
    const source = files.get(file);
    if (!source) throw new Error(`the example has no ${file}`);
    return { ...plan, file, doc: source.doc.toJS() as UnitDoc };
  });
  const event = (e: { at: string; author: string; message: string }, changes: Change[] = []): Step => ({ at: e.at, author: e.author, message: e.message, changes, create: [] });
  const steps: Step[] = [event(STORY.setup)];
  const draftChanges = new Map<string, Change[]>(units.map((u) => [u.file, []]));
  const keyResults = units.flatMap((u) => keyResultsOf(u.file, u.doc));
  const find = (ref: string): KeyResult => {
    const found = keyResults.find((kr) => kr.ref === ref);
    if (!found) throw new Error(`the example has no key result ${ref}`);
    return found;
  };

  // Drafts and postings.
  for (const unit of units) {
    const name = unit.doc.name ?? unit.doc.unit;
    if (unit.doc.status !== 'draft') draftChanges.get(unit.file)!.push({ file: unit.file, path: ['status'], to: 'draft' });
    steps.push({ at: unit.drafted, author: unit.doc.lead!, message: `Draft the ${STORY.cycle} OKRs of ${name}\n`, changes: draftChanges.get(unit.file)!, create: [unit.file] });
    if ('posted' in unit) {
      steps.push({
        at: unit.posted, author: unit.doc.lead!, create: [],
        message: `Post the ${STORY.cycle} OKRs of ${name} (${unit.doc.status})\n`,
        changes: [{ file: unit.file, path: ['status'], to: FINAL }],
      });
    }
  }

  // The hand edits.
  const dropped = find(STORY.dropped.ref);
  draftChanges.get(dropped.file)!.push({ file: dropped.file, path: [...dropped.path, 'status'], to: null });
  steps.push(event(STORY.dropped, [{ file: dropped.file, path: [...dropped.path, 'status'], to: FINAL }]));

  const added = find(STORY.addedMidCycle.ref);
  draftChanges.get(added.file)!.push({ file: added.file, path: added.path, to: null });
  steps.push(event(STORY.addedMidCycle, [{ file: added.file, path: added.path, to: FINAL }]));

  const eased = find(STORY.eased.ref);
  const before = Object.entries(STORY.eased.before);
  draftChanges.get(eased.file)!.push(...before.map(([key, value]) => ({ file: eased.file, path: [...eased.path, key], to: value })));
  steps.push(event(STORY.eased, before.map(([key]) => ({ file: eased.file, path: [...eased.path, key], to: FINAL }))));

  const byOthers = find(STORY.byOthers.ref);
  steps.push(event({ ...STORY.byOthers, at: `${end}T${STORY.byOthers.time}` }, [{ file: byOthers.file, path: [...byOthers.path, 'current'], to: FINAL }]));

  // Weekly check-ins: one commit per lead, unit file and week.
  const availableFrom = new Map(units.map((u) => [u.file, ('posted' in u ? u.posted : u.drafted).slice(0, 10)]));
  const groups = new Map<string, KeyResult[]>();
  for (const kr of keyResults) {
    const key = `${kr.doc.lead}\u0000${kr.file}`;
    groups.set(key, [...(groups.get(key) ?? []), kr]);
  }
  for (const [key, members] of groups) {
    const [lead, file] = key.split('\u0000');
    const quiet = STORY.quiet.find((q) => q.lead === lead && fileOf(q.unit) === file)?.weeks ?? 0;
    const slots = schedule(seeded(key), cycle.start, availableFrom.get(file)!, addDays(end, -7 * quiet), end);
    const commits = new Map<string, CheckinRecord[]>();
    const changes = new Map<string, Change[]>();
    for (const kr of members) {
      const from = kr.ref === added.ref ? STORY.addedMidCycle.at.slice(0, 10) : '';
      const track = trackOf(kr, slots.filter((s) => s.date > from), kr.ref === byOthers.ref, kr.doc.source !== undefined);
      draftChanges.get(kr.file)!.push(...track.initial);
      // A key result with a source is read by the lead's `okr sync`: its own commit, with
      // the trailers sync writes, beside the check-in the lead types.
      const source = kr.doc.source ? sourceLabel(kr.doc.source) : undefined;
      for (const checkin of track.checkins) {
        const at = source ? `${checkin.slot}${SYNC}` : checkin.slot;
        const records = source ? checkin.records.map((record) => ({ ...record, source, cycle: STORY.cycle })) : checkin.records;
        commits.set(at, [...(commits.get(at) ?? []), ...records]);
        changes.set(at, [...(changes.get(at) ?? []), ...checkin.changes]);
      }
    }
    const notes = seeded(`${key} notes`);
    for (const slot of slots) {
      const at = `${slot.date}T${slot.time}`;
      const read = commits.get(`${slot.date}${SYNC}`);
      const readChanges = changes.get(`${slot.date}${SYNC}`) ?? [];
      if (read) steps.push({ at, author: lead, message: formatCheckinMessage(read, syncMessageSubject(read)), changes: readChanges, create: [], empty: readChanges.length === 0 });
      const records = commits.get(slot.date);
      if (!records) continue;
      if (notes() < 0.4) records[0].note = pick(notes, STORY.notes);
      steps.push({ at, author: lead, message: formatCheckinMessage(records), changes: changes.get(slot.date)!, create: [] });
    }
  }
  return steps.sort((a, b) => a.at.localeCompare(b.at));
}

/** Marks the commits of a slot that `okr sync` made. */
const SYNC = '\u0000sync';

/** The subject okr sync gives a run, from the check-ins it records. */
function syncMessageSubject(records: CheckinRecord[]): string {
  return syncSubject(records.map((record) => ({
    ref: record.ref, source: record.source ?? '', old: record.previous ?? null, new: record.value ?? record.done ?? null, unit: record.unit ?? null, outcome: 'changed',
  })));
}

function keyResultsOf(file: string, unit: UnitDoc): KeyResult[] {
  return (unit.objectives ?? []).flatMap((objective, o) => (objective.keyResults ?? []).map((doc, k) => ({
    ref: `${unit.unit}/${objective.id}/${doc.id}`, file, doc, path: ['objectives', o, 'keyResults', k],
  })));
}

/**
 * The days a lead checks in on one unit's key results: a habitual weekday and hour, every
 * week from the posting to `last`, now and then a week skipped (never in the last two).
 */
function schedule(random: Random, cycleStart: string, after: string, last: string, end: string): Slot[] {
  const weekday = between(random, 0, 4);
  const hour = between(random, 9, 16);
  const monday = addDays(cycleStart, -((toDays(cycleStart) + 3) % 7)); // 1970-01-01 was a Thursday
  const slots: Slot[] = [];
  for (let date = addDays(monday, weekday); date <= last; date = addDays(date, 7)) {
    const skipped = random() < 0.12 && date < addDays(end, -14);
    const time = `${String(hour).padStart(2, '0')}:${String(between(random, 0, 59)).padStart(2, '0')}`;
    if (date > after && date >= cycleStart && !skipped) slots.push({ date, time });
  }
  return slots;
}

interface Track {
  initial: Change[];
  checkins: { slot: string; records: CheckinRecord[]; changes: Change[] }[];
}

/**
 * One key result's check-ins: where its values start (set in the draft) and what each
 * check-in records. The last check-in leaves the final values, or, when someone else makes
 * the last change by hand (`byOthers`), the one before it. A key result read from a source
 * (`confirms`) is read every week: a value that stayed the same is recorded all the same.
 */
function trackOf(kr: KeyResult, slots: Slot[], byOthers: boolean, confirms: boolean): Track {
  const { doc, file, path, ref } = kr;
  const random = seeded(ref);
  const n = slots.length;
  const steps = n + (byOthers ? 1 : 0);
  const at = (key: string | number, ...rest: (string | number)[]): Path => [...path, key, ...rest];
  const initial: Change[] = [];
  if (n === 0) return { initial, checkins: [] };

  const precision = Math.max(...[doc.start, doc.target, doc.current].map(decimals));
  const kind = doc.milestones ? 'milestone' : doc.done !== undefined ? 'binary' : doc.type === 'rollup' ? 'rollup'
    : doc.min !== undefined || doc.max !== undefined ? 'maintain' : doc.type === 'baseline' ? 'baseline' : 'metric';
  const finalValue = doc.current;
  let value: number | null = finalValue ?? null;
  if (finalValue !== undefined && kind === 'metric' && doc.start !== undefined) value = doc.start;
  if (finalValue !== undefined && kind === 'baseline') value = null;
  if (finalValue !== undefined && value !== finalValue) initial.push({ file, path: at('current'), to: value });

  let confidence: number | null = null;
  // Confidence drifts from a first guess towards the final one; where the story wants a fall
  // into the low band at the last check-in, towards the value before the fall.
  const before = STORY.confidenceBefore[ref];
  const aim = before ?? doc.confidence ?? 0;
  const aimSteps = before !== undefined ? n - 1 : n;
  const startConfidence = clamp(round(aim + pick(random, [0.2, 0.1, 0.1, 0, -0.1]), 1), 0.3, 0.9);
  if (doc.confidence !== undefined) initial.push({ file, path: at('confidence'), to: null });

  const milestoneSlot = new Map<number, number>();
  const doneMilestones = (doc.milestones ?? []).map((m, i) => (m.done ? i : -1)).filter((i) => i >= 0);
  doneMilestones.forEach((index, j) => {
    milestoneSlot.set(index, clamp(Math.round(((j + 1) * n) / (doneMilestones.length + 1)), 1, n));
    initial.push({ file, path: at('milestones', index, 'done'), to: false });
  });
  const doneSlot = doc.done === true ? Math.max(1, Math.round(0.6 * n)) : 0;
  if (doneSlot) initial.push({ file, path: at('done'), to: false });
  const scoreSlot = doc.score !== undefined ? Math.max(1, Math.round(0.7 * n)) : 0;
  if (scoreSlot) initial.push({ file, path: at('score'), to: null });
  const baselineSlot = Math.ceil(n / 2);

  const checkins: Track['checkins'] = [];
  for (let i = 1; i <= n; i++) {
    const date = slots[i - 1].date;
    const records: CheckinRecord[] = [];
    const changes: Change[] = [];
    const next = finalValue === undefined ? null : valueAt(i);
    if (next !== value && next !== null) {
      records.push({ ref, date, value: next, ...(value !== null ? { previous: value } : {}), ...(doc.unit ? { unit: doc.unit } : {}) });
      changes.push({ file, path: at('current'), to: next === finalValue ? FINAL : next });
      value = next;
    }    else if (confirms && next !== null) records.push({ ref, date, value: next, ...(doc.unit ? { unit: doc.unit } : {}) });
    for (const [index, slot] of milestoneSlot) {
      if (slot !== i) continue;
      records.push({ ref, date, milestone: doc.milestones![index].title });
      changes.push({ file, path: at('milestones', index, 'done'), to: FINAL });
    }
    if (doneSlot === i) {
      records.push({ ref, date, done: true });
      changes.push({ file, path: at('done'), to: FINAL });
    }
    if (scoreSlot === i) {
      records.push({ ref, date, score: doc.score });
      changes.push({ file, path: at('score'), to: FINAL });
    }
    if (doc.confidence !== undefined) {
      const next = i === n ? doc.confidence : i >= aimSteps ? aim : round(startConfidence + ((aim - startConfidence) * i) / aimSteps, 1);
      if (next !== confidence && records.length === 0) records.push({ ref, date });
      if (next !== confidence) changes.push({ file, path: at('confidence'), to: next === doc.confidence ? FINAL : next });
      if (records.length > 0) records[0].confidence = next;
      confidence = next;
    }
    if (records.length > 0) checkins.push({ slot: date, records, changes });
  }
  return { initial, checkins };

  /** The value recorded at check-in i of `steps`: on the way from start to the final value. */
  function valueAt(i: number): number | null {
    const last = finalValue!;
    if (i === steps) return last;
    switch (kind) {
      case 'metric': {
        const start = doc.start ?? last;
        const progress = clamp(i / steps + (random() - 0.5) * 0.12, 0, 1);
        const value = round(start + (last - start) * progress, precision);
        // Before someone else's last edit the lead's number must differ, or that edit is empty.
        return value === last && byOthers ? round(last - Math.sign(last - start) * 10 ** -precision, precision) : value;
      }
      case 'baseline':
        return i < baselineSlot ? null : round(last * (0.75 + (0.25 * (i - baselineSlot)) / Math.max(1, steps - baselineSlot)), precision);
      case 'maintain': {
        const wiggle = round(last + between(random, -2, 2) * 10 ** -precision, precision);
        return clamp(wiggle, doc.min ?? -Infinity, doc.max ?? Infinity);
      }
      default:
        return last;
    }
  }
}

function decimals(value: number | undefined): number {
  if (value === undefined || Number.isInteger(value)) return 0;
  return String(value).split('.')[1]?.length ?? 0;
}

function round(value: number, places: number): number {
  return Number(value.toFixed(places));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
