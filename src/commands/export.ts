// okr export: every key result of a cycle as CSV, one row each, with every field of its unit
// file, so that `okr import` brings it back without loss (src/interchange/columns.ts).

import { UsageError } from '../errors.js';
import { terminalText } from '../escape/terminal.js';
import { exportCsvChunks } from '../interchange/export-csv.js';
import { writeOutput, writeOutputFile } from '../output/write-output.js';
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
  const csv = exportCsvChunks(checked.loaded.units, cycle.id);
  if (options.out === undefined) {
    // Data for a file or a pipe as it is; on a terminal, a person reads it: controls shown.
    await writeOutput(csv, io.stdout, io.stdout.isTTY ? terminalText : undefined);
    return 0;
  }
  let lines = 0;
  writeOutputFile(options.out, countLines(csv, (n) => (lines += n)), io);
  if (!options.quiet) io.stderr.write(`✔ wrote ${options.out} (${lines - 1} rows)\n`);
  return 0;
}

/** The chunks as they are, counting their CRLF line ends on the way (the header is one). */
function* countLines(chunks: Iterable<string>, count: (n: number) => void): Generator<string> {
  for (const chunk of chunks) {
    count(chunk.split('\r\n').length - 1);
    yield chunk;
  }
}
