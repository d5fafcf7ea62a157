// okr audit: from git history, changes to key results made by someone who does not own them,
// and targets eased with no reason in their commit (src/audit/). Exit 1 when it finds
// something, so a workflow can gate a branch on it (`okr audit --since origin/main`).

import { UsageError } from '../errors.js';
import { eventsSince, type HistoryEvent } from '../git/history.js';
import { openRepository } from '../repository/repository.js';
import { selectCycle } from '../repository/select-cycle.js';
import { shallowWarning } from '../repository/shallow-clone.js';
import { auditHistory } from '../audit/audit.js';
import { ownersOf, type Owners } from '../audit/ownership.js';
import { formatOutput } from '../format/formatter.js';
import { AUDIT_FORMATS, type AuditFormat } from '../format/audit/index.js';
import { today, type GlobalOptions, type Io } from '../terminal/io.js';
import { mediumOf } from '../terminal/medium.js';
import { writeOutput } from '../output/write-output.js';

export interface AuditOptions extends GlobalOptions {
  since?: string;
  format?: AuditFormat;
}

export async function run(options: AuditOptions, _args: string[], io: Io): Promise<number> {
  const repo = await openRepository({ cwd: io.cwd, config: options.config, env: io.env });
  const cycle = selectCycle(repo.config, options.cycle, options.asOf ?? today());
  const people = repo.config.people ?? {};
  if (!Object.values(people).some((p) => typeof p?.email === 'string' && p.email !== '')) {
    // Without emails every author would be an unknown person: a gate that always fails.
    throw new UsageError(`okr audit matches commit authors against people.<id>.email in ${repo.configFile}, and no person there has an email`);
  }

  // The whole history, even with --since: owners are replayed from the start.
  const history = await repo.history(cycle);
  const shallow = shallowWarning(history, 'events');
  if (shallow && !options.quiet) io.stderr.write(shallow);
  let reported: Set<HistoryEvent> | undefined;
  if (options.since !== undefined) reported = new Set(await eventsSince(history.events, options.since, repo.root, repo.env));
  const asOf = options.asOf;
  const include = (event: HistoryEvent) => (reported === undefined || reported.has(event)) && (asOf === undefined || event.date <= asOf);

  // Only for key results whose addition the history does not show (a shallow clone): the
  // files as they are now are the best there is, and loading them costs a full parse.
  let current: Map<string, Owners> | undefined;
  const loadCurrent = async () => {
    const { cascade } = await repo.checked(cycle);
    current = new Map([...cascade.keyResults].map(([ref, kr]) => [ref, ownersOf(kr.doc.lead, kr.doc.contributors ?? [], kr.objective.unit.doc.lead)]));
  };
  if (needsCurrentOwners(history.events)) await loadCurrent();
  const findings = auditHistory(history.events, { people, include, currentOwners: (ref) => current?.get(ref) });

  const report = { cycle: cycle.id, ...(options.since !== undefined ? { since: options.since } : {}), shallow: history.shallow, start: history.start, findings };
  await writeOutput(await formatOutput(AUDIT_FORMATS, options.format ?? 'md', report, await mediumOf(io.stdout, io.env, options.color)), io.stdout);
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
