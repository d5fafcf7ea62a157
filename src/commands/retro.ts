// okr retro [UNIT]: the end-of-cycle retrospective of a cycle (SPEC 5), or, with UNIT, filling
// in that unit's final scores, learnings and decisions: by prompts on a terminal, by flags
// otherwise, written and committed with the same guarantees as `okr checkin`.

import { applyEdits, RefusedChange } from '../edit-flow/apply-edits.js';
import { EXIT_FINDINGS, UsageError } from '../errors.js';
import { formatOutput } from '../format/formatter.js';
import { RETRO_FORMATS, type RetroFormat } from '../format/retro/index.js';
import { formatStylish } from '../format/validate/stylish.js';
import type { CycleDoc, Decision } from '../model.js';
import { fields, formatRetroMessage } from '../retro/message.js';
import { findUnit, planRetro, type RetroEntries } from '../retro/fill.js';
import { retroCycle } from '../retro/select-cycle.js';
import { sayErrors } from '../repository/cycle-stages.js';
import { openRepository, type Repository } from '../repository/repository.js';
import { scoreCycle } from '../score/index.js';
import { colorsFor } from '../terminal/color.js';
import { isInteractive, today, type GlobalOptions, type Io } from '../terminal/io.js';
import { mediumOf } from '../terminal/medium.js';
import { writeOutput } from '../output/write-output.js';

export interface RetroOptions extends GlobalOptions {
  format?: RetroFormat;
  kr?: string;
  learning?: string;
  decision?: Decision;
  score?: number;
  /** commander's --no-commit */
  commit?: boolean;
}

export async function run(options: RetroOptions, [unitId]: string[], io: Io): Promise<number> {
  const repo = await openRepository({ cwd: io.cwd, config: options.config, env: io.env });
  const asOf = options.asOf ?? today();
  const { cycle, inRetroWindow } = retroCycle(repo.config, options.cycle, asOf);
  if (inRetroWindow && !options.quiet) {
    io.stderr.write(`okr: ${cycle.id} ended on ${cycle.end} and its learnings are due by ${cycle.retroBy}: this is its retrospective (--cycle to choose another)\n`);
  }
  const flagged = options.kr !== undefined || options.learning !== undefined || options.decision !== undefined || options.score !== undefined;
  if (unitId === undefined && !flagged) return report(repo, cycle, asOf, options, io);
  return fillIn(repo, cycle, asOf, unitId, options, io);
}

async function report(repo: Repository, cycle: CycleDoc, asOf: string, options: RetroOptions, io: Io): Promise<number> {
  const checked = await repo.checked(cycle);
  if (!options.quiet) sayErrors(checked, cycle, 'the retrospective may be incomplete', io);
  const scored = scoreCycle(checked.cascade, repo.config, cycle, { asOf });
  const history = await readCycleHistory(repo, cycle);
  const { buildRetro } = await import('../retro/build.js');
  const retro = buildRetro({ config: repo.config, cycle, cascade: checked.cascade, scored, asOf, history });
  await writeOutput(await formatOutput(RETRO_FORMATS, options.format ?? 'md', retro, await mediumOf(io.stdout, io.env, options.color)), io.stdout);
  return 0;
}

/** The cycle's history from git, or null where there is none to read (then said in the report). */
async function readCycleHistory(repo: Repository, cycle: CycleDoc) {
  const state = await repo.gitState();
  if (!state?.head) return null;
  const history = await repo.history(cycle);
  return { events: history.events, shallow: history.shallow };
}

async function fillIn(repo: Repository, cycle: CycleDoc, asOf: string, unitId: string | undefined, options: RetroOptions, io: Io): Promise<number> {
  const id = unitId ?? options.kr?.split('/')[0];
  if (id === undefined) throw new UsageError('name the unit whose learnings these are: okr retro UNIT --learning "…"');

  let entries: RetroEntries;
  if (options.kr !== undefined || options.learning !== undefined || options.decision !== undefined || options.score !== undefined) {
    entries = entriesFromFlags(options);
  } else if (isInteractive(io)) {
    // The questions are asked before the lock is taken; the answers are applied under it, to
    // the file as it is then (an edit saved meanwhile is kept).
    const before = await repo.checked(cycle);
    const unit = findUnit(before.cascade, id);
    const { askRetro } = await import('../retro/ask.js');
    const { terminalPrompter } = await import('../terminal/prompts.js');
    const scored = scoreCycle(before.cascade, repo.config, cycle, { asOf });
    entries = await askRetro(unit, scored.keyResults, terminalPrompter(io, colorsFor(io.stdout, io.env, options.color)), (text) => io.stdout.write(text));
  } else {
    throw new UsageError(`give --kr REF with --score, --learning or --decision, or --learning alone for ${id}'s own learnings (or run okr retro ${id} in a terminal to be asked)`);
  }

  let applied;
  try {
    applied = await applyEdits(repo, cycle, (before) => {
      const planned = planRetro(findUnit(before.cascade, id), entries);
      return { changes: [{ file: planned.file, edits: planned.edits }], result: planned };
    }, {
      commit: options.commit !== false,
      message: (planned) => formatRetroMessage(planned, cycle.id),
      command: 'okr retro',
      env: io.env,
      onWait: options.quiet ? undefined : (message) => io.stderr.write(`okr: ${message}\n`),
    });
  } catch (error) {
    if (!(error instanceof RefusedChange)) throw error;
    io.stderr.write(`okr: retro refused, nothing was written: ${error.message}\n`);
    io.stderr.write(formatStylish(error.diagnostics, (await mediumOf(io.stderr, io.env, options.color)).paint));
    return EXIT_FINDINGS;
  }

  const planned = applied.result;
  if (applied.files.length === 0) {
    if (!options.quiet) io.stderr.write(`okr: nothing to record: ${planned.file} already says all of that\n`);
    return 0;
  }
  if (!options.quiet) {
    const unit = planned.unit;
    for (const kr of planned.keyResults) io.stderr.write(`✔ ${kr.ref}: ${fields(kr).join(', ')}\n`);
    if (planned.learnings !== undefined) io.stderr.write(`✔ ${unit.id}: learnings\n`);
    io.stderr.write(applied.commit
      ? `  committed ${applied.commit.slice(0, 7)} (${applied.files.join(', ')})\n`
      : `  edited ${applied.files.join(', ')} (not committed)\n`);
  }
  return 0;
}

/** --kr with --score/--learning/--decision is about a key result; --learning alone, the unit. */
function entriesFromFlags(options: RetroOptions): RetroEntries {
  if (options.kr === undefined) {
    if (options.score !== undefined || options.decision !== undefined) {
      throw new UsageError('--score and --decision are about a key result: name it with --kr REF');
    }
    return { keyResults: [], learnings: options.learning };
  }
  if (options.score === undefined && options.learning === undefined && options.decision === undefined) {
    throw new UsageError(`give --score, --learning or --decision for ${options.kr}`);
  }
  return { keyResults: [{ ref: options.kr, score: options.score, learning: options.learning, decision: options.decision }] };
}
