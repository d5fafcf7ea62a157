// How one history event reads in a table or a markdown report: the change in words, the
// author, how it was made, the short commit and the first line of the note.

import type { HistoryEvent } from '../../git/history.js';

export interface HistoryRow {
  date: string;
  ref: string;
  change: string;
  /** "mid-cycle" or "stopped": the markers the retrospective cares about. */
  marker: string | null;
  kind: HistoryEvent['kind'];
  author: string;
  /** How it was made: check-in, sync (read from a source) or edit. */
  via: string;
  commit: string;
  note: string;
}

const ITEM_NAMES: Record<string, string> = { keyResult: 'key result', objective: 'objective', unit: 'unit', milestones: 'milestone' };

export function historyRow(event: HistoryEvent): HistoryRow {
  return {
    date: event.date,
    ref: event.formerRef ? `${event.ref} (was ${event.formerRef})` : event.ref,
    change: describeChange(event),
    marker: event.midCycle ? 'mid-cycle' : event.stopped ? 'stopped' : null,
    kind: event.kind,
    author: event.author.name || event.author.email,
    via: event.source !== undefined ? 'sync' : event.via === 'checkin' ? 'check-in' : 'edit',
    commit: event.commit.slice(0, 7),
    note: (event.note ?? '').split('\n')[0].trim(),
  };
}

/** "current 22 → 18", "added key result "Cut deploy time"", "milestone "Pilot" done false → true". */
export function describeChange(event: HistoryEvent): string {
  const from = event.source !== undefined ? ` from ${event.source}` : '';
  if (event.change === 'unchanged') return `checked in, no change${from}`;
  if (event.change !== 'changed') {
    const what = ITEM_NAMES[event.field] ?? event.field;
    const item = (event.change === 'added' ? event.to : event.from) as Record<string, unknown> | undefined;
    const title = event.milestone ?? (typeof item?.title === 'string' ? item.title : typeof item?.name === 'string' ? item.name : undefined);
    return `${event.change} ${what}${title === undefined ? '' : ` "${title}"`}`;
  }
  const field = event.milestone !== undefined ? `milestone "${event.milestone}" ${event.field.replace(/^milestones\./, '')}` : event.field;
  return `${field} ${formatValue(event.from)} → ${formatValue(event.to)}${from}`;
}

export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return '–';
  if (typeof value === 'string') return /[\s,]/.test(value) || value === '' ? `"${value}"` : value;
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
