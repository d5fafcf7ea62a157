// The stages of one cycle, as every command that reads a cycle sees it: the cycle chosen
// (--cycle, else by date), checked, its check-in timelines from git, scored. Each stage runs
// when first asked for, once. With --at the same stages come from the repository as it stood
// at a commit or on a date, its files read from git into memory.

import type { CheckedCycle } from './check-cycle.js';
import { countErrors } from '../findings/count-errors.js';
import type { CycleDoc } from '../model.js';
import { plural } from '../text/plural.js';
import type { Checkin, CheckinNote, ScoredCycle } from '../score/types.js';
import { scoreCycle } from '../score/score-cycle.js';
import { today, type GlobalOptions, type Io } from '../terminal/io.js';
import { atRevision, openRepository, type Repository, type Revision } from './repository.js';
import { selectCycle } from './select-cycle.js';
import { shallowWarning } from './shallow-clone.js';

export interface StageOptions extends GlobalOptions {
  /** A revision or a date: the repository as it stood then. */
  at?: string;
  /** commander's --no-history: score from the files alone. */
  history?: boolean;
  /** Timelines only from a whole history: a shallow clone's counts as none (okr report). */
  wholeHistory?: boolean;
}

/** What scoring reads from git: check-in timelines and notes, and when each unit file last changed. */
export interface Timing {
  timelines: Map<string, Checkin[]>;
  /** Unit id → the date its file was last committed (on or before the as-of date). */
  fileDates: Map<string, string>;
  /** Key result ref → the notes of its check-ins, oldest first. */
  notes?: Map<string, CheckinNote[]>;
}

export interface CycleStages {
  /** The repository the cycle is read from: at --at, the one of that revision. */
  repo: Repository;
  cycle: CycleDoc;
  /** The date that counts as today: --as-of, else with --at that day, else today. */
  asOf: string;
  /** --at: the revision named, and the commit it stands for. */
  at?: Revision;
  checked(): Promise<CheckedCycle>;
  /** Timelines as of `asOf`; undefined outside git, without commits, or with --no-history. */
  timing(): Promise<Timing | undefined>;
  /** Scores, with the timelines when there are any; says when broken files leave some out. */
  scored(): Promise<ScoredCycle>;
}

/** The cycle a command works on, in the working tree or (--at) at a revision. */
export async function openCycle(options: StageOptions, io: Io): Promise<CycleStages> {
  const current = await openRepository({ cwd: io.cwd, config: options.config, env: io.env });
  if (options.at === undefined) {
    const asOf = options.asOf ?? today();
    return cycleStages(current, selectCycle(current.config, options.cycle, asOf), asOf, options, io);
  }
  const at = options.at;
  return atRevision(current, at, '--at', async (then, revision) => {
    if (!then) {
      const { GitError } = await import('../git/git.js');
      throw new GitError(`${current.configFile} did not exist at ${at}`);
    }
    // A date means "as it stood that day"; a revision, as of the day it was committed.
    const asOf = options.asOf ?? (/^\d{4}-\d{2}-\d{2}$/.test(at) ? at : revision.date);
    return { ...cycleStages(then, selectCycle(then.config, options.cycle, asOf), asOf, options, io), at: revision };
  });
}

/** The stages of a cycle already chosen. */
export function cycleStages(repo: Repository, cycle: CycleDoc, asOf: string, options: StageOptions, io: Io): CycleStages {
  let timing: Promise<Timing | undefined> | undefined;
  let scored: Promise<ScoredCycle> | undefined;
  const stages: CycleStages = {
    repo,
    cycle,
    asOf,
    checked: () => repo.checked(cycle),
    timing: () => (timing ??= readTiming(repo, cycle, asOf, options, io)),
    scored: () => (scored ??= (async () => {
      // git log starts first: git works in its own process while the files load here.
      const reading = stages.timing();
      reading.catch(() => undefined);
      const checked = await stages.checked();
      if (!options.quiet) sayErrors(checked, cycle, 'scores may be incomplete', io);
      return scoreCycle(checked.cascade, repo.config, cycle, { asOf, ...await reading });
    })()),
  };
  return stages;
}

async function readTiming(repo: Repository, cycle: CycleDoc, asOf: string, options: StageOptions, io: Io): Promise<Timing | undefined> {
  if (options.history === false) return undefined;
  const state = await repo.gitState();
  if (!state?.head || (state.shallow && options.wholeHistory)) return undefined;
  const history = await repo.history(cycle);
  const warning = shallowWarning(history, 'timelines');
  if (warning && !options.quiet) io.stderr.write(warning);
  const [{ timingAsOf }, { checkinNotes }] = await Promise.all([import('../git/history.js'), import('../git/checkin-notes.js')]);
  return { ...timingAsOf(history, asOf), notes: checkinNotes(history.events) };
}

/** Errors in the cycle's files leave parts out of what is shown: said, with what they affect. */
export function sayErrors(checked: CheckedCycle, cycle: CycleDoc, consequence: string, io: Pick<Io, 'stderr'>): void {
  const { errors, files } = countErrors(checked.findings);
  if (errors === 0) return;
  io.stderr.write(`okr: warning: ${plural(errors, 'error')} in ${plural(files, 'file')} of ${cycle.id}; ${consequence} (run 'okr validate')\n`);
}
