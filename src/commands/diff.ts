// okr diff BASE [HEAD]: what a change does to the OKRs, as markdown for a pull-request
// comment (or JSON). HEAD defaults to the working tree.

import { changesBetween } from '../diff/changes.js';
import { DIFF_FORMATS, type DiffFormat } from '../format/diff/index.js';
import { formatOutput } from '../format/formatter.js';
import { openRepository } from '../repository/repository.js';
import { today, type GlobalOptions, type Io } from '../terminal/io.js';
import { mediumOf } from '../terminal/medium.js';
import { writeOutput } from '../output/write-output.js';

export interface DiffOptions extends GlobalOptions {
  format?: DiffFormat;
}

export async function run(options: DiffOptions, [base, head]: string[], io: Io): Promise<number> {
  const repo = await openRepository({ cwd: io.cwd, config: options.config, env: io.env });
  const report = await changesBetween(repo, base, head, options.asOf ?? today());
  if (options.cycle !== undefined) report.cycles = report.cycles.filter((c) => c.cycle === options.cycle);
  await writeOutput(await formatOutput(DIFF_FORMATS, options.format ?? 'md', report, await mediumOf(io.stdout, io.env, options.color)), io.stdout);
  return 0;
}
