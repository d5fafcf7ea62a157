// okr people: who leads what in a cycle: roles, OKR leads, key-result leads, contributors,
// the load per person, and the internal-coach ratio against the 1-per-50 guideline.

import { jsonText } from '../escape/json.js';
import { buildPeople } from '../people/build.js';
import { openRepository } from '../repository/repository.js';
import { selectCycle } from '../repository/select-cycle.js';
import { colorsFor } from '../terminal/color.js';
import { today, type GlobalOptions, type Io } from '../terminal/io.js';

export interface PeopleOptions extends GlobalOptions {
  format?: 'table' | 'md' | 'json';
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
  switch (options.format ?? 'table') {
    case 'json':
      io.stdout.write(jsonText(report));
      break;
    case 'md': {
      const { formatPeopleMarkdown } = await import('../format/people-md.js');
      io.stdout.write(formatPeopleMarkdown(report));
      break;
    }
    default: {
      const { formatPeopleTable } = await import('../format/people-table.js');
      io.stdout.write(formatPeopleTable(report, colorsFor(io.stdout, io.env, options.color)));
    }
  }
  return 0;
}
