// okr checkin REF: record progress on a key result and commit it (SPEC 5, 6, 9). Values come
// from flags, from a CSV (--from), or from prompts on a terminal; with no REF on a terminal,
// the person's own key results are offered first. A check-in whose value did not move is
// committed all the same (empty, with its trailers): it is what the weekly ritual asks for.

import { resolve } from 'node:path';
import { applyCheckins, RefusedChange } from '../checkin/apply.js';
import { checkCheckinDate } from '../checkin/date.js';
import { checkinOutcome } from '../checkin/outcome.js';
import { hasMeasure, requestFromFlags, requestsFromCsv, type CheckinFlags, type CheckinRequest } from '../checkin/request.js';
import { EXIT_FINDINGS, UsageError } from '../errors.js';
import { CHECKIN_FORMATS, type CheckinFormat } from '../format/checkin/index.js';
import { formatOutput } from '../format/formatter.js';
import { writeOutput } from '../output/write-output.js';
import { readInputText } from '../fs/read-file.js';
import { formatStylish } from '../format/validate/stylish.js';
import type { CycleDoc } from '../model.js';
import { cycleStages } from '../repository/cycle-stages.js';
import { openRepository, type Repository } from '../repository/repository.js';
import { selectCycle } from '../repository/select-cycle.js';
import { scoreCycle } from '../score/index.js';
import { mediumOf } from '../terminal/medium.js';
import { isInteractive, readAll, today, type GlobalOptions, type Io } from '../terminal/io.js';

export interface CheckinOptions extends GlobalOptions, CheckinFlags {
  from?: string;
  /** commander's --no-commit */
  commit?: boolean;
  format?: CheckinFormat;
}

const NAME_ONE = 'name the key result to check in on, like okr checkin platform/O1/KR1 --value 18 (okr score lists them), or give --from FILE';

export async function run(options: CheckinOptions, [given]: string[], io: Io): Promise<number> {
  const repo = await openRepository({ cwd: io.cwd, config: options.config, env: io.env });
  const asOf = options.asOf ?? today();
  const cycle = selectCycle(repo.config, options.cycle, asOf);
  const date = options.date ?? asOf;

  let requests: CheckinRequest[];
  if (options.from !== undefined) {
    if (given !== undefined || hasMeasure(options)) throw new UsageError('--from reads every check-in from the file: give no REF or value flags with it');
    const text = options.from === '-'
      ? (io.stdin ? await readAll(io.stdin) : '')
      : readInputText(resolve(io.cwd, options.from), `--from ${options.from}`);
    requests = requestsFromCsv(text, options.from === '-' ? 'stdin' : options.from, date);
    for (const request of requests) checkCheckinDate(request.date, cycle, asOf, request.dateOrigin ?? (options.date === undefined ? undefined : '--date'));
  } else {
    // Before any question: a date that cannot be used stops here, not after the answers.
    checkCheckinDate(date, cycle, asOf, options.date === undefined ? undefined : '--date');
    if (given === undefined && !isInteractive(io)) {
      throw new UsageError(`${NAME_ONE}${hasMeasure(options) ? '' : '; on a terminal, okr checkin alone offers your key results'}`);
    }
    const ref = given ?? await chooseKeyResult(repo, cycle, io);
    if (hasMeasure(options)) {
      requests = [requestFromFlags(ref, { ...options, date }, date)];
    } else if (isInteractive(io)) {
      requests = [await ask(repo, cycle, asOf, ref, date, io)];
    } else {
      throw new UsageError('give --value, --done, --milestone, --score, --confidence or --unchanged (or run okr checkin in a terminal to be asked)');
    }
  }

  let applied;
  try {
    applied = await applyCheckins(repo, cycle, requests, {
      commit: options.commit !== false,
      env: io.env,
      onWait: options.quiet ? undefined : (message) => io.stderr.write(`okr: ${message}\n`),
    });
  } catch (error) {
    if (!(error instanceof RefusedChange)) throw error;
    io.stderr.write(`okr: check-in refused, nothing was written: ${error.message}\n`);
    io.stderr.write(formatStylish(error.diagnostics, (await mediumOf(io.stderr, io.env, options.color)).paint));
    return EXIT_FINDINGS;
  }

  const scored = scoreCycle(applied.after.cascade, repo.config, cycle, { asOf });
  const outcome = checkinOutcome(cycle.id, applied.result, scored, applied.files, applied.commit);
  const format = options.format ?? 'text';
  if (format === 'text') {
    if (!options.quiet) await writeOutput(await formatOutput(CHECKIN_FORMATS, format, outcome, await mediumOf(io.stderr, io.env, options.color)), io.stderr);
  } else {
    await writeOutput(await formatOutput(CHECKIN_FORMATS, format, outcome, await mediumOf(io.stdout, io.env, options.color)), io.stdout);
  }
  if (!options.quiet) for (const warning of outcome.checkins.flatMap((c) => c.warnings)) io.stderr.write(`okr: warning: ${warning}\n`);
  return 0;
}

/** No REF on a terminal: the key results of the person running okr first, then any other. */
async function chooseKeyResult(repo: Repository, cycle: CycleDoc, io: Io): Promise<string> {
  const { authorEmail } = await import('../git/author.js');
  const { myKeyResults } = await import('../checkin/mine.js');
  const { askWhichKeyResult } = await import('../checkin/ask.js');
  const { cascade } = await repo.checked(cycle);
  const email = await authorEmail(repo.root, io.env);
  return (await askWhichKeyResult(cascade, myKeyResults(cascade, repo.config.people, email), email, io)).ref;
}

/** The questions are asked before the lock is taken; the answers are applied under it. */
async function ask(repo: Repository, cycle: CycleDoc, asOf: string, ref: string, date: string, io: Io): Promise<CheckinRequest> {
  const stages = cycleStages(repo, cycle, asOf, { quiet: true }, io);
  const { askCheckin } = await import('../checkin/ask.js');
  const { findKeyResult } = await import('../checkin/plan.js');
  const kr = findKeyResult((await stages.checked()).cascade, ref);
  const scored = await stages.scored();
  const checkins = (await stages.timing())?.timelines.get(kr.ref) ?? [];
  return askCheckin({ kr, score: scored.keyResults.get(kr.ref), checkins, date, io });
}
