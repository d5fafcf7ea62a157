// Walking the commits of `git log --reverse --topo-order -p` one by one: each file patch turns
// the version it was made against into the next one, and the difference between the two
// documents becomes events. Versions are held by blob id, so a patch always finds exactly the
// version it applies to, whatever the branches; one no longer held (a second branch from the
// same commit) is read with `git cat-file`. In a linear history each version is edited in
// place and re-keyed, so nothing is copied.

import { parseCheckinMessage, type ParsedCheckin } from './checkin-message.js';
import type { BlobReader } from './history-blobs.js';
import type { FileRecord, HistoryEvent, HistoryResult } from './history.js';
import type { LogRecord } from './history-log.js';
import { applyHunks, parsePatch, toFileText, type FilePatch } from './history-patch.js';
import { diffUnit, type FieldChange } from './history-unit-diff.js';
import { applyIncrementally, parseVersion, type UnitData, type Version } from './history-version.js';
import type { CycleDoc } from '../model.js';

export interface WalkerOptions {
  cycle: CycleDoc;
  shallow: boolean;
  /** Parse every version in full (tests check the incremental path against this). */
  fullParse: boolean;
  /** Whether a path (relative to git's top) is a unit file of the cycle. */
  relevant(path: string): boolean;
  /** A path relative to git's top, made relative to the OKR repository root. */
  toRoot(path: string): string;
  blobs: BlobReader;
}

/** A unit file across renames: its events name their items by the unit id it ends with. */
interface Lineage {
  unit: string;
  /** Items (ids joined by '/', '' for the unit) seen so far, for "first appears". */
  seen: Set<string>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMPTY: Version = { lines: [], eol: false, data: null, broken: false, index: null };

export function createWalker(options: WalkerOptions) {
  const { relevant, toRoot, blobs } = options;
  const threshold = options.cycle.postBy ?? options.cycle.start;
  const versions = new Map<string, Version>();
  /** The blob each path holds now: a pure rename has no `index` line to say it. */
  const blobOfPath = new Map<string, string>();
  const lineages = new Map<string, Lineage>();
  const files = new Map<string, FileRecord>();
  const events: HistoryEvent[] = [];
  /** Each event's lineage, to rename its item at the end if its file was renamed later. */
  const eventLineages: Lineage[] = [];
  const dates = new Map<number, string>();
  let start: string | null = null;

  async function fetchVersion(spec: string, lastGood: UnitData | null = null): Promise<Version> {
    const text = await blobs.read(spec);
    return text === null ? { lines: [], eol: false, data: lastGood, broken: true, index: null } : parseVersion(toFileText(text), lastGood);
  }

  /** The version a patch was made against: taken out to be edited in place, or copied. */
  async function baseVersion(patch: FilePatch, record: LogRecord, copy: boolean): Promise<Version> {
    const blob = patch.oldBlob ?? (patch.oldPath ? blobOfPath.get(patch.oldPath) : undefined);
    let version = blob ? versions.get(blob) : undefined;
    if (version && !copy) versions.delete(blob!);
    version ??= await fetchVersion(blob ?? `${record.parents[0]}:${patch.oldPath}`);
    // Documents are never edited in place (history-version.ts), so a copy shares its data.
    return copy ? { ...version, lines: version.lines.slice(), index: null } : version;
  }

  /** The document after the patch, and what changed. */
  async function transition(patch: FilePatch, record: LogRecord, merge: boolean): Promise<{ changes: FieldChange[]; after: UnitData | null }> {
    const oldRelevant = patch.oldPath !== null && relevant(patch.oldPath);
    const newRelevant = patch.newPath !== null && relevant(patch.newPath);
    if (!newRelevant) {
      const base = await baseVersion(patch, record, true);
      return { changes: diffUnit(base.data, null), after: null };
    }
    if (oldRelevant && patch.hunks.length === 0 && !patch.binary) {
      // A pure rename, or a change of mode: the same content.
      const blob = blobOfPath.get(patch.oldPath!);
      return { changes: [], after: (blob ? versions.get(blob)?.data : undefined) ?? null };
    }
    // A file new to the cycle starts from nothing, even if it was renamed from outside.
    const fresh = !oldRelevant || patch.status === 'added';
    const base = fresh ? { ...EMPTY, lines: [] } : await baseVersion(patch, record, merge);
    const before = fresh ? null : base.data;
    let version: Version = base;
    let changes = options.fullParse || merge || patch.binary ? null : applyIncrementally(base, patch.hunks);
    if (!changes) {
      if (fresh && patch.oldPath !== null) {
        version = await fetchVersion(patch.newBlob ?? `${record.hash}:${patch.newPath}`);
      } else if (patch.binary || !applyHunks(base, patch.hunks)) {
        version = await fetchVersion(patch.newBlob ?? `${record.hash}:${patch.newPath}`, before);
      } else {
        version = parseVersion(base, before);
      }
      changes = version.broken ? [] : diffUnit(before, version.data);
    }
    if (patch.newBlob) versions.set(patch.newBlob, version);
    return { changes, after: version.data };
  }

  /** Follows renames: the lineage, blob and file record move with the file. */
  function bookkeep(patch: FilePatch, record: LogRecord, date: string): Lineage {
    const oldPath = patch.oldPath !== null && relevant(patch.oldPath) ? patch.oldPath : null;
    const newPath = patch.newPath !== null && relevant(patch.newPath) ? patch.newPath : null;
    let lineage = oldPath ? lineages.get(oldPath) : undefined;
    if (!lineage || !oldPath || patch.status === 'added') lineage = { unit: stem(newPath ?? oldPath!), seen: new Set() };
    const known = oldPath ? files.get(oldPath) : undefined;
    if (oldPath) {
      lineages.delete(oldPath);
      files.delete(oldPath);
    }
    const blob = patch.newBlob ?? (oldPath ? blobOfPath.get(oldPath) : undefined);
    if (oldPath) blobOfPath.delete(oldPath);
    if (newPath) {
      lineage.unit = stem(newPath);
      lineages.set(newPath, lineage);
      if (blob) blobOfPath.set(newPath, blob);
    }
    const path = newPath ?? oldPath!;
    const file: FileRecord = known ?? { path: '', unit: '', lastCommit: record.hash, lastDate: date, deleted: false };
    file.path = toRoot(path);
    file.unit = lineage.unit;
    if (!known || date >= file.lastDate) {
      file.lastDate = date;
      file.lastCommit = record.hash;
    }
    file.deleted = newPath === null;
    files.set(path, file);
    return lineage;
  }

  async function commit(record: LogRecord): Promise<void> {
    const date = utcDate(record.time);
    if (start === null || date < start) start = date;
    // The oldest commit of a shallow clone has lost its parents: what it "adds" is where the
    // history starts, not a change.
    const boundary = options.shallow && record.parents.length === 0;
    const merge = record.patches.length > 1;
    let message: ReturnType<typeof parseCheckinMessage> | null | undefined;
    for (const patch of parsePatch(record.patches[0])) {
      const oldRelevant = patch.oldPath !== null && relevant(patch.oldPath);
      const newRelevant = patch.newPath !== null && relevant(patch.newPath);
      if (!oldRelevant && !newRelevant) continue;
      const unitBefore = oldRelevant ? (lineages.get(patch.oldPath!)?.unit ?? stem(patch.oldPath!)) : null;
      const { changes, after } = await transition(patch, record, merge);
      const lineage = bookkeep(patch, record, date);
      const unitThen = newRelevant ? lineage.unit : unitBefore!;
      const kept = merge ? await newInEveryParent(changes, after, patch, record) : changes;
      if (kept.length === 0) continue;
      message ??= record.message.includes('OKR-Ref:') ? parseCheckinMessage(record.message) : null;
      const file = toRoot(patch.newPath ?? patch.oldPath!);
      for (const change of kept) {
        const local = change.ids.length === 0 ? '' : change.ids.length === 1 ? change.ids[0] : change.ids.join('/');
        const item = change.field === change.item;
        const firstTime = item && change.change === 'added' && !lineage.seen.has(local);
        if (firstTime) lineage.seen.add(local);
        if (boundary) continue;
        events.push(eventOf(change, record, date, local ? `${unitThen}/${local}` : unitThen, unitThen, firstTime, message, file));
        eventLineages.push(lineage);
      }
    }
  }

  /**
   * A merge is shown once per parent. A change counts only if it is also a change against
   * every other parent: otherwise it came in with a branch whose own commits said it.
   */
  async function newInEveryParent(changes: FieldChange[], after: UnitData | null, patch: FilePatch, record: LogRecord): Promise<FieldChange[]> {
    let kept = changes;
    const path = patch.newPath ?? patch.oldPath;
    for (let k = 1; k < record.patches.length && kept.length > 0; k++) {
      const mine = parsePatch(record.patches[k]).find((p) => (p.newPath ?? p.oldPath) === path);
      if (!mine) return []; // the merge kept this parent's version as it was
      let before: UnitData | null = null;
      if (mine.oldPath !== null && relevant(mine.oldPath)) {
        const blob = mine.oldBlob ?? blobOfPath.get(mine.oldPath);
        before = ((blob ? versions.get(blob) : undefined) ?? (await fetchVersion(blob ?? `${record.parents[k]}:${mine.oldPath}`))).data;
      }
      const keys = new Set(diffUnit(before, after).map(changeKey));
      kept = kept.filter((change) => keys.has(changeKey(change)));
    }
    return kept;
  }

  function eventOf(change: FieldChange, record: LogRecord, authored: string, ref: string, unit: string, firstTime: boolean, message: ReturnType<typeof parseCheckinMessage> | null | undefined, file: string): HistoryEvent {
    let trailer: ParsedCheckin | undefined;
    if (message) for (const checkin of message.checkins) if (checkin.ref === ref) trailer = checkin;
    const date = trailer?.date !== undefined && DATE.test(trailer.date) ? trailer.date : authored;
    // Keys in reading order: what, what changed, when and by whom, why. formerRef is filled
    // in at the end for items whose file was renamed later.
    // Absent values stay undefined (not deleted, which would slow every later access).
    const event: HistoryEvent = { ref, formerRef: undefined, unit, item: change.item, kind: change.kind, field: change.field, change: change.change, from: change.from, to: change.to, milestone: change.milestone, date, commit: record.hash, author: record.author, via: trailer ? 'checkin' : 'edit', note: undefined, midCycle: undefined, stopped: undefined, file };
    const note = trailer ? message!.notes.get(ref) : messageOf(record.message, Boolean(message));
    if (note) event.note = note;
    if (firstTime && date > threshold) event.midCycle = true;
    if (change.change === 'removed' && change.field === change.item && date > threshold) event.stopped = true;
    return event;
  }

  function utcDate(seconds: number): string {
    const day = Math.floor(seconds / 86400);
    let date = dates.get(day);
    if (date === undefined) {
      date = new Date(day * 86400000).toISOString().slice(0, 10);
      dates.set(day, date);
    }
    return date;
  }

  return {
    commit,
    result(): HistoryResult {
      events.forEach((event, i) => {
        const lineage = eventLineages[i];
        if (lineage.unit === event.unit) return;
        event.formerRef = event.ref;
        event.ref = lineage.unit + event.ref.slice(event.unit.length);
        event.unit = lineage.unit;
      });
      return {
        cycle: options.cycle.id,
        shallow: options.shallow,
        start,
        files: [...files.values()].sort((a, b) => a.path.localeCompare(b.path)),
        events,
      };
    },
  };
}

function changeKey(change: FieldChange): string {
  return `${change.item}\0${change.ids.join('/')}\0${change.field}\0${change.change}\0${change.milestone ?? ''}\0${JSON.stringify(change.to ?? null)}`;
}

function stem(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.ya?ml$/, '');
}

/** An edit's note is its commit message, less any check-in trailers. */
function messageOf(message: string, hasTrailers: boolean): string | undefined {
  let text = message.includes('\r') ? message.replace(/\r\n/g, '\n').trim() : message.trim();
  if (hasTrailers) {
    const lines = text.split('\n');
    while (lines.length > 0 && /^OKR-[A-Za-z]+: /.test(lines[lines.length - 1])) lines.pop();
    text = lines.join('\n').trim();
  }
  return text === '' ? undefined : text;
}
