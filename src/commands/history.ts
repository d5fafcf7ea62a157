// okr history [REF]: the audit trail of a cycle from git, narrowed to a unit, objective or key
// result (removed ones too), to progress or definition changes, and to changes since a date
// or a commit.

import { formatOutput } from '../format/formatter.js';
import { HISTORY_FORMATS, type HistoryFormat } from '../format/history/index.js';
import { eventsSince } from '../git/history.js';
import { openRepository } from '../repository/repository.js';
import { selectCycle } from '../repository/select-cycle.js';
import { shallowWarning } from '../repository/shallow-clone.js';
import { today, type GlobalOptions, type Io } from '../terminal/io.js';
import { mediumOf } from '../terminal/medium.js';
import { eventsUnder } from '../view/history.js';
import { writeOutput } from '../output/write-output.js';

export interface HistoryOptions extends GlobalOptions {
  kind?: 'progress' | 'definition';
  since?: string;
  format?: HistoryFormat;
}

export async function run(options: HistoryOptions, [ref]: string[], io: Io): Promise<number> {
  const repo = await openRepository({ cwd: io.cwd, config: options.config, env: io.env });
  const cycle = selectCycle(repo.config, options.cycle, options.asOf ?? today());
  const history = await repo.history(cycle);
  const shallow = shallowWarning(history, 'events');
  if (shallow && !options.quiet) io.stderr.write(shallow);

  let events = history.events;
  const filters: string[] = [];
  if (ref !== undefined && ref !== '') {
    events = eventsUnder(events, ref, cycle.id);
    filters.push(ref);
  }
  if (options.kind) {
    events = events.filter((event) => event.kind === options.kind);
    filters.push(options.kind);
  }
  if (options.since !== undefined) {
    events = await eventsSince(events, options.since, repo.root, repo.env);
    filters.push(`since ${options.since}`);
  }
  if (options.asOf !== undefined) {
    const asOf = options.asOf;
    events = events.filter((event) => event.date <= asOf);
    filters.push(`as of ${asOf}`);
  }
  const view = { cycle: cycle.id, events, filters, shallow: history.shallow, start: history.start };
  await writeOutput(await formatOutput(HISTORY_FORMATS, options.format ?? 'table', view, await mediumOf(io.stdout, io.env, options.color)), io.stdout);
  return 0;
}
