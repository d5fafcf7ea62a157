// okr history [REF]: the audit trail of a cycle from git, narrowed to a unit, objective or key
// result (removed ones too), to progress or definition changes, and to changes since a date
// or a commit.

import { UsageError } from '../errors.js';
import { eventsSince, type HistoryEvent } from '../git/history.js';
import { openRepository } from '../repository/repository.js';
import { selectCycle } from '../repository/select-cycle.js';
import { shallowWarning } from '../repository/shallow-clone.js';
import { didYouMean } from '../text/did-you-mean.js';
import { today, type GlobalOptions, type Io } from '../terminal/io.js';

export interface HistoryOptions extends GlobalOptions {
  kind?: 'progress' | 'definition';
  since?: string;
  format?: 'table' | 'json' | 'md';
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
    events = events.filter((event) => names(event, ref));
    if (events.length === 0 && history.events.length > 0) throw unknownRef(ref, history.events, cycle.id);
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

  // Each format loads only what it needs (the table needs cli-table3 and chalk).
  switch (options.format ?? 'table') {
    case 'json': {
      const { formatHistoryJson } = await import('../format/history-json.js');
      io.stdout.write(formatHistoryJson(cycle.id, history.shallow, events));
      break;
    }
    case 'md': {
      const { formatHistoryMarkdown } = await import('../format/history-md.js');
      io.stdout.write(formatHistoryMarkdown(events, { cycle: cycle.id, filters, ...(history.shallow ? { shallowSince: history.start } : {}) }));
      break;
    }
    default: {
      const { formatHistoryTable } = await import('../format/history-table.js');
      const { colorsFor } = await import('../terminal/color.js');
      io.stdout.write(formatHistoryTable(events, { cycle: cycle.id, filters }, colorsFor(io.stdout, io.env, options.color), io.stdout.columns));
    }
  }
  return 0;
}

/** REF names the event's item or one of its parents, by its name now or at the time. */
function names(event: HistoryEvent, ref: string): boolean {
  const under = (name: string | undefined) => name !== undefined && (name === ref || name.startsWith(`${ref}/`));
  return under(event.ref) || under(event.formerRef);
}

function unknownRef(ref: string, events: readonly HistoryEvent[], cycle: string): UsageError {
  const known = new Set<string>();
  for (const event of events) {
    for (const name of [event.ref, event.formerRef]) {
      if (name === undefined) continue;
      const parts = name.split('/');
      for (let i = 1; i <= parts.length; i++) known.add(parts.slice(0, i).join('/'));
    }
  }
  const guess = didYouMean(ref, [...known]);
  return new UsageError(`no unit, objective or key result '${ref}' in the history of ${cycle}${guess ? ` (did you mean '${guess}'?)` : ''}`);
}
