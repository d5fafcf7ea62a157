// Who owned each key result at each point of the history: its lead, its contributors and its
// unit's lead, replayed from the history's own events (an item added carries the whole item,
// later changes of `lead`, `contributors` and `start` carry their new value). So a change is
// judged against the owners the key result had when it was made, not the ones it has now.

import type { HistoryEvent } from '../git/history.js';

export interface Owners {
  /** The key result's lead, contributors and the unit's lead, as person ids (deduplicated). */
  people: string[];
  lead?: string;
  contributors: string[];
  unitLead?: string;
}

interface KeyResultState {
  lead?: string;
  contributors: string[];
  start?: number;
}

export class OwnershipTrail {
  private readonly keyResults = new Map<string, KeyResultState>();
  private readonly unitLeads = new Map<string, string | undefined>();

  /** The owners of REF before the events applied so far; undefined when the history never showed it. */
  owners(ref: string, unit: string): Owners | undefined {
    const kr = this.keyResults.get(ref);
    if (!kr) return undefined;
    return ownersOf(kr.lead, kr.contributors, this.unitLeads.get(unit));
  }

  /** The key result's start as the history last set it. */
  start(ref: string): number | undefined {
    return this.keyResults.get(ref)?.start;
  }

  apply(event: HistoryEvent): void {
    if (event.item === 'unit') {
      if (event.field === 'unit') {
        if (event.change === 'added') this.unitLeads.set(event.unit, person(record(event.to).lead));
        else if (event.change === 'removed') this.unitLeads.delete(event.unit);
      } else if (event.field === 'lead') {
        this.unitLeads.set(event.unit, person(event.to));
      }
      return;
    }
    if (event.item !== 'keyResult') return;
    if (event.field === 'keyResult') {
      if (event.change === 'removed') {
        this.keyResults.delete(event.ref);
      } else if (event.change === 'added') {
        const doc = record(event.to);
        this.keyResults.set(event.ref, { lead: person(doc.lead), contributors: people(doc.contributors), start: number(doc.start) });
      }
      return;
    }
    const kr = this.keyResults.get(event.ref);
    if (!kr) return;
    if (event.field === 'lead') kr.lead = person(event.to);
    else if (event.field === 'contributors') kr.contributors = people(event.to);
    else if (event.field === 'start') kr.start = number(event.to);
  }
}

export function ownersOf(lead: string | undefined, contributors: readonly string[], unitLead: string | undefined): Owners {
  const all = [lead, ...contributors, unitLead].filter((id): id is string => id !== undefined);
  return { people: [...new Set(all)], lead, contributors: [...contributors], unitLead };
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function person(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `contributors` is a list; a single name is read as a list of one (validate reports it). */
function people(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map(person).filter((id): id is string => id !== undefined);
}

export function number(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
