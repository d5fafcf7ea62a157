// okr report: the status report of a cycle (or of one unit and the units below it), as of a
// date or as the repository stood at a revision: markdown for the company meeting, a pull
// request or a job summary; one self-contained HTML page with charts; or the data as JSON.

import { formatOutput, type Output } from '../format/formatter.js';
import { REPORT_FORMATS, type ReportFormat } from '../format/report/index.js';
import { buildReport } from '../report/build.js';
import { reportInput } from '../report/input.js';
import { openCycle, type StageOptions } from '../repository/cycle-stages.js';
import type { Io } from '../terminal/io.js';
import { FILE_MEDIUM, mediumOf } from '../terminal/medium.js';
import { progress } from '../terminal/progress.js';
import { writeOutput, writeOutputFile } from '../output/write-output.js';

export interface ReportOptions extends StageOptions {
  format?: ReportFormat;
  unit?: string;
  out?: string;
  depth?: number;
}

export async function run(options: ReportOptions, _args: string[], io: Io): Promise<number> {
  const status = progress(io, { quiet: options.quiet });
  let output: Output;
  try {
    status.phase('loading the OKR files');
    // A shallow clone's history would give wrong trends, not short ones: none is used.
    const stages = await openCycle({ ...options, wholeHistory: true }, { ...io, stderr: status.stderr });
    const input = await reportInput(stages, options, status);
    status.phase('building the report');
    const report = buildReport(input);
    status.phase('rendering');
    const medium = options.out === undefined ? await mediumOf(io.stdout, io.env, options.color) : FILE_MEDIUM;
    output = await formatOutput(REPORT_FORMATS, options.format ?? 'md', report, { ...medium, depth: options.depth });
  } finally {
    status.done();
  }
  if (options.out === undefined) {
    await writeOutput(output, io.stdout);
    return 0;
  }
  const { bytes } = writeOutputFile(options.out, output, io);
  if (!options.quiet) io.stderr.write(`okr: wrote ${options.out} (${formatSize(bytes)})\n`);
  return 0;
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
