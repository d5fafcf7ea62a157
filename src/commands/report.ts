// okr report: the status report of a cycle (or of one unit and the units below it), as of a
// date or as the repository stood at a revision: markdown for the company meeting, a pull
// request or a job summary; one self-contained HTML page with charts; or the data as JSON.

import { resolve } from 'node:path';
import { jsonText } from '../escape/json.js';
import { formatReportMarkdown } from '../format/report-md.js';
import { writeFileAtomic } from '../fs/write-file.js';
import { buildReport } from '../report/build.js';
import { reportInput } from '../report/input.js';
import type { Report } from '../report/model.js';
import { openCycle, type StageOptions } from '../repository/cycle-stages.js';
import type { Io } from '../terminal/io.js';
import { progress } from '../terminal/progress.js';

export interface ReportOptions extends StageOptions {
  format?: 'md' | 'html' | 'json';
  unit?: string;
  out?: string;
  depth?: number;
}

export async function run(options: ReportOptions, _args: string[], io: Io): Promise<number> {
  const status = progress(io, { quiet: options.quiet });
  let text: string;
  try {
    status.phase('loading the OKR files');
    // A shallow clone's history would give wrong trends, not short ones: none is used.
    const stages = await openCycle({ ...options, wholeHistory: true }, { ...io, stderr: status.stderr });
    const input = await reportInput(stages, options, status);
    status.phase('building the report');
    const report = buildReport(input);
    status.phase('rendering');
    text = await render(report, options);
  } finally {
    status.done();
  }
  if (options.out === undefined) {
    io.stdout.write(text);
    return 0;
  }
  // Like every path on the command line, relative to where -C says okr runs.
  // A FIFO, a device or a folder there is refused, not replaced; a link is written through.
  writeFileAtomic(resolve(io.cwd, options.out), text, { shown: options.out });
  if (!options.quiet) io.stderr.write(`okr: wrote ${options.out} (${formatSize(Buffer.byteLength(text))})\n`);
  return 0;
}

async function render(report: Report, options: ReportOptions): Promise<string> {
  switch (options.format ?? 'md') {
    case 'json':
      return jsonText(report);
    case 'html': {
      const { renderReportHtml } = await import('../report/html/render.js');
      return renderReportHtml(report);
    }
    default:
      return formatReportMarkdown(report, { depth: options.depth });
  }
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
