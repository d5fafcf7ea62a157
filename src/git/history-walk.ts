// Walking `git log -p` from the newest commit to the oldest, as git prints it: git starts
// printing at once instead of first walking the whole history, and the files' newest
// versions (read from git the first time a patch names them) are rebuilt backwards, each patch
// turning the version after a commit into the version before it. The difference between the
// two documents becomes that commit's events; they are put in oldest-first order at the end.
//
// Versions are held by blob id, so a patch always finds exactly the version it applies to,
// whatever the branches; one no longer held is read with `git cat-file`. In a linear history
// each version is edited in place and re-keyed, so nothing is copied.
//
// A version that does not parse has no document. Changes across such versions are counted
// where the file became readable again, as if read forwards: a file broken by one commit and
// fixed by a later one shows the fix's changes against the last version that parsed.
//
// A commit whose trailers name a key result (OKR-Ref) that its changes leave where it was is
// a check-in all the same (SPEC 9): an empty `okr checkin` commit when the value did not
// move, or an `okr sync` that read a source and found the same number. Each such trailer
// group becomes a `checkin` event (history-confirmations.ts), named as of that commit and
// kept at the end if the key result existed then and the date lies inside the cycle.

import { parseCheckinMessage, type ParsedCheckin } from './checkin-message.js';
import { checkinDate, confirmationEvent, inCycle, keyResultNamed, namesCycle } from './history-confirmations.js';
import type { BlobReader } from './history-blobs.js';
import type { FileRecord, HistoryEvent, HistoryResult } from './history.js';
import type { LogRecord } from './history-log.js';
import { applyHunks, parsePatch, toFileText, type FilePatch } from './history-patch.js';
import { diffUnit, type FieldChange } from './history-unit-diff.js';
import { applyIncrementally, diffTouched, parseVersion, reverseHunks, type UnitData, type Version } from './history-version.js';
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
  /** Contents read ahead by blob id: the files as they are at HEAD, where the walk starts. */
  preloaded?: Promise<Map<string, string>>;
  /** The unit files (paths relative to git's top) at HEAD: where trailers find a file no commit has touched yet. */
  headPaths?: Promise<string[]>;
}

/** A unit file's life under one or more names: its items are named by its last unit id. */
interface Lineage {
  unit: string;
}

/** A commit that changed a file, as its events need it. */
interface Moment {
  record: LogRecord;
  bucket: number;
  date: string;
  /** The unit id the file had after the commit. */
  unitThen: string;
  file: string;
}

/** A readable version (or no file) after a commit, waiting for the last readable one before it. */
interface Target extends Moment {
  data: UnitData | null;
}

/** A check-in that changed nothing of its key result, held until the walk knows whether the KR existed then. */
interface Confirmation {
  event: HistoryEvent;
  lineage: Lineage;
  /** objective/KR below the unit. */
  local: string;
  bucket: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function createWalker(options: WalkerOptions) {
  const { relevant, toRoot, blobs } = options;
  const threshold = options.cycle.postBy ?? options.cycle.start;
  const versions = new Map<string, Version>();
  /** The blob of the version held for each path (a pure rename has no `index` line to say it). */
  const blobOfPath = new Map<string, string>();
  /** The file each path names, as of the oldest commit walked so far. */
  const lineages = new Map<string, Lineage>();
  /** The paths of `lineages` by unit id (file stem): how a trailer's unit finds its file. */
  const pathsByStem = new Map<string, Set<string>>();
  /** Every path a walked commit named: any other unit file is still as HEAD has it. */
  const walkedPaths = new Set<string>();
  let headByStem: Map<string, string> | null = null;
  const confirmations: Confirmation[] = [];
  /** Newer readable versions waiting across unreadable ones. */
  const waiting = new Map<Lineage, Target>();
  /** Events per commit, newest commit first. */
  const buckets: HistoryEvent[][] = [];
  const files = new Map<Lineage, FileRecord>();
  /** The oldest "added" event of each item (null: it was there where history starts). */
  const firstAdded = new Map<Lineage, Map<string, { event: HistoryEvent; bucket: number } | null>>();
  const dates = new Map<number, string>();
  let start: string | null = null;

  async function fetchVersion(spec: string): Promise<{ id: string | null; version: Version }> {
    const blob = await blobs.read(spec);
    if (blob === null) return { id: null, version: { lines: [], eol: false, data: null, broken: true, index: null } };
    return { id: blob.id, version: parseVersion(toFileText(blob.text)) };
  }

  /** The version a file has after a commit, and its blob id when known. */
  async function versionAfter(patch: FilePatch, path: string, record: LogRecord): Promise<{ blob: string | undefined; version: Version }> {
    const blob = patch.newBlob ?? blobOfPath.get(path);
    const held = blob ? versions.get(blob) : undefined;
    if (held) return { blob, version: held };
    const preloaded = blob && options.preloaded ? (await options.preloaded).get(blob) : undefined;
    if (preloaded !== undefined) {
      const version = parseVersion(toFileText(preloaded));
      versions.set(blob!, version);
      return { blob, version };
    }
    const { id, version } = await fetchVersion(blob ?? `${record.hash}:${path}`);
    if (id) versions.set(id, version);
    return { blob: id ?? blob, version };
  }

  /**
   * Turns the version after the commit into the one before it, in place. Returns what the
   * incremental path touched (null when it re-parsed instead).
   */
  async function rewind(after: Version, patch: FilePatch, record: LogRecord, parent: string | undefined): Promise<{ before: Version; touched: ReturnType<typeof applyIncrementally> }> {
    if (!patch.binary && !options.fullParse) {
      const touched = applyIncrementally(after, reverseHunks(patch.hunks));
      if (touched) return { before: after, touched };
    }
    if (!patch.binary && applyHunks(after, reverseHunks(patch.hunks))) return { before: parseVersion(after), touched: null };
    const { version } = await fetchVersion(patch.oldBlob ?? `${parent}:${patch.oldPath}`);
    return { before: version, touched: null };
  }

  async function commit(record: LogRecord): Promise<void> {
    const sets = record.patches.map(parsePatch);
    const touches = sets.some((set) => set.some((patch) => (patch.oldPath !== null && relevant(patch.oldPath)) || (patch.newPath !== null && relevant(patch.newPath))));
    const message = record.message.includes('OKR-Ref:') ? parseCheckinMessage(record.message) : null;
    // The log lists every commit (--sparse): most of them may be about other folders.
    if (!touches && !message?.checkins.length) return;
    const bucket = buckets.length;
    buckets.push([]);
    const date = utcDate(record.time);
    if (touches && (start === null || date < start)) start = date;
    // The key results the trailers name, found as they are after the commit: before its
    // patches turn the walk's state into the one before it.
    const named = message ? await nameKeyResults(message, record, bucket, date) : [];
    if (sets.length > 1) await mergeCommit(record, sets, bucket, date);
    else for (const patch of sets[0]) await filePatch(patch, record, bucket, date);
    for (const confirmation of named) {
      const moved = buckets[bucket].some((event) => event.ref === confirmation.event.ref && event.kind === 'progress');
      if (!moved) confirmations.push(confirmation);
    }
  }

  /** Each key result a trailer group names, with its file's lineage, as check-ins that may have changed nothing. */
  async function nameKeyResults(message: ReturnType<typeof parseCheckinMessage>, record: LogRecord, bucket: number, date: string): Promise<Confirmation[]> {
    if (headByStem === null) {
      headByStem = new Map();
      for (const path of (await options.headPaths?.catch(() => [])) ?? []) if (!headByStem.has(stem(path))) headByStem.set(stem(path), path);
    }
    const named: Confirmation[] = [];
    for (const group of message.checkins) {
      const target = keyResultNamed(group.ref);
      // Dated in another cycle's span: most trailers the log shows, in a repository of many cycles.
      if (!target || !inCycle(checkinDate(group, date), options.cycle) || !namesCycle(group, options.cycle)) continue;
      const found = fileOfUnit(target.unit);
      if (!found) continue;
      const event = confirmationEvent({ group, message, lineageUnit: found.lineage.unit, local: target.local, date, record, file: toRoot(found.path) });
      if (!named.some((other) => other.event.ref === event.ref)) named.push({ event, lineage: found.lineage, local: target.local, bucket });
    }
    return named;
  }

  /** The unit file named `unit` as the walk stands (after the commit being read), and its lineage. */
  function fileOfUnit(unit: string): { path: string; lineage: Lineage } | undefined {
    for (const path of pathsByStem.get(unit) ?? []) return { path, lineage: lineages.get(path)! };
    const path = headByStem?.get(unit);
    if (path === undefined || walkedPaths.has(path)) return undefined;
    // Untouched since HEAD: its lineage starts here, and older commits of the file will find it.
    const lineage: Lineage = { unit };
    setLineage(path, lineage);
    return { path, lineage };
  }

  function setLineage(path: string, lineage: Lineage): void {
    lineages.set(path, lineage);
    const paths = pathsByStem.get(stem(path));
    if (paths) paths.add(path);
    else pathsByStem.set(stem(path), new Set([path]));
  }

  function dropLineage(path: string): void {
    if (lineages.delete(path)) pathsByStem.get(stem(path))?.delete(path);
  }

  async function filePatch(patch: FilePatch, record: LogRecord, bucket: number, date: string): Promise<void> {
    const beforePath = patch.oldPath !== null && patch.status !== 'added' && relevant(patch.oldPath) ? patch.oldPath : null;
    const afterPath = patch.newPath !== null && relevant(patch.newPath) ? patch.newPath : null;
    if (!beforePath && !afterPath) return;
    const lineage = lineageAfter(afterPath, beforePath!);
    const moment: Moment = { record, bucket, date, unitThen: stem(afterPath ?? beforePath!), file: toRoot(afterPath ?? beforePath!) };
    noteFile(lineage, moment, afterPath === null);
    if (afterPath) walkedPaths.add(afterPath);
    if (beforePath) walkedPaths.add(beforePath);

    // The document after the commit, then the one before it.
    let after: Version | null = null;
    let afterBlob: string | undefined;
    let afterData: UnitData | null = null;
    let afterBroken = false;
    if (afterPath) {
      ({ blob: afterBlob, version: after } = await versionAfter(patch, afterPath, record));
      afterData = after.data;
      afterBroken = after.broken;
      // Taken out: it is about to become the version before the commit.
      if (afterBlob) versions.delete(afterBlob);
    }
    let before: Version | null = null;
    let touched: ReturnType<typeof applyIncrementally> = null;
    if (beforePath && !after) {
      before = deletedVersion(patch) ?? (await fetchVersion(patch.oldBlob ?? `${record.parents[0]}:${beforePath}`)).version;
    } else if (beforePath && after && patch.hunks.length === 0 && !patch.binary) {
      before = after; // a pure rename, or a change of mode
    } else if (beforePath && after) {
      ({ before, touched } = await rewind(after, patch, record, record.parents[0]));
    }

    // The path now names what it named before this commit.
    if (afterPath) {
      dropLineage(afterPath);
      blobOfPath.delete(afterPath);
    }
    if (beforePath && before) {
      setLineage(beforePath, lineage);
      const blob = patch.oldBlob ?? (before === after ? afterBlob : undefined);
      if (blob) {
        versions.set(blob, before);
        blobOfPath.set(beforePath, blob);
      }
    }

    const beforeBroken = before !== null && before.broken;
    const target: Target | undefined = afterBroken ? waiting.get(lineage) : { record, bucket, date, unitThen: moment.unitThen, file: moment.file, data: afterData };
    if (beforeBroken) {
      if (target) waiting.set(lineage, target);
      return;
    }
    waiting.delete(lineage);
    if (!target) return;
    const beforeData = before ? before.data : null;
    const changes = touched && target.bucket === bucket && !afterBroken
      ? diffTouched(touched.owners, beforeData!, touched.previous)
      : diffUnit(beforeData, target.data);
    emit(changes, lineage, target, options.shallow && record.parents.length === 0);
  }

  /**
   * A merge is shown once per parent. A change counts only if it is also a change against
   * every other parent: otherwise it came in with a branch whose own commits say it. The
   * versions before the merge are kept for each parent, for the branches walked next.
   */
  async function mergeCommit(record: LogRecord, sets: FilePatch[][], bucket: number, date: string): Promise<void> {
    const afterPathOf = (patch: FilePatch) => (patch.newPath !== null && relevant(patch.newPath) ? patch.newPath : null);
    const beforePathOf = (patch: FilePatch) => (patch.oldPath !== null && patch.status !== 'added' && relevant(patch.oldPath) ? patch.oldPath : null);
    // Each parent's versions, from copies of the merge's (which stay held as they are).
    const befores = sets.map(() => new Map<string, Version | null>());
    const afters = new Map<string, Version | null>();
    for (const [k, set] of sets.entries()) {
      for (const patch of set) {
        const afterPath = afterPathOf(patch);
        const beforePath = beforePathOf(patch);
        if (!afterPath && !beforePath) continue;
        const after = afterPath ? (await versionAfter(patch, afterPath, record)).version : null;
        let before: Version | null = null;
        if (beforePath && !after) {
          before = deletedVersion(patch) ?? (await fetchVersion(patch.oldBlob ?? `${record.parents[k]}:${beforePath}`)).version;
        } else if (beforePath && after) {
          before = patch.hunks.length === 0 && !patch.binary ? after : (await rewind({ ...after, lines: after.lines.slice(), index: null }, patch, record, record.parents[k])).before;
        }
        if (beforePath && before && patch.oldBlob) versions.set(patch.oldBlob, before);
        befores[k].set(afterPath ?? beforePath!, before);
        if (k === 0) afters.set(afterPath ?? beforePath!, after);
      }
    }
    // The first parent's view names the files and carries the events.
    for (const patch of sets[0]) {
      const afterPath = afterPathOf(patch);
      const beforePath = beforePathOf(patch);
      if (!afterPath && !beforePath) continue;
      const key = afterPath ?? beforePath!;
      const lineage = lineageAfter(afterPath, beforePath!);
      const moment: Moment = { record, bucket, date, unitThen: stem(key), file: toRoot(key) };
      noteFile(lineage, moment, afterPath === null);
      if (afterPath) {
        walkedPaths.add(afterPath);
        dropLineage(afterPath);
      }
      if (beforePath) {
        walkedPaths.add(beforePath);
        setLineage(beforePath, lineage);
        if (patch.oldBlob) blobOfPath.set(beforePath, patch.oldBlob);
      }
      waiting.delete(lineage);
      const after = afters.get(key) ?? null;
      const parents = befores.map((map) => map.get(key));
      // A parent whose patch leaves the file out gave the merge its version: nothing new.
      if (parents.some((version) => version === undefined)) continue;
      if (after?.broken || parents.some((version) => version?.broken)) continue;
      let changes = diffUnit(parents[0]?.data ?? null, after?.data ?? null);
      for (const other of parents.slice(1)) {
        const keys = new Set(diffUnit(other?.data ?? null, after?.data ?? null).map(changeKey));
        changes = changes.filter((change) => keys.has(changeKey(change)));
      }
      emit(changes, lineage, { ...moment, data: after?.data ?? null }, false);
    }
  }

  /** The file a path names after a commit: known from a newer commit, or met here first. */
  function lineageAfter(afterPath: string | null, beforePath: string): Lineage {
    const known = afterPath ? lineages.get(afterPath) : undefined;
    return known ?? { unit: stem(afterPath ?? beforePath) };
  }

  /** The newest commit of a file is the first one met: its date is the file's last change. */
  function noteFile(lineage: Lineage, moment: Moment, deleted: boolean): void {
    const known = files.get(lineage);
    if (!known) {
      files.set(lineage, { path: moment.file, unit: lineage.unit, lastCommit: moment.record.hash, lastDate: moment.date, deleted });
    } else if (moment.date > known.lastDate) {
      known.lastDate = moment.date;
      known.lastCommit = moment.record.hash;
    }
  }

  /** A deleted file's last content is all in its patch, unless git called it binary. */
  function deletedVersion(patch: FilePatch): Version | null {
    if (patch.binary || patch.hunks.length !== 1 || patch.hunks[0].newCount !== 0) return patch.hunks.length === 0 && !patch.binary ? parseVersion({ lines: [], eol: false }) : null;
    const hunk = patch.hunks[0];
    return parseVersion({ lines: hunk.removed.slice(), eol: hunk.removed.length > 0 && !hunk.oldNoEol });
  }

  function emit(changes: FieldChange[], lineage: Lineage, at: Target, boundary: boolean): void {
    if (changes.length === 0) return;
    let message: ReturnType<typeof parseCheckinMessage> | null = null;
    if (at.record.message.includes('OKR-Ref:')) message = parseCheckinMessage(at.record.message);
    let added = firstAdded.get(lineage);
    for (const change of changes) {
      const local = change.ids.length === 0 ? '' : change.ids.length === 1 ? change.ids[0] : change.ids.join('/');
      const isAdded = change.change === 'added' && change.field === change.item;
      if (boundary) {
        // Where a shallow history starts, items are there already: no event, never "new".
        if (isAdded) {
          if (!added) firstAdded.set(lineage, (added = new Map()));
          added.set(local, null);
        }
        continue;
      }
      const event = eventOf(change, at, local ? `${lineage.unit}/${local}` : lineage.unit, local, lineage.unit, message);
      buckets[at.bucket].push(event);
      if (isAdded) {
        if (!added) firstAdded.set(lineage, (added = new Map()));
        const known = added.get(local);
        // Walking backwards, an older "added" (a later bucket) replaces a newer one.
        if (known === undefined || (known !== null && at.bucket >= known.bucket)) added.set(local, { event, bucket: at.bucket });
      }
    }
  }

  function eventOf(change: FieldChange, at: Target, ref: string, local: string, unit: string, message: ReturnType<typeof parseCheckinMessage> | null): HistoryEvent {
    const refThen = local ? `${at.unitThen}/${local}` : at.unitThen;
    let trailer: ParsedCheckin | undefined;
    if (message) for (const checkin of message.checkins) if (checkin.ref === refThen) trailer = checkin;
    const date = trailer?.date !== undefined && DATE.test(trailer.date) ? trailer.date : at.date;
    // Keys in reading order: what, what changed, when and by whom, why. Absent values stay
    // undefined (JSON leaves them out) rather than deleted, which would slow every object.
    const event: HistoryEvent = {
      ref, formerRef: refThen === ref ? undefined : refThen, unit, item: change.item, kind: change.kind, field: change.field, change: change.change,
      from: change.from, to: change.to, milestone: change.milestone, date, commit: at.record.hash, author: at.record.author,
      via: trailer ? 'checkin' : 'edit', source: trailer?.source, note: undefined, midCycle: undefined, stopped: undefined, file: at.file,
    };
    const note = trailer ? message!.notes.get(refThen) : messageOf(at.record.message, message !== null);
    if (note) event.note = note;
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
      for (const items of firstAdded.values()) {
        for (const first of items.values()) if (first && first.event.date > threshold) first.event.midCycle = true;
      }
      for (const { event, lineage, local, bucket } of confirmations) {
        // The key result existed at that commit: added by an older one (a later bucket), or
        // already there where a shallow history starts.
        const first = firstAdded.get(lineage)?.get(local);
        const existed = first === null || (first !== undefined && first.bucket > bucket);
        if (existed) buckets[bucket].push(event);
      }
      const events: HistoryEvent[] = [];
      for (let i = buckets.length - 1; i >= 0; i--) for (const event of buckets[i]) events.push(event);
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
