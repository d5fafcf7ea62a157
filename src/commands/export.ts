// okr export: every key result of a cycle as CSV, one row each, with every field of its unit
// file, so that `okr import` brings it back without loss (src/interchange/columns.ts).

import { UsageError } from '../errors.js';
import { terminalText } from '../escape/terminal.js';
import { exportCsv } from '../interchange/export-csv.js';
import { writeOutFile } from '../output/out-file.js';
import { openRepository } from '../repository/repository.js';
import { selectCycle } from '../repository/select-cycle.js';
import { today, type GlobalOptions, type Io } from '../terminal/io.js';

export interface ExportOptions extends GlobalOptions {
  out?: string;
}

export async function run(options: ExportOptions, _args: string[], io: Io): Promise<number> {
  const repo = await openRepository({ cwd: io.cwd, config: options.config, env: io.env });
  const cycle = selectCycle(repo.config, options.cycle, options.asOf ?? today());
  const checked = await repo.checked(cycle);
  // A file that cannot be read would be missing from the CSV, and an import of it would not
  // bring it back: better no export than a silently partial one.
  const broken = checked.loaded.files.filter((file) => !checked.loaded.units.some((u) => u.file === file));
  if (broken.length > 0) throw new UsageError(`cannot export ${cycle.id}: ${broken.join(', ')} could not be read (run 'okr validate')`);
  const csv = exportCsv(checked.loaded.units, cycle.id);
  if (options.out === undefined) {
    // Data for a file or a pipe as it is; on a terminal, a person reads it: controls shown.
    io.stdout.write(io.stdout.isTTY ? terminalText(csv) : csv);
    return 0;
  }
  writeOutFile(options.out, csv, io);
  if (!options.quiet) io.stderr.write(`✔ wrote ${options.out} (${csv.split('\r\n').length - 2} rows)\n`);
  return 0;
}
