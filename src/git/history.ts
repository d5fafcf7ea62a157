// The audit trail of a cycle, from git (SPEC 6): every change of every unit, objective and key
// result, with its date, author, commit and note, whether it came through `okr checkin` or by
// hand. History comes from the files' contents at each commit, not from trailers alone, so a
// hand edit in a pull request counts as much as a check-in; trailers add the note and an
// explicit date.
//
// API
//
//   readHistory({ root, config, cycle, since? }) → Promise<HistoryResult>
//     root    the repository root (the folder of okr.config.yaml; may be below git's top)
//     since   'YYYY-MM-DD' (events on or after that date) or a revision (commits after it)
//     result  { cycle, events, shallow, start, files }
//
//   HistoryEvent — one change of one item:
//     ref        the item as it is named now (unit, unit/O1, unit/O1/KR1): renamed unit files
//                are followed, so a KR keeps one ref across the rename
//     formerRef  the name at that commit, when it has been renamed since
//     unit, item ('unit' | 'objective' | 'keyResult'), kind ('progress' | 'definition')
//     field      `current`, `target`, `milestones.done`, …; for an item added or removed, its
//                kind (`keyResult`, `objective`, `unit`), with the whole item in to/from
//     change     'changed' | 'added' | 'removed'; from/to absent where a field was not set
//     milestone  the milestone's title, for milestone changes
//     date       the check-in's OKR-Date when the commit is a check-in of this KR, else the
//                author date (YYYY-MM-DD, UTC)
//     commit, author { name, email }, file (repository-relative path at that commit)
//     via        'checkin' when the commit's trailers name this KR (OKR-Ref), else 'edit'
//     note       the check-in note; for an edit, the commit message
//     midCycle   an item that first appears after the cycle's postBy (else its start)
//     stopped    an objective or key result (or unit) removed after that date
//   Events come in commit order, parents before children (`git log --reverse --topo-order`).
//   Progress = current, confidence, score, done and milestones' done; every other change
//   (titles, levels, type, lead, alignsTo, weights, items added or removed) is definition.
//
//   checkinTimelines(events) → Map<KR ref, Checkin[]>   what scoring reads (pace, forecast)
//   lastChangeDates(result)  → Map<unit id, YYYY-MM-DD> the date each unit file was last committed
//
// How: ONE `git log -p --unified=0` over okrs/<cycle>/ (history-log.ts), read as it streams.
// Each file's versions are rebuilt by applying its patches (history-patch.ts), held by blob
// id, so a patch always applies to exactly the version it was made against, whatever the
// branches; a version no longer held is read with one `git cat-file --batch` (history-blobs.ts).
// A version is parsed in full only when a patch changes its structure: a check-in that
// rewrites `key: value` lines in place is applied to the last parsed document through a
// line → path index (history-line-index.ts). Both paths feed the same item-by-item comparison
// (history-unit-diff.ts). A merge's changes count only where the result differs from every
// parent: what a branch brought in was already seen on the branch.

import { realpathSync } from 'node:fs';
import { posix, relative, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { isYamlFile } from '../load/load-cycle.js';
import { parseSource } from '../load/parse-yaml.js';
import type { Config, CycleDoc } from '../model.js';
import type { Checkin } from '../score/types.js';
import { parseCheckinMessage, type ParsedCheckin } from './checkin-message.js';
import { gitRaw } from './git.js';
import { openBlobReader, type BlobReader } from './history-blobs.js';
import { indexLines, lineValueMatches, parseLineValue, valueAt, type DocPath, type IndexedLine } from './history-line-index.js';
import { historyLogArgs, readLogRecords, streamGit, type LogRecord } from './history-log.js';
import { applyHunks, fromFileText, parsePatch, toFileText, type FilePatch, type FileText, type Hunk } from './history-patch.js';
import {
  copyData, diffKeyResult, diffObjectiveFields, diffUnit, diffUnitFields, idOf, isRecord, sameData,
  type ChangeKind, type FieldChange, type HistoryItem,
} from './history-unit-diff.js';
import { readRepoState } from './repo-state.js';

export type { ChangeKind, HistoryItem } from './history-unit-diff.js';

export interface HistoryEvent {
  ref: string;
  formerRef?: string;
  unit: string;
  item: HistoryItem;
  kind: ChangeKind;
  field: string;
  change: 'changed' | 'added' | 'removed';
  from?: unknown;
  to?: unknown;
  milestone?: string;
  date: string;
  commit: string;
  author: { name: string; email: string };
  via: 'checkin' | 'edit';
  note?: string;
  midCycle?: boolean;
  stopped?: boolean;
  file: string;
}

export interface FileRecord {
  /** Repository-relative path (the latest, after renames). */
  path: string;
  unit: string;
  lastCommit: string;
  /** Author date of the last commit that touched the file, YYYY-MM-DD (UTC). */
  lastDate: string;
  deleted: boolean;
}

export interface HistoryResult {
  cycle: string;
  events: HistoryEvent[];
  /** A shallow clone: history starts at `start`, not at the beginning. */
  shallow: boolean;
  /** Date of the oldest commit read, or null with no commit touching the cycle. */
  start: string | null;
  files: FileRecord[];
}

export interface ReadHistoryOptions {
  root: string;
  config: Config;
  cycle: CycleDoc;
  since?: string;
  /** Tests only: parse every version in full, to check the incremental path against. */
  fullParse?: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function readHistory(options: ReadHistoryOptions): Promise<HistoryResult> {
  const { root, config, cycle } = options;
  const state = await readRepoState(root);
  if (!state) {
    throw new UsageError(`history is read from git, and ${root} is not in a git repository (run 'git init' and commit the OKR files)`);
  }
  const empty: HistoryResult = { cycle: cycle.id, events: [], shallow: state.shallow, start: null, files: [] };
  if (!state.head) return empty;

  const prefix = relative(realpathSync(state.top), realpathSync(root)).split(sep).join('/');
  const folder = posix.normalize(`${config.okrsDir}/${cycle.id}/`).replace(/^\.\//, '');
  const inTop = (prefix ? `${prefix}/` : '') + folder;

  const walker = createWalker({
    cycle,
    shallow: state.shallow,
    fullParse: options.fullParse ?? false,
    relevant: (path) => path.startsWith(inTop) && isYamlFile(path),
    toRoot: (path) => (prefix ? path.slice(prefix.length + 1) : path),
    blobs: openBlobReader(root),
  });
  try {
    for await (const record of readLogRecords(streamGit(historyLogArgs(`:(literal)${folder}`), root))) await walker.commit(record);
  } finally {
    walker.close();
  }
  const result = walker.result();
  if (options.since !== undefined) result.events = await eventsSince(result.events, options.since, root);
  return result;
}

/**
 * The events since a date (on or after it) or a revision (in commits that are not its
 * ancestors: what a branch or a merge brought in after it, whatever their dates).
 */
export async function eventsSince(events: HistoryEvent[], since: string, root: string): Promise<HistoryEvent[]> {
  if (DATE.test(since)) return events.filter((event) => event.date >= since);
  const resolved = await gitRaw(['rev-parse', '--verify', '-q', '--end-of-options', `${since}^{commit}`], { cwd: root });
  if (resolved.code !== 0) throw new UsageError(`--since: '${since}' is neither a date (YYYY-MM-DD) nor a revision git knows`);
  const listed = await gitRaw(['rev-list', 'HEAD', `^${resolved.stdout.trim()}`], { cwd: root });
  const after = new Set(listed.stdout.split('\n').filter(Boolean));
  return events.filter((event) => after.has(event.commit));
}

// ---------------------------------------------------------------- walking the commits

/** A version of a file: its lines, and the document of its last version that parsed. */
interface Version extends FileText {
  data: Record<string, unknown> | null;
  /** These lines do not parse (data is then from an earlier version). */
  broken: boolean;
  /** Built on first use after each full parse. */
  index: (IndexedLine | undefined)[] | null;
}

/** A unit file across renames: events name its items by the unit id it ends with. */
interface Lineage {
  unit: string;
  /** Items (ids joined by '/', '' for the unit) seen so far, for "first appears". */
  seen: Set<string>;
}

interface PendingEvent extends Omit<HistoryEvent, 'ref' | 'unit' | 'formerRef'> {
  lineage: Lineage;
  local: string;
  unitThen: string;
}

interface WalkerOptions {
  cycle: CycleDoc;
  shallow: boolean;
  fullParse: boolean;
  relevant(path: string): boolean;
  toRoot(path: string): string;
  blobs: BlobReader;
}

interface Transition {
  changes: FieldChange[];
  /** The document after the commit (for comparing a merge with its other parents). */
  after: Record<string, unknown> | null;
}

function createWalker(options: WalkerOptions) {
  const { relevant, toRoot, blobs } = options;
  const threshold = options.cycle.postBy ?? options.cycle.start;
  /** Versions by blob id. A linear history moves each version along (re-keyed, edited in place). */
  const versions = new Map<string, Version>();
  /** The blob each path holds now: a pure rename has no `index` line to say it. */
  const blobOfPath = new Map<string, string>();
  const lineages = new Map<string, Lineage>();
  const files = new Map<string, FileRecord>();
  const events: PendingEvent[] = [];
  let start: string | null = null;

  async function fetchVersion(spec: string): Promise<Version> {
    const text = await blobs.read(spec);
    return parsedVersion(toFileText(text ?? ''), text === null);
  }

  /** The version a patch was made against, to edit in place (or a copy, for a merge). */
  async function baseVersion(patch: FilePatch, commit: string, parent: string | undefined, copy: boolean): Promise<Version> {
    const blob = patch.oldBlob ?? (patch.oldPath ? blobOfPath.get(patch.oldPath) : undefined);
    let version = blob ? versions.get(blob) : undefined;
    if (version && !copy) versions.delete(blob!);
    version ??= await fetchVersion(blob ?? (parent && patch.oldPath ? `${parent}:${patch.oldPath}` : `${commit}:${patch.newPath}`));
    return copy ? { lines: version.lines.slice(), eol: version.eol, data: copyData(version.data), broken: version.broken, index: null } : version;
  }

  /** Reads a version (without taking it), for comparing a merge with a parent. */
  async function peekVersion(blob: string | undefined, spec: string): Promise<Version> {
    return (blob ? versions.get(blob) : undefined) ?? fetchVersion(blob ?? spec);
  }

  async function transition(patch: FilePatch, record: LogRecord, copy: boolean): Promise<Transition> {
    const oldRelevant = patch.oldPath !== null && relevant(patch.oldPath);
    const newRelevant = patch.newPath !== null && relevant(patch.newPath);
    if (!newRelevant) {
      // Deleted, or moved out of the cycle: the document is gone.
      const base = await baseVersion(patch, record.hash, record.parents[0], true);
      return { changes: diffUnit(base.data, null), after: null };
    }
    let version: Version;
    let changes: FieldChange[] | null = null;
    if (!oldRelevant || patch.oldPath === null) {
      // A new file, or one moved in from outside: start from nothing (or from its old text).
      const base: Version = patch.oldPath === null
        ? { lines: [], eol: false, data: null, broken: false, index: null }
        : await baseVersion(patch, record.hash, record.parents[0], true);
      version = await patched(base, patch, record, null);
      changes = diffUnit(null, version.data);
    } else if (patch.hunks.length === 0 && !patch.binary) {
      // A pure rename (or a mode change): same content.
      const blob = blobOfPath.get(patch.oldPath);
      const held = blob ? versions.get(blob) : undefined;
      return { changes: [], after: held?.data ?? null };
    } else {
      const base = await baseVersion(patch, record.hash, record.parents[0], copy);
      const before = base.data;
      const fast = options.fullParse || copy || patch.binary ? null : fastUpdate(base, patch.hunks);
      if (fast) {
        version = base;
        changes = fast;
      } else {
        version = await patched(base, patch, record, before);
        changes = diffUnit(before, version.data);
      }
    }
    if (patch.newBlob) versions.set(patch.newBlob, version);
    return { changes, after: version.data };
  }

  /** Applies the patch's hunks (or reads the new content when it cannot), then parses. */
  async function patched(base: Version, patch: FilePatch, record: LogRecord, before: Record<string, unknown> | null): Promise<Version> {
    const version = patch.binary || !applyHunks(base, patch.hunks)
      ? await fetchVersion(patch.newBlob ?? `${record.hash}:${patch.newPath}`)
      : parsedVersion(base, false);
    if (version.broken) version.data = before;
    return version;
  }

  function bookkeep(patch: FilePatch, record: LogRecord, date: string): Lineage {
    const oldPath = patch.oldPath !== null && relevant(patch.oldPath) ? patch.oldPath : null;
    const newPath = patch.newPath !== null && relevant(patch.newPath) ? patch.newPath : null;
    let lineage = (oldPath ? lineages.get(oldPath) : undefined) ?? { unit: stem(oldPath ?? newPath!), seen: new Set<string>() };
    if (oldPath && newPath && oldPath !== newPath) {
      lineages.delete(oldPath);
      const record = files.get(oldPath);
      files.delete(oldPath);
      if (record) files.set(newPath, record);
    }
    if (newPath) {
      if (!oldPath) lineage = { unit: stem(newPath), seen: new Set() };
      lineage.unit = stem(newPath);
      lineages.set(newPath, lineage);
      const blob = patch.newBlob ?? (oldPath ? blobOfPath.get(oldPath) : undefined);
      if (oldPath) blobOfPath.delete(oldPath);
      if (blob) blobOfPath.set(newPath, blob);
    } else if (oldPath) {
      lineages.delete(oldPath);
      blobOfPath.delete(oldPath);
    }
    const path = newPath ?? oldPath!;
    const known = files.get(path);
    const file: FileRecord = known ?? { path: toRoot(path), unit: lineage.unit, lastCommit: record.hash, lastDate: date, deleted: false };
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
    // The oldest commit of a shallow clone has lost its parents: its "additions" are the
    // state history starts from, not changes.
    const boundary = options.shallow && record.parents.length === 0;
    const merge = record.patches.length > 1;
    const message = record.message.includes('OKR-Ref:') ? parseCheckinMessage(record.message) : null;
    const others = merge ? record.patches.slice(1).map(parsePatch) : [];
    for (const patch of parsePatch(record.patches[0])) {
      const oldRelevant = patch.oldPath !== null && relevant(patch.oldPath);
      const newRelevant = patch.newPath !== null && relevant(patch.newPath);
      if (!oldRelevant && !newRelevant) continue;
      const unitBefore = oldRelevant ? (lineages.get(patch.oldPath!)?.unit ?? stem(patch.oldPath!)) : null;
      const { changes, after } = await transition(patch, record, merge);
      const lineage = bookkeep(patch, record, date);
      const unitThen = newRelevant ? lineage.unit : (unitBefore ?? lineage.unit);
      const kept = merge ? await newInEveryParent(changes, after, patch, record, others) : changes;
      for (const change of kept) {
        const local = change.ids.join('/');
        const item = change.field === change.item;
        const firstTime = item && change.change === 'added' && !lineage.seen.has(local);
        if (item && change.change === 'added') lineage.seen.add(local);
        if (boundary) continue;
        events.push(eventOf(change, { record, date, lineage, local, unitThen, firstTime, message, file: toRoot(patch.newPath ?? patch.oldPath!) }));
      }
    }
  }

  /**
   * A merge shows each file once per parent. A change counts only if it is also a change
   * against every other parent: otherwise it came in with a branch whose own commits said it.
   */
  async function newInEveryParent(changes: FieldChange[], after: Record<string, unknown> | null, patch: FilePatch, record: LogRecord, others: FilePatch[][]): Promise<FieldChange[]> {
    let kept = changes;
    for (const [k, patches] of others.entries()) {
      const path = patch.newPath ?? patch.oldPath;
      const mine = patches.find((p) => (p.newPath ?? p.oldPath) === path);
      if (!mine) return []; // the merge took this parent's version as it was
      const parent = record.parents[k + 1];
      const relevantOld = mine.oldPath !== null && relevant(mine.oldPath);
      const base = relevantOld ? await peekVersion(mine.oldBlob, `${parent}:${mine.oldPath}`) : null;
      const keys = new Set(diffUnit(base?.data ?? null, after).map(changeKey));
      kept = kept.filter((change) => keys.has(changeKey(change)));
    }
    return kept;
  }

  function eventOf(change: FieldChange, at: { record: LogRecord; date: string; lineage: Lineage; local: string; unitThen: string; firstTime: boolean; message: ReturnType<typeof parseCheckinMessage> | null; file: string }): PendingEvent {
    const refThen = at.local ? `${at.unitThen}/${at.local}` : at.unitThen;
    const trailer: ParsedCheckin | undefined = at.message?.checkins.find((c) => c.ref === refThen);
    const date = trailer?.date && DATE.test(trailer.date) ? trailer.date : at.date;
    const note = trailer ? (at.message!.notes.get(refThen) ?? undefined) : messageOf(at.record.message, at.message !== null);
    const event: PendingEvent = {
      lineage: at.lineage,
      local: at.local,
      unitThen: at.unitThen,
      item: change.item,
      kind: change.kind,
      field: change.field,
      change: change.change,
      date,
      commit: at.record.hash,
      author: at.record.author,
      via: trailer ? 'checkin' : 'edit',
      file: at.file,
    };
    if ('from' in change) event.from = change.from;
    if ('to' in change) event.to = change.to;
    if (change.milestone !== undefined) event.milestone = change.milestone;
    if (note) event.note = note;
    if (at.firstTime && date > threshold) event.midCycle = true;
    if (change.change === 'removed' && change.field === change.item && date > threshold) event.stopped = true;
    return event;
  }

  /**
   * The fast path: every hunk rewrites `key: value` lines in place, each at a path the index
   * knows. The new values are set into the last parsed document, and only the items they
   * belong to are compared. Returns null (nothing touched) when any line does not qualify.
   */
  function fastUpdate(version: Version, hunks: readonly Hunk[]): FieldChange[] | null {
    const data = version.data;
    if (version.broken || data === null) return null;
    const updates: { line: number; entry: IndexedLine; text: string; value: unknown; next: string }[] = [];
    for (const hunk of hunks) {
      if (hunk.oldCount !== hunk.newCount || hunk.oldCount === 0 || hunk.oldNoEol || hunk.newNoEol) return null;
      for (let k = 0; k < hunk.oldCount; k++) {
        const line = hunk.oldStart - 1 + k;
        const old = version.lines[line];
        if (old !== hunk.removed[k]) return null;
        version.index ??= indexLines(version.lines);
        const entry = version.index[line];
        if (!entry || ownerOf(entry.path, data) === null) return null;
        const next = hunk.added[k];
        const cr = old.endsWith('\r');
        if (next.endsWith('\r') !== cr) return null;
        const bare = cr ? next.slice(0, -1) : next;
        if (!bare.startsWith(entry.prefix)) return null;
        const text = bare.slice(entry.prefix.length);
        if (text.includes('\r') || !lineValueMatches(entry, data)) return null;
        const parsed = parseLineValue(text);
        if (!parsed.ok) return null;
        updates.push({ line, entry, text, value: parsed.value, next });
      }
    }
    const owners = new Map<string, { owner: Owner; before: Record<string, unknown> }>();
    for (const update of updates) {
      const owner = ownerOf(update.entry.path, data)!;
      const key = owner.path.join('\0');
      if (!owners.has(key)) owners.set(key, { owner, before: copyData(valueAt(data, owner.path).value as Record<string, unknown>) });
    }
    for (const update of updates) {
      setAt(data, update.entry.path, update.value);
      version.lines[update.line] = update.next;
      version.index![update.line] = { ...update.entry, valueText: update.text };
    }
    const changes: FieldChange[] = [];
    const ordered = [...owners.values()].sort((a, b) => comparePaths(a.owner.path, b.owner.path));
    for (const { owner, before } of ordered) {
      const after = valueAt(data, owner.path).value as Record<string, unknown>;
      if (owner.item === 'keyResult') diffKeyResult(owner.ids, before, after, changes);
      else if (owner.item === 'objective') diffObjectiveFields(owner.ids, before, after, changes);
      else diffUnitFields(before, after, changes);
    }
    return changes;
  }

  return {
    commit,
    close: () => blobs.close(),
    result(): HistoryResult {
      return {
        cycle: options.cycle.id,
        shallow: options.shallow,
        start,
        files: [...files.values()].sort((a, b) => a.path.localeCompare(b.path)),
        events: events.map(finish),
      };
    },
  };
}

/** Names the event's item by the unit id its file ends with. */
function finish(pending: PendingEvent): HistoryEvent {
  const { lineage, local, unitThen } = pending;
  const ref = local ? `${lineage.unit}/${local}` : lineage.unit;
  const formerRef = local ? `${unitThen}/${local}` : unitThen;
  // Keys in reading order: what, what changed, when and by whom, why.
  const event: HistoryEvent = { ref, ...(formerRef === ref ? {} : { formerRef }), unit: lineage.unit, item: pending.item, kind: pending.kind, field: pending.field, change: pending.change } as HistoryEvent;
  if ('from' in pending) event.from = pending.from;
  if ('to' in pending) event.to = pending.to;
  if (pending.milestone !== undefined) event.milestone = pending.milestone;
  Object.assign(event, { date: pending.date, commit: pending.commit, author: pending.author, via: pending.via });
  if (pending.note !== undefined) event.note = pending.note;
  if (pending.midCycle) event.midCycle = true;
  if (pending.stopped) event.stopped = true;
  event.file = pending.file;
  return event;
}

interface Owner {
  item: HistoryItem;
  path: DocPath;
  ids: string[];
}

/**
 * The item a document path belongs to: a key result's field, an objective's own field, or
 * the unit's. Ids may not change on the fast path (that is an item removed and another added).
 */
function ownerOf(path: DocPath, data: Record<string, unknown>): Owner | null {
  const [first, o, second, k, field] = path;
  if (first !== 'objectives') return path.length >= 1 && typeof first === 'string' ? { item: 'unit', path: [], ids: [] } : null;
  if (typeof o !== 'number' || typeof second !== 'string' || path.length < 3) return null;
  const objective = (data.objectives as unknown[])[o];
  const objectiveId = idOf(objective);
  if (objectiveId === null || second === 'id') return null;
  if (second !== 'keyResults') return { item: 'objective', path: ['objectives', o], ids: [objectiveId] };
  if (typeof k !== 'number' || typeof field !== 'string' || field === 'id') return null;
  const krId = idOf(((objective as Record<string, unknown>).keyResults as unknown[])?.[k]);
  return krId === null ? null : { item: 'keyResult', path: ['objectives', o, 'keyResults', k], ids: [objectiveId, krId] };
}

function comparePaths(a: DocPath, b: DocPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    return typeof a[i] === 'number' && typeof b[i] === 'number' ? (a[i] as number) - (b[i] as number) : String(a[i]).localeCompare(String(b[i]));
  }
  return a.length - b.length;
}

function setAt(data: unknown, path: DocPath, value: unknown): void {
  let node = data as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) node = node[path[i]] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
}

/** Parses lines into a version; a document that is not a map counts as not parsing. */
function parsedVersion(text: FileText, missing: boolean): Version {
  const version: Version = { lines: text.lines, eol: text.eol, data: null, broken: true, index: null };
  if (missing) return version;
  const parsed = parseSource({ absPath: '', file: '', text: fromFileText(text) });
  if (parsed.ok && isRecord(parsed.data)) {
    version.data = parsed.data;
    version.broken = false;
  }
  return version;
}

function changeKey(change: FieldChange): string {
  return `${change.item}\0${change.ids.join('/')}\0${change.field}\0${change.change}\0${change.milestone ?? ''}\0${JSON.stringify(change.to ?? null)}`;
}

function stem(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.replace(/\.ya?ml$/, '');
}

function utcDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** An edit's note is its commit message, less any check-in trailers. */
function messageOf(message: string, hasTrailers: boolean): string | undefined {
  let text = message.replace(/\r\n/g, '\n').trim();
  if (hasTrailers) {
    const lines = text.split('\n');
    while (lines.length > 0 && /^OKR-[A-Za-z]+: /.test(lines[lines.length - 1])) lines.pop();
    text = lines.join('\n').trim();
  }
  return text === '' ? undefined : text;
}

// ---------------------------------------------------------------- what scoring reads

/**
 * Each key result's check-ins: one per date, holding the value, hand-entered score and
 * confidence the KR had after that day's last change of progress. Hand edits of those
 * fields count as check-ins too. Pass the events of the whole history (unfiltered): an
 * item's first values come from the event that added it.
 */
export function checkinTimelines(events: readonly HistoryEvent[]): Map<string, Checkin[]> {
  const state = new Map<string, { value?: number; score?: number; confidence?: number }>();
  const timelines = new Map<string, Checkin[]>();
  const numberOr = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
  for (const event of events) {
    if (event.item !== 'keyResult') continue;
    if (event.field === 'keyResult') {
      const doc = isRecord(event.to) ? event.to : {};
      state.set(event.ref, event.change === 'added' ? { value: numberOr(doc.current), score: numberOr(doc.score), confidence: numberOr(doc.confidence) } : {});
      continue;
    }
    if (event.kind !== 'progress') continue;
    const now = state.get(event.ref) ?? {};
    state.set(event.ref, now);
    if (event.field === 'current') now.value = numberOr(event.to);
    else if (event.field === 'score') now.score = numberOr(event.to);
    else if (event.field === 'confidence') now.confidence = numberOr(event.to);
    const checkin: Checkin = { date: event.date };
    if (now.value !== undefined) checkin.value = now.value;
    if (now.score !== undefined) checkin.score = now.score;
    if (now.confidence !== undefined) checkin.confidence = now.confidence;
    const timeline = timelines.get(event.ref) ?? [];
    timelines.set(event.ref, timeline);
    const same = timeline.findIndex((c) => c.date === event.date);
    if (same === -1) timeline.push(checkin);
    else timeline[same] = checkin;
  }
  for (const timeline of timelines.values()) timeline.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return timelines;
}

/** The date each unit file (by unit id) was last committed; deleted files are left out. */
export function lastChangeDates(history: Pick<HistoryResult, 'files'>): Map<string, string> {
  const dates = new Map<string, string>();
  for (const file of history.files) {
    if (file.deleted) continue;
    const known = dates.get(file.unit);
    if (known === undefined || file.lastDate > known) dates.set(file.unit, file.lastDate);
  }
  return dates;
}

export { sameData };
