// okr audit: from git history, changes to key results made by someone who does not own them,
// and targets eased with no reason in their commit (src/audit/). Exit 1 when it finds
// something, so a workflow can gate a branch on it (`okr audit --since origin/main`).

import { checkCycle, openRepository, selectCycle } from '../check.js';
import { UsageError } from '../errors.js';
import { eventsSince, readHistory, type HistoryEvent } from '../git/history.js';
import { auditHistory } from '../audit/audit.js';
import { ownersOf, type Owners } from '../audit/owners.js';
import { formatAuditJson, formatAuditMarkdown } from '../audit/format.js';
import { today, type GlobalOptions, type Io } from '../terminal/io.js';

export interface AuditOptions extends GlobalOptions {
  since?: string;
  format?: 'md' | 'json';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function run(options: AuditOptions, _args: string[], io: Io): Promise<number> {
  const repo = await openRepository({ cwd: io.cwd, dir: options.dir, config: options.config, env: io.env });
  const cycle = selectCycle(repo.config, options.cycle, options.asOf ?? today());
  if (options.since !== undefined && DATE.test(options.since) && Number.isNaN(Date.parse(options.since))) {
    throw new UsageError(`--since expects a date as YYYY-MM-DD or a revision, not '${options.since}'`);
  }
  const people = repo.config.people ?? {};
  if (!Object.values(people).some((p) => typeof p?.email === 'string' && p.email !== '')) {
    // Without emails every author would be an unknown person: a gate that always fails.
    throw new UsageError(`okr audit matches commit authors against people.<id>.email in ${repo.configFile}, and no person there has an email`);
  }

  // The whole history, even with --since: owners are replayed from the start.
  const history = await readHistory({ root: repo.root, config: repo.config, cycle, env: repo.env });
  if (history.shallow && !options.quiet) {
    io.stderr.write(`okr: this is a shallow clone: history starts at ${history.start ?? 'its only commit'}; fetch the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)\n`);
  }
  let reported: Set<HistoryEvent> | undefined;
  if (options.since !== undefined) reported = new Set(await eventsSince(history.events, options.since, repo.root, repo.env));
  const asOf = options.asOf;
  const include = (event: HistoryEvent) => (reported === undefined || reported.has(event)) && (asOf === undefined || event.date <= asOf);

  // Only for key results whose addition the history does not show (a shallow clone): the
  // files as they are now are the best there is, and loading them costs a full parse.
  let current: Map<string, Owners> | undefined;
  const loadCurrent = async () => {
    const { cascade } = await checkCycle(repo, cycle);
    current = new Map([...cascade.keyResults].map(([ref, kr]) => [ref, ownersOf(kr.doc.lead, kr.doc.contributors ?? [], kr.objective.unit.doc.lead)]));
  };
  if (needsCurrentOwners(history.events)) await loadCurrent();
  const findings = auditHistory(history.events, { people, include, currentOwners: (ref) => current?.get(ref) });

  const heading = { cycle: cycle.id, ...(options.since !== undefined ? { since: options.since } : {}), ...(history.shallow ? { shallowSince: history.start } : {}) };
  io.stdout.write(options.format === 'json' ? formatAuditJson(findings, heading) : formatAuditMarkdown(findings, heading));
  return findings.length > 0 ? 1 : 0;
}

/** A key result changed before the history shows it added. */
function needsCurrentOwners(events: readonly HistoryEvent[]): boolean {
  const seen = new Set<string>();
  for (const event of events) {
    if (event.item !== 'keyResult') continue;
    if (event.field === 'keyResult') seen.add(event.ref);
    else if (!seen.has(event.ref)) return true;
  }
  return false;
}
