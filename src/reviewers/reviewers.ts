// Loads both sides of a pull request (the base revision and the working tree, as okr diff
// does), collects every cycle's review reasons and groups them by person, with the name,
// email and GitHub handle the config gives them. The pull request's author is left out: no
// one approves their own change.

import { checkedCycles, type CheckedCycle } from '../repository/check-cycle.js';
import { atRevision, type Repository } from '../repository/repository.js';
import { own } from '../lookup.js';
import type { Config } from '../model.js';
import { reviewReasons, type Reason } from './reasons.js';

export interface Reviewer {
  person: string;
  name: string | null;
  email: string | null;
  /** `@handle`, or null when the config gives none. */
  github: string | null;
  reasons: Reason[];
}

export interface ReviewersReport {
  base: string;
  head: string;
  reviewers: Reviewer[];
  /** The pull request's author as given (--author, or the event's login), or null. */
  author: string | null;
  /** The author, had they not been the author: left out of `reviewers`. */
  excluded: Reviewer | null;
}

export async function reviewersBetween(current: Repository, base: string, cycle: string | undefined, author: string | null = null): Promise<ReviewersReport> {
  return atRevision(current, base, '--base', async (before) => {
    const old = before ? await checkedCycles(before) : new Map<string, CheckedCycle>();
    const now = await checkedCycles(current);
    const ids = [...new Set([...current.config.cycles, ...(before?.config.cycles ?? [])].map((c) => c.id))]
      .filter((id) => cycle === undefined || id === cycle);
    const byPerson = new Map<string, Reason[]>();
    for (const id of ids) {
      const then = old.get(id);
      const head = now.get(id);
      const broken = { before: then?.loaded.brokenUnits, after: head?.loaded.brokenUnits };
      for (const { person, reason } of reviewReasons(id, then?.cascade, head?.cascade, broken)) {
        const reasons = byPerson.get(person) ?? [];
        if (!reasons.some((r) => JSON.stringify(r) === JSON.stringify(reason))) reasons.push(reason);
        byPerson.set(person, reasons);
      }
    }
    const all = [...byPerson].map(([person, reasons]) => describe(current.config, person, reasons))
      .sort((a, b) => (a.name ?? a.person).localeCompare(b.name ?? b.person));
    const excluded = author === null ? undefined : all.find((reviewer) => isAuthor(reviewer, author));
    return { base, head: 'working tree', reviewers: all.filter((reviewer) => reviewer !== excluded), author, excluded: excluded ?? null };
  });
}

/** The author, given as a person id, an email or a GitHub login (with or without @), case aside. */
export function isAuthor(reviewer: Reviewer, author: string): boolean {
  const given = author.trim().replace(/^@/, '').toLowerCase();
  if (given === '') return false;
  return [reviewer.person, reviewer.email, reviewer.github?.replace(/^@/, '')].some((id) => id?.toLowerCase() === given);
}

function describe(config: Config, person: string, reasons: Reason[]): Reviewer {
  const doc = own(config.people, person);
  const github = doc?.github?.trim();
  return {
    person,
    name: doc?.name ?? null,
    email: doc?.email ?? null,
    github: github ? (github.startsWith('@') ? github : `@${github}`) : null,
    reasons,
  };
}
