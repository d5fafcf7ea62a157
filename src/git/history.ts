// The audit trail of a cycle, from git (SPEC 6): every change of every unit, objective and key
// result, with its date, author, commit and note, whether it came through `okr checkin` or by
// hand. History comes from the files' contents at each commit, not from trailers alone, so a
// hand edit in a pull request counts as much as a check-in; trailers add the note and an
// explicit date.
//
// API
//
//   readHistory({ root, config, cycle, env, since? }) → Promise<HistoryResult>
//     root    the repository root (the folder of okr.config.yaml; may be below git's top)
//     since   'YYYY-MM-DD' (events on or after that date) or a revision (commits after it)
//     result  { cycle, events, shallow, start, files }: `start` is the date of the oldest
//             commit read (where a shallow clone's history begins), `files` each unit file's
//             last commit (FileRecord). Outside git: a UsageError; no commits: no events.
//
//   HistoryEvent — one change of one item:
//     ref        the item as it is named now (unit, unit/O1, unit/O1/KR1): renamed unit files
//                are followed, so a KR keeps one ref across the rename
//     formerRef  the name at that commit, when it has been renamed since
//     unit, item ('unit' | 'objective' | 'keyResult'), kind ('progress' | 'definition')
//     field      `current`, `target`, `milestones.done`, …; for an item added or removed, its
//                kind (`keyResult`, `objective`, `unit`), with the whole item in to/from
//     change     'changed' | 'added' | 'removed' | 'unchanged'; from/to undefined where a
//                field was not set (every optional key is present, undefined when it does not
//                apply). 'unchanged' with field `checkin`: a check-in that left the key result
//                as it was (trailers naming it on a commit that did not move it, SPEC 9; see
//                history-confirmations.ts); it counts as a check-in like any other
//     milestone  the milestone's title, for milestone changes
//     date       the check-in's OKR-Date when the commit is a check-in of this KR, else the
//                author date (YYYY-MM-DD, UTC)
//     commit, author { name, email }, file (repository-relative path at that commit)
//     via        'checkin' when the commit's trailers name this KR (OKR-Ref), else 'edit'
//     source     the trailer group's OKR-Source: the value was read from that source (okr
//                sync); on a check-in that changed nothing, the source that confirmed it
//     note       the check-in note; for an edit, the commit message
//     midCycle   an item that first appears after the cycle's postBy (else its start)
//     stopped    an objective or key result (or unit) removed after that date
//   Events come oldest first: the reverse of `git log`'s order (parents before children).
//   A file version that does not parse has no events: the changes across it are counted at
//   the commit where the file parses again, against the last version that parsed.
//   Progress = current, confidence, score, done and milestones' done; every other change
//   (titles, levels, type, lead, alignsTo, weights, items added or removed) is definition.
//
//   checkinTimelines(events) → Map<KR ref, Checkin[]>   what scoring reads (pace, forecast)
//   lastChangeDates(result)  → Map<unit id, YYYY-MM-DD> the date each unit file was last committed
//
// How: ONE `git log -p --unified=0 --sparse` over okrs/<cycle>/, newest commit first, read as it
// streams (history-log.ts) and walked commit by commit (history-walk.ts): each file's newest
// version is read from git (one `git cat-file --batch`, history-blobs.ts) and older ones are
// rebuilt by applying the patches backwards (history-patch.ts). Versions are held by blob id,
// so a patch always applies to exactly the version it was made against, whatever the
// branches. A version is parsed in full only when a patch changes its structure: a check-in
// that rewrites, adds or removes `key: value` lines is applied to the parsed document through
// a line → path index (history-version.ts, history-line-index.ts). Both paths feed the same
// item-by-item comparison (history-unit-diff.ts). A merge's changes count only where the
// result differs from every parent: what a branch brought in is seen on the branch.

import { realpathSync } from 'node:fs';
import { posix, relative, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { isYamlFile } from '../load/yaml-files.js';
import type { Config, CycleDoc } from '../model.js';
import type { Checkin } from '../score/types.js';
import { gitRaw, type GitEnv } from './git.js';
import { openBlobReader, type BlobReader } from './history-blobs.js';
import { isConfirmation } from './history-confirmations.js';
import { createRecordSplitter, historyLogArgs, streamGit } from './history-log.js';
import { isRecord, type FieldChange } from './history-unit-diff.js';
import { readRepoState, type RepoState } from './repo-state.js';
import { resolveCommit } from './revision.js';

export type { ChangeKind, HistoryItem } from './history-unit-diff.js';
export { CHECKIN_FIELD, isConfirmation } from './history-confirmations.js';

/** A field change of a unit file (history-unit-diff.ts), placed: which KR, which commit, by whom, how. */
export interface HistoryEvent extends Omit<FieldChange, 'ids' | 'change'> {
  ref: string;
  formerRef?: string;
  unit: string;
  /** A check-in that moved nothing is an event too (SPEC 9). */
  change: FieldChange['change'] | 'unchanged';
  date: string;
  commit: string;
  author: { name: string; email: string };
  via: 'checkin' | 'edit';
  /** OKR-Source of the commit's check-in of this KR: the value was read from that source. */
  source?: string;
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
  /** The command's environment, for git. */
  env: GitEnv;
  since?: string;
  /** The repository's state when the caller has read it already (a git process less). */
  state?: Promise<RepoState | null>;
  /** Tests only: parse every version in full, to check the incremental path against. */
  fullParse?: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function readHistory(options: ReadHistoryOptions): Promise<HistoryResult> {
  const { root, config, cycle, env } = options;
  const folder = posix.normalize(`${config.okrsDir}/${cycle.id}/`).replace(/^\.\//, '');
  // Git starts walking at once; what it needs to know about the repository is asked meanwhile,
  // and so are the files at HEAD, where the walk starts (paths relative to root, as
  // `HEAD:./<folder>` names them).
  const log = streamGit(historyLogArgs(`:(literal)${folder}`), root, env);
  const blobs = openBlobReader(root, env);
  const head = headBlobs(blobs, folder);
  head.catch(() => undefined);
  const preloaded = head.then(async (files) => {
    const replies = await blobs.readAll(files.map((file) => file.id));
    return new Map(replies.flatMap((reply) => (reply ? [[reply.id, reply.text] as [string, string]] : [])));
  });
  preloaded.catch(() => undefined); // a failure here only means reading each file when met
  let state: RepoState | null;
  try {
    state = await (options.state ?? readRepoState(root, env));
  } catch (error) {
    log.stop();
    blobs.close();
    throw error;
  }
  if (!state || !state.head) {
    log.stop();
    blobs.close();
    if (!state) throw new UsageError(`history is read from git, and ${root} is not in a git repository (run 'git init' and commit the OKR files)`);
    return { cycle: cycle.id, events: [], shallow: state.shallow, start: null, files: [] };
  }

  const prefix = relative(realpathSync(state.top), realpathSync(root)).split(sep).join('/');
  const inTop = (prefix ? `${prefix}/` : '') + folder;
  // Loaded while git walks the commits: the parser and the walker are the heavy part.
  const { createWalker } = await import('./history-walk.js');
  const relevant = (path: string) => path.startsWith(inTop) && isYamlFile(path);
  const walker = createWalker({
    cycle,
    shallow: state.shallow,
    fullParse: options.fullParse ?? false,
    // Unit files as load-cycle.ts finds them.
    relevant,
    toRoot: (path) => (prefix ? path.slice(prefix.length + 1) : path),
    blobs,
    preloaded: preloaded.catch(() => new Map<string, string>()),
    // Relative to git's top, as the log gives paths.
    headPaths: head.then((files) => files.map((file) => (prefix ? `${prefix}/${file.path}` : file.path)), () => []),
  });
  try {
    const splitter = createRecordSplitter();
    for await (const chunk of log.chunks) {
      for (const record of splitter.push(chunk)) await walker.commit(record);
    }
    for (const record of splitter.end()) await walker.commit(record);
  } finally {
    log.stop();
    blobs.close();
  }
  const result = walker.result();
  if (options.since !== undefined) result.events = await eventsSince(result.events, options.since, root, env);
  return result;
}

/**
 * The unit files under `folder` (relative to `root`, as are the paths listed) at HEAD, read
 * as trees through the cat-file process the walk uses anyway (a folder level per request),
 * rather than with an ls-tree process of its own.
 */
async function headBlobs(blobs: BlobReader, folder: string): Promise<{ path: string; id: string }[]> {
  const files: { path: string; id: string }[] = [];
  let level: { path: string; spec: string }[] = [{ path: folder, spec: `HEAD:./${folder}` }];
  while (level.length > 0) {
    const trees = await blobs.readTrees(level.map((tree) => tree.spec));
    const next: typeof level = [];
    level.forEach((tree, i) => {
      for (const entry of trees[i] ?? []) {
        const path = `${tree.path}${entry.name}`;
        if (entry.mode === '40000') next.push({ path: `${path}/`, spec: entry.id });
        else if (/^100(?:644|755)$/.test(entry.mode) && isYamlFile(path)) files.push({ path, id: entry.id });
      }
    });
    level = next;
  }
  return files;
}

/**
 * The events since a date (on or after it) or a revision (in commits that are not its
 * ancestors: what a branch or a merge brought in after it, whatever their dates).
 */
export async function eventsSince(events: HistoryEvent[], since: string, root: string, env: GitEnv): Promise<HistoryEvent[]> {
  if (DATE.test(since)) return events.filter((event) => event.date >= since);
  const commit = await resolveCommit(root, since, '--since', env).catch(() => {
    throw new UsageError(`--since: '${since}' is neither a date (YYYY-MM-DD) nor a revision git knows`);
  });
  const listed = await gitRaw(['rev-list', 'HEAD', `^${commit}`, '--'], { cwd: root, env });
  const after = new Set(listed.stdout.split('\n').filter(Boolean));
  return events.filter((event) => after.has(event.commit));
}

// ---------------------------------------------------------------- what scoring reads

/**
 * Each key result's check-ins: one per date, holding the value, hand-entered score and
 * confidence the KR had after that day's last change of progress. Hand edits of those
 * fields count as check-ins too, and so does a check-in that changed nothing (its values are
 * the ones the KR already had). Pass the events of the whole history (unfiltered): an
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

/**
 * What scoring reads from history as of a date: every key result's check-in timeline, and
 * the date each unit file was last changed on or before that date (a key result with no
 * check-in is stale by its file's date).
 */
export function timingAsOf(history: HistoryResult, asOf: string): { timelines: Map<string, Checkin[]>; fileDates: Map<string, string> } {
  const fileDates = new Map<string, string>();
  for (const event of history.events) {
    // A check-in that changed nothing is no change of the file.
    if (isConfirmation(event)) continue;
    if (event.date <= asOf && (fileDates.get(event.unit) ?? '') < event.date) fileDates.set(event.unit, event.date);
  }
  for (const [unit, date] of lastChangeDates(history)) if (date <= asOf) fileDates.set(unit, date);
  return { timelines: checkinTimelines(history.events), fileDates };
}
