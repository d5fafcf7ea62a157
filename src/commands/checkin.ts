// okr checkin REF: record progress on a key result and commit it (SPEC 5, 6). Values come
// from flags, from a CSV (--from), or from prompts on a terminal.

import { resolve } from 'node:path';
import { applyCheckins, RefusedChange } from '../checkin/apply.js';
import { hasMeasure, requestFromFlags, requestsFromCsv, type CheckinFlags, type CheckinRequest } from '../checkin/request.js';
import { EXIT_FINDINGS, UsageError } from '../errors.js';
import { readInputText } from '../fs/read-file.js';
import { formatScore, formatStatus } from '../text/numbers.js';
import { formatStylish } from '../format/validate/stylish.js';
import { cycleStages } from '../repository/cycle-stages.js';
import { openRepository } from '../repository/repository.js';
import { selectCycle } from '../repository/select-cycle.js';
import { scoreCycle } from '../score/index.js';
import { mediumOf } from '../terminal/medium.js';
import { isInteractive, readAll, today, type GlobalOptions, type Io } from '../terminal/io.js';

export interface CheckinOptions extends GlobalOptions, CheckinFlags {
  from?: string;
  /** commander's --no-commit */
  commit?: boolean;
}

export async function run(options: CheckinOptions, [ref]: string[], io: Io): Promise<number> {
  const repo = await openRepository({ cwd: io.cwd, config: options.config, env: io.env });
  const asOf = options.asOf ?? today();
  const cycle = selectCycle(repo.config, options.cycle, asOf);
  const date = options.date ?? asOf;

  let requests: CheckinRequest[];
  if (options.from !== undefined) {
    if (ref !== undefined || hasMeasure(options)) throw new UsageError('--from reads every check-in from the file: give no REF or value flags with it');
    const text = options.from === '-'
      ? (io.stdin ? await readAll(io.stdin) : '')
      : readInputText(resolve(io.cwd, options.from), `--from ${options.from}`);
    requests = requestsFromCsv(text, options.from === '-' ? 'stdin' : options.from, date);
  } else if (ref === undefined) {
    throw new UsageError('name the key result to check in on, like okr checkin platform/O1/KR1 (or use --from FILE)');
  } else if (hasMeasure(options)) {
    requests = [requestFromFlags(ref, { ...options, date }, date)];
  } else if (isInteractive(io)) {
    // The questions are asked before the lock is taken; the answers are applied under it.
    const stages = cycleStages(repo, cycle, asOf, { quiet: true }, io);
    const { askCheckin } = await import('../checkin/ask.js');
    const { findKeyResult } = await import('../checkin/plan.js');
    const kr = findKeyResult((await stages.checked()).cascade, ref);
    const scored = await stages.scored();
    const checkins = (await stages.timing())?.timelines.get(kr.ref) ?? [];
    requests = [await askCheckin({ kr, score: scored.keyResults.get(kr.ref), checkins, date, io })];
  } else {
    throw new UsageError('give --value, --done, --milestone, --score or --confidence (or run okr checkin in a terminal to be asked)');
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

  if (!options.quiet) {
    const scored = scoreCycle(applied.after.cascade, repo.config, cycle, { asOf });
    for (const { record } of applied.result) {
      const score = scored.keyResults.get(record.ref);
      const what = record.value !== undefined
        ? `${record.previous !== undefined ? `${record.previous} → ` : ''}${record.value}${record.unit ? ` ${record.unit}` : ''}`
        : record.milestone !== undefined ? `milestone "${record.milestone}" done`
          : record.done !== undefined ? (record.done ? 'done' : 'not done')
            : record.score !== undefined ? `score ${record.score}` : `confidence ${record.confidence}`;
      io.stderr.write(`✔ ${record.ref}: ${what}; score ${formatScore(score?.score)}, ${formatStatus(score?.status ?? 'none')}\n`);
    }
    io.stderr.write(applied.files.length === 0
      ? '  nothing changed: the file already says that, so there is nothing to commit\n'
      : applied.commit
        ? `  committed ${applied.commit.slice(0, 7)} (${applied.files.join(', ')})\n`
        : `  edited ${applied.files.join(', ')} (not committed)\n`);
  }
  return 0;
}
