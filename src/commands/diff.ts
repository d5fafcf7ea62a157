// okr diff BASE [HEAD]: what a change does to the OKRs, as markdown for a pull-request
// comment (or JSON). HEAD defaults to the working tree.

import { changesBetween } from '../diff/changes.js';
import { jsonText } from '../escape/json.js';
import { formatChangesMarkdown } from '../format/changes-md.js';
import { openRepository } from '../repository/repository.js';
import { today, type GlobalOptions, type Io } from '../terminal/io.js';

export interface DiffOptions extends GlobalOptions {
  format?: 'md' | 'json';
}

export async function run(options: DiffOptions, [base, head]: string[], io: Io): Promise<number> {
  const repo = await openRepository({ cwd: io.cwd, config: options.config, env: io.env });
  const report = await changesBetween(repo, base, head, options.asOf ?? today());
  if (options.cycle !== undefined) report.cycles = report.cycles.filter((c) => c.cycle === options.cycle);
  if (options.format === 'json') {
    // In JSON the problems a change introduces are given located, like okr validate's.
    const cycles = report.cycles.map((c) => ({ ...c, introduced: report.problems.get(c.cycle) ?? [] }));
    io.stdout.write(jsonText({ base: report.base, head: report.head, cycles }));
  } else {
    io.stdout.write(formatChangesMarkdown(report));
  }
  return 0;
}
