// okr audit's findings, from the events of `readHistory` (one git log pass; nothing here runs
// git): changes to a key result's value, levels, confidence or score by someone who is not
// among its owners (SPEC 5), targets eased with no reason in their commit, and values of key
// results that read them from a source changed by hand (SPEC 8). A value that came from the
// key result's own source (okr sync: an OKR-Source trailer naming it) was not changed by a
// person: the scheduled workflow's bot is no owner, and needs not be.
//
// API
//   auditHistory(events, { people, include?, currentOwners? }) → AuditFinding[]
//     events         the whole history, oldest first (owners are replayed from its start)
//     people         config.people: commit author emails are matched against people.<id>.email
//     include        which events to report (--since, --as-of); all by default
//     currentOwners  owners from the files as they are now, for a key result the history never
//                    showed being added (a shallow clone that starts after it)

import type { PersonDoc } from '../model.js';
import type { HistoryEvent } from '../git/history.js';
import { hasReason } from '../diff/eased-targets.js';
import { number, OwnershipTrail, type Owners } from './ownership.js';
import { applySourceEvent, type SourceTrail } from './source-trail.js';

export type AuditKind = 'not-owner' | 'eased-target' | 'sourced-value-edited';

export interface AuditFinding {
  kind: AuditKind;
  ref: string;
  field: string;
  from?: unknown;
  to?: unknown;
  date: string;
  commit: string;
  /** `person` is the id the email matched in `people`, null for an unknown person. */
  author: { name: string; email: string; person: string | null };
  /** The key result's lead, contributors and unit lead when the change was made. */
  owners: string[];
  why: string;
}

/** What `okr audit` reports: the findings, and what history they come from. */
export interface AuditReport {
  cycle: string;
  /** --since, when given. */
  since?: string;
  /** A shallow clone: history starts at `start` (null: its only commit). */
  shallow: boolean;
  start: string | null;
  findings: AuditFinding[];
}

export interface AuditOptions {
  people: Record<string, PersonDoc> | undefined;
  include?: (event: HistoryEvent) => boolean;
  currentOwners?: (ref: string) => Owners | undefined;
}

/** What a check-in moves plus the goal's levels: the numbers a KR is judged by. */
const AUDITED = new Set(['current', 'done', 'milestones.done', 'confidence', 'score', 'start', 'target', 'commit', 'stretch', 'min', 'max']);
const LEVELS = new Set(['target', 'commit', 'stretch', 'min', 'max']);
/** The fields a source sets. */
const SOURCED = new Set(['current', 'done']);

export function auditHistory(events: readonly HistoryEvent[], options: AuditOptions): AuditFinding[] {
  const byEmail = emailIndex(options.people);
  const trail = new OwnershipTrail();
  const sources: SourceTrail = new Map();
  const findings: AuditFinding[] = [];
  for (let i = 0; i < events.length;) {
    // One commit at a time: owners are the ones from before the commit (nobody makes
    // themselves lead and moves the number in one go), the start the one after it (the level
    // is eased relative to the start it now sits against, as validate --base does).
    let end = i;
    while (end < events.length && events[end].commit === events[i].commit) end++;
    const commit = events.slice(i, end);
    for (const event of commit) {
      if (event.item !== 'keyResult' || !AUDITED.has(event.field)) continue;
      if (options.include && !options.include(event)) continue;
      const owners = trail.owners(event.ref, event.unit) ?? options.currentOwners?.(event.ref);
      const person = byEmail.get(event.author.email.toLowerCase()) ?? null;
      const base = {
        ref: event.ref, field: event.field, from: event.from, to: event.to, date: event.date, commit: event.commit,
        author: { ...event.author, person }, owners: owners?.people ?? [],
      };
      const source = sources.get(event.ref);
      const fromItsSource = source !== undefined && event.source === source;
      if ((person === null || !owners?.people.includes(person)) && !fromItsSource) {
        findings.push({ kind: 'not-owner', ...base, why: notOwnerWhy(event, person, owners) });
      }
      if (source !== undefined && SOURCED.has(event.field) && !fromItsSource) {
        const how = event.source === undefined ? 'this commit changed it by hand (no OKR-Source trailer)' : `this commit says it came from ${event.source}`;
        findings.push({ kind: 'sourced-value-edited', ...base, why: `${event.ref} reads its value from ${source}, but ${how}; okr sync --check compares it with the source` });
      }
      if (LEVELS.has(event.field)) {
        const startEvent = commit.find((e) => e.ref === event.ref && e.field === 'start');
        const start = startEvent ? number(startEvent.to) : trail.start(event.ref);
        if (isEasedLevel(event.field, number(event.from), number(event.to), start) && !givesReason(event)) {
          const towards = event.field === 'min' || event.field === 'max' ? 'widens the band' : `moves towards its start (${start})`;
          findings.push({ kind: 'eased-target', ...base, why: `${towards}; the commit does not name ${event.ref} to say why` });
        }
      }
    }
    for (const event of commit) {
      trail.apply(event);
      applySourceEvent(sources, event);
    }
    i = end;
  }
  return findings;
}

/**
 * isEased of src/diff/compare.ts, on plain numbers: that one reads the start from a
 * KeyResultNode of the cascade as it is now, the history gives the start at the commit.
 */
export function isEasedLevel(field: string, from: number | undefined, to: number | undefined, start: number | undefined): boolean {
  if (field === 'min') return from !== undefined && (to === undefined || to < from);
  if (field === 'max') return from !== undefined && (to === undefined || to > from);
  if (from === undefined || to === undefined || start === undefined) return false;
  return Math.abs(to - start) < Math.abs(from - start);
}

/** The rule of validate --base: the message names the KR (as it is named now or was then). */
function givesReason(event: HistoryEvent): boolean {
  const note = event.note ?? '';
  return hasReason(note, event.ref) || (event.formerRef !== undefined && hasReason(note, event.formerRef));
}

function notOwnerWhy(event: HistoryEvent, person: string | null, owners: Owners | undefined): string {
  if (person === null) return `unknown person ${event.author.email}`;
  if (!owners) return `${person}; the owners of ${event.ref} are not known from the history or the files`;
  const contributors = owners.contributors.length > 0 ? owners.contributors.join(', ') : 'none';
  return `${person} is not its lead (${owners.lead ?? 'none'}), a contributor (${contributors}) or the lead of ${event.unit} (${owners.unitLead ?? 'none'})`;
}

function emailIndex(people: Record<string, PersonDoc> | undefined): Map<string, string> {
  const index = new Map<string, string>();
  for (const [id, doc] of Object.entries(people ?? {})) {
    if (typeof doc?.email === 'string' && doc.email !== '') index.set(doc.email.trim().toLowerCase(), id);
  }
  return index;
}
