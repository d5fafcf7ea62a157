// Loads both sides of a pull request (the base revision and the working tree, as okr diff
// does), collects every cycle's review reasons and groups them by person, with the name,
// email and GitHub handle the config gives them.

import type { Repository } from '../check.js';
import { loadSide, type Side } from '../diff/side.js';
import type { LoadOptions } from '../load/load-cycle.js';
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
}

export async function reviewersBetween(current: Repository, base: string, cycle: string | undefined, options: LoadOptions = {}): Promise<ReviewersReport> {
  const before = await loadSide(current, base, options, '--base');
  let after: Side | undefined;
  try {
    after = await loadSide(current, undefined, options);
    const ids = [...new Set([...(after.repo?.config.cycles ?? []), ...(before.repo?.config.cycles ?? [])].map((c) => c.id))]
      .filter((id) => cycle === undefined || id === cycle);
    const byPerson = new Map<string, Reason[]>();
    for (const id of ids) {
      const old = before.cycles.get(id);
      const now = after.cycles.get(id);
      const broken = { before: old?.loaded.brokenUnits, after: now?.loaded.brokenUnits };
      for (const { person, reason } of reviewReasons(id, old?.cascade, now?.cascade, broken)) {
        const reasons = byPerson.get(person) ?? [];
        if (!reasons.some((r) => JSON.stringify(r) === JSON.stringify(reason))) reasons.push(reason);
        byPerson.set(person, reasons);
      }
    }
    const config = after.repo?.config ?? current.config;
    const reviewers = [...byPerson].map(([person, reasons]) => describe(config, person, reasons))
      .sort((a, b) => (a.name ?? a.person).localeCompare(b.name ?? b.person));
    return { base: before.label, head: after.label, reviewers };
  } finally {
    before.dispose();
    after?.dispose();
  }
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
