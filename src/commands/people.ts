// okr people: who leads what in a cycle: roles, OKR leads, key-result leads, contributors,
// the load per person, and the internal-coach ratio against the 1-per-50 guideline.

import { formatOutput } from '../format/formatter.js';
import { PEOPLE_FORMATS, type PeopleFormat } from '../format/people/index.js';
import { buildPeople } from '../people/build.js';
import { openRepository } from '../repository/repository.js';
import { selectCycle } from '../repository/select-cycle.js';
import { today, type GlobalOptions, type Io } from '../terminal/io.js';
import { mediumOf } from '../terminal/medium.js';
import { writeOutput } from '../output/write-output.js';

export interface PeopleOptions extends GlobalOptions {
  format?: PeopleFormat;
}

export async function run(options: PeopleOptions, _args: string[], io: Io): Promise<number> {
  const repo = await openRepository({ cwd: io.cwd, config: options.config, env: io.env });
  const cycle = selectCycle(repo.config, options.cycle, options.asOf ?? today());
  const checked = await repo.checked(cycle);
  const broken = checked.loaded.brokenUnits.size;
  if (broken > 0 && !options.quiet) {
    io.stderr.write(`okr: warning: ${broken} unit file${broken === 1 ? '' : 's'} of ${cycle.id} could not be read and ${broken === 1 ? 'is' : 'are'} left out (run 'okr validate')\n`);
  }
  const report = buildPeople(repo.config, checked.cascade, cycle.id);
  await writeOutput(await formatOutput(PEOPLE_FORMATS, options.format ?? 'table', report, await mediumOf(io.stdout, io.env, options.color)), io.stdout);
  return 0;
}
