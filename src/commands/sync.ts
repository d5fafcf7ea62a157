// okr sync [REF...]: read the values of the cycle's key results from their sources (SPEC 8), a
// few at a time, each under a time limit; print what was found; by default write the values
// that moved and commit the run as ONE check-in commit whose trailers say, per key result, the
// value and where it came from (OKR-Source). --dry-run writes nothing; --check writes nothing
// and exits 1 when a value in the files differs from its source. A failing source stops no
// other: its key result keeps its value, the message names both, and the run exits 1.

import { RefusedChange } from '../edit-flow/apply-edits.js';
import { EXIT_FINDINGS, UsageError } from '../errors.js';
import { terminalLine } from '../escape/terminal.js';
import { formatOutput } from '../format/formatter.js';
import { writeOutput } from '../output/write-output.js';
import { SYNC_FORMATS, type SyncFormat } from '../format/sync/index.js';
import { formatStylish } from '../format/validate/stylish.js';
import { sayErrors } from '../repository/cycle-stages.js';
import { openRepository } from '../repository/repository.js';
import { selectCycle } from '../repository/select-cycle.js';
import { DEFAULT_TIMEOUT_MS } from '../sources/read-source.js';
import { planSync, type SyncRow } from '../sync/plan.js';
import { DEFAULT_CONCURRENCY, readAll } from '../sync/read-all.js';
import type { SyncMode, SyncResult } from '../sync/result.js';
import { keyResultsToSync } from '../sync/select.js';
import { mediumOf } from '../terminal/medium.js';
import { today, type GlobalOptions, type Io } from '../terminal/io.js';
import { WriteInterrupted } from '../write/transaction.js';

export interface SyncOptions extends GlobalOptions {
  dryRun?: boolean;
  check?: boolean;
  /** Seconds per source. */
  timeout?: number;
  concurrency?: number;
  format?: SyncFormat;
}

const FIX = 'use --dry-run to see the values without writing them';

export async function run(options: SyncOptions, refs: string[], io: Io): Promise<number> {
  if (options.dryRun && options.check) throw new UsageError('give --dry-run or --check, not both (neither writes anything)');
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (concurrency < 1) throw new UsageError('--concurrency must be at least 1');
  const mode: SyncMode = options.check ? 'check' : options.dryRun ? 'dry-run' : 'write';
  const repo = await openRepository({ cwd: io.cwd, config: options.config, env: io.env });
  const date = options.asOf ?? today();
  const cycle = selectCycle(repo.config, options.cycle, date);
  // Everything that would stop the commit is said before any source is read.
  if (mode === 'write') await (await import('../git/commit.js')).assertCanCommit(repo.root, io.env, FIX);
  const checked = await repo.checked(cycle);
  if (!options.quiet) sayErrors(checked, cycle, 'the key results of files that do not load are not read', io);
  const keyResults = keyResultsToSync(checked.cascade, refs);
  if (keyResults.length === 0 && !options.quiet) io.stderr.write(`okr: no key result of ${cycle.id} has a source: (see "Sources" in the README)\n`);

  // The writing modules (the editor and its YAML library) load while the sources answer.
  const applying = mode === 'write' && keyResults.length > 0 ? import('../sync/apply.js') : undefined;
  applying?.catch(() => undefined);
  const reads = await withInterrupt((signal) => readAll(keyResults, {
    sources: repo.config.sources, env: io.env, root: repo.root, signal, concurrency,
    timeoutMs: options.timeout === undefined ? DEFAULT_TIMEOUT_MS : options.timeout * 1000,
  }));

  let rows: SyncRow[];
  let commit: string | null = null;
  if (applying && reads.length > 0) {
    const { applySync } = await applying;
    try {
      const applied = await applySync(repo, cycle, reads, { date, fix: FIX, env: io.env, onWait: options.quiet ? undefined : (message) => io.stderr.write(`okr: ${message}\n`) });
      rows = applied.result.rows;
      commit = applied.commit ?? null;
    } catch (error) {
      if (!(error instanceof RefusedChange)) throw error;
      io.stderr.write('okr: sync refused, nothing was written: the values would make the OKR files invalid\n');
      io.stderr.write(formatStylish(error.diagnostics, (await mediumOf(io.stderr, io.env, options.color)).paint));
      return EXIT_FINDINGS;
    }
  } else {
    rows = planSync(checked.cascade, reads, { date, cycle: cycle.id }).rows;
  }

  const result: SyncResult = { cycle: cycle.id, mode, rows, commit };
  await writeOutput(await formatOutput(SYNC_FORMATS, options.format ?? 'table', result, await mediumOf(io.stdout, io.env, options.color)), io.stdout);
  // Failures are errors: said on stderr even with -q, each with its key result and source.
  for (const row of rows) {
    if (row.outcome !== 'failed') continue;
    // The reason may quote what a server or a script said: shown, never acted on.
    io.stderr.write(`okr: ${terminalLine(row.ref)}: source '${terminalLine(row.source)}' failed: ${terminalLine(row.reason ?? 'no reason given')}; its value is left as it was\n`);
  }
  const failed = rows.some((row) => row.outcome === 'failed');
  const differs = mode === 'check' && rows.some((row) => row.outcome === 'changed');
  return failed || differs ? EXIT_FINDINGS : 0;
}

/**
 * Runs the reads with a signal that Ctrl-C fires: the commands a source started run in their
 * own process groups, out of the terminal's reach, so they are stopped here; then okr stops
 * with nothing written.
 */
async function withInterrupt<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const signal of signals) process.on(signal, stop);
  try {
    const result = await work(controller.signal);
    if (controller.signal.aborted) throw new WriteInterrupted();
    return result;
  } finally {
    for (const signal of signals) process.off(signal, stop);
  }
}
