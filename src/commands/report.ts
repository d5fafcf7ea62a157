// okr report: the status report of a cycle (or of one unit and the units below it), as of a
// date or as the repository stood at a revision: markdown for the company meeting, a pull
// request or a job summary; one self-contained HTML page with charts; or the data as JSON.
// --post NAME also sends its summary to a chat webhook (notify.webhooks in the config).

import { formatOutput, outputText, type Output } from '../format/formatter.js';
import { REPORT_FORMATS, type ReportFormat } from '../format/report/index.js';
import { buildReport } from '../report/build.js';
import { reportInput } from '../report/input.js';
import { openCycle, type StageOptions } from '../repository/cycle-stages.js';
import type { Io } from '../terminal/io.js';
import { FILE_MEDIUM, mediumOf } from '../terminal/medium.js';
import { progress } from '../terminal/progress.js';
import { POST_FORMATS } from '../format/post/index.js';
import { postWebhook, resolveWebhook, type ResolvedWebhook } from '../notify/webhook.js';
import { postSummary, type PostSummary } from '../report/post-summary.js';
import { plural } from '../text/plural.js';
import { writeOutput, writeOutputFile } from '../output/write-output.js';

export interface ReportOptions extends StageOptions {
  format?: ReportFormat;
  unit?: string;
  out?: string;
  depth?: number;
  /** The name of a webhook in notify.webhooks: the summary is posted there. */
  post?: string;
}

export async function run(options: ReportOptions, _args: string[], io: Io): Promise<number> {
  const status = progress(io, { quiet: options.quiet });
  let output: Output;
  let posting: (() => Promise<void>) | undefined;
  try {
    status.phase('loading the OKR files');
    // A shallow clone's history would give wrong trends, not short ones: none is used.
    const stages = await openCycle({ ...options, wholeHistory: true }, { ...io, stderr: status.stderr });
    // A webhook that cannot be used stops the report before it is built.
    const hook = options.post === undefined ? undefined : resolveWebhook(stages.repo.config.notify?.webhooks, options.post, io.env, stages.repo.configFile);
    const input = await reportInput(stages, options, status);
    status.phase('building the report');
    const report = buildReport(input);
    if (hook) posting = () => post(hook, postSummary(report, input.cascade), io, options.quiet === true);
    status.phase('rendering');
    const medium = options.out === undefined ? await mediumOf(io.stdout, io.env, options.color) : FILE_MEDIUM;
    output = await formatOutput(REPORT_FORMATS, options.format ?? 'md', report, { ...medium, depth: options.depth });
  } finally {
    status.done();
  }
  if (options.out === undefined) {
    await writeOutput(output, io.stdout);
  } else {
    const { bytes } = writeOutputFile(options.out, output, io);
    if (!options.quiet) io.stderr.write(`okr: wrote ${options.out} (${formatSize(bytes)})\n`);
  }
  if (posting) await posting();
  return 0;
}

/** --post NAME: the summary in the webhook's kind, sent; a failure is a usage error (exit 2). */
async function post(hook: ResolvedWebhook, summary: PostSummary, io: Io, quiet: boolean): Promise<void> {
  const body = outputText(await formatOutput(POST_FORMATS, hook.kind, summary, FILE_MEDIUM));
  await postWebhook(hook, body);
  if (!quiet) io.stderr.write(`okr: posted the summary to webhook '${hook.name}' (${hook.url.origin}): ${plural(summary.attention.length, 'key result')} need${summary.attention.length === 1 ? 's' : ''} attention\n`);
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
