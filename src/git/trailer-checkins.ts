// Check-ins that change no file: a commit whose trailers name a key result (OKR-Ref) without
// changing it, as `okr sync` makes when a source says what the file already says. History is
// read from the files' contents (one `git log -p` over the cycle's folder, history.ts), where
// such a commit never shows, so it would not count for staleness. They are read here with one
// more `git log`, of commit messages alone, picked by their trailers (--grep), and each trailer
// group that history shows no change for becomes an event of change 'confirmed': a check-in
// that moved nothing (HistoryEvent in history.ts says how scoring and replays read it).
//
// Which cycle a group belongs to: the one its OKR-Cycle trailer names (okr sync writes it). Git
// picks the commits that name the cycle (--grep, a fixed string), so a history of check-ins
// without that trailer costs one pass of git over the messages and no parsing here.

import { parseCheckinMessage, type ParsedCheckin } from './checkin-message.js';
import { gitRaw, type GitEnv } from './git.js';
import type { HistoryEvent, HistoryResult } from './history.js';
import type { CycleDoc } from '../model.js';

export interface TrailerCommit {
  hash: string;
  author: { name: string; email: string };
  /** Author date, YYYY-MM-DD (UTC). */
  date: string;
  checkins: ParsedCheckin[];
  notes: Map<string, string>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every commit reachable from HEAD whose trailers name the cycle (OKR-Cycle), newest first. */
export async function readTrailerCommits(root: string, env: GitEnv, cycle: string): Promise<TrailerCommit[]> {
  const listed = await gitRaw([
    '-c', 'log.showSignature=false', 'log', 'HEAD', '--no-color', '--fixed-strings', `--grep=OKR-Cycle: ${cycle}`,
    '--format=%x00%H%x00%an%x00%ae%x00%at%x00%B',
  ], { cwd: root, env });
  // No commits yet, or not a repository: history says so itself; nothing to add here.
  if (listed.code !== 0) return [];
  const fields = listed.stdout.split('\0');
  const commits: TrailerCommit[] = [];
  for (let i = 1; i + 4 < fields.length; i += 5) {
    const [hash, name, email, time, message] = fields.slice(i, i + 5);
    const parsed = parseCheckinMessage(message);
    if (parsed.checkins.length === 0) continue;
    commits.push({ hash: hash.trim(), author: { name, email }, date: new Date(Number(time) * 1000).toISOString().slice(0, 10), checkins: parsed.checkins, notes: parsed.notes });
  }
  return commits;
}

/**
 * The history with a 'confirmed' event for every trailer group of the cycle that changed
 * nothing, each placed among the events by its date (before the first event dated later).
 */
export function withConfirmations(history: HistoryResult, commits: readonly TrailerCommit[], cycle: CycleDoc): HistoryResult {
  // What the history knows of each key result: its ref now (for a name it had before a
  // rename), its unit and file; and which commits already show a change of it.
  const known = new Map<string, HistoryEvent>();
  const seen = new Set<string>();
  for (const event of history.events) {
    if (event.item !== 'keyResult') continue;
    known.set(event.ref, event);
    if (event.formerRef !== undefined && !known.has(event.formerRef)) known.set(event.formerRef, event);
    seen.add(`${event.commit}\0${event.ref}`);
  }
  const added: HistoryEvent[] = [];
  // Oldest first, so that confirmations of one day keep the order they were made in.
  for (const commit of [...commits].reverse()) {
    for (const checkin of commit.checkins) {
      const like = known.get(checkin.ref);
      if (!like) continue;
      const date = checkin.date !== undefined && DATE.test(checkin.date) ? checkin.date : commit.date;
      if (checkin.cycle !== cycle.id || seen.has(`${commit.hash}\0${like.ref}`)) continue;
      seen.add(`${commit.hash}\0${like.ref}`);
      added.push(confirmation(checkin, like, commit, date));
    }
  }
  if (added.length === 0) return history;
  added.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const events: HistoryEvent[] = [];
  let next = 0;
  for (const event of history.events) {
    while (next < added.length && added[next].date < event.date) events.push(added[next++]);
    events.push(event);
  }
  events.push(...added.slice(next));
  return { ...history, events };
}

function confirmation(checkin: ParsedCheckin, like: HistoryEvent, commit: TrailerCommit, date: string): HistoryEvent {
  const [field, value] = confirmedValue(checkin);
  const event: HistoryEvent = {
    ref: like.ref, formerRef: checkin.ref === like.ref ? undefined : checkin.ref, unit: like.unit, item: 'keyResult', kind: 'progress', field,
    change: 'confirmed', from: value, to: value, milestone: undefined, date, commit: commit.hash, author: commit.author,
    via: 'checkin', note: undefined, midCycle: undefined, stopped: undefined, file: like.file, source: checkin.source,
  };
  const note = commit.notes.get(checkin.ref);
  if (note) event.note = note;
  return event;
}

/** The field a trailer group reports and its value, as the file holds it. */
function confirmedValue(checkin: ParsedCheckin): [string, unknown] {
  const number = (text: string) => (Number.isFinite(Number(text)) && text.trim() !== '' ? Number(text) : text);
  if (checkin.value !== undefined) return ['current', number(checkin.value)];
  if (checkin.done !== undefined) return ['done', checkin.done === 'true'];
  if (checkin.score !== undefined) return ['score', number(checkin.score)];
  if (checkin.confidence !== undefined) return ['confidence', number(checkin.confidence)];
  return ['current', undefined];
}
