// okr completion <shell>: print the completion script of a shell. The scripts call back with
// the hidden `okr completion __complete` (words in the environment, see src/completion/scripts.ts),
// which prints the candidates, one per line.

import { complete, contextOf } from '../completion/complete.js';
import { loadProgramSpec } from '../completion/program-spec.js';
import { readCompletionData } from '../completion/repository-data.js';
import { completionScript, SHELLS, type Shell } from '../completion/scripts.js';
import { UsageError } from '../errors.js';
import { showControls } from '../escape/visible.js';
import type { GlobalOptions, Io } from '../terminal/io.js';

export const COMPLETE = '__complete';

export async function run(options: GlobalOptions, args: string[], io: Io): Promise<number> {
  const shell = args[0] ?? '';
  if (shell === COMPLETE) return await printCandidates(options, io);
  if (!(SHELLS as readonly string[]).includes(shell)) throw new UsageError(`unknown shell '${shell}'; okr completes in ${SHELLS.join(', ')}`);
  io.stdout.write(completionScript(shell as Shell));
  return 0;
}

async function printCandidates(options: GlobalOptions, io: Io): Promise<number> {
  const words = (io.env.OKR_COMPLETE_WORDS ?? '').split('\n');
  const cword = Number(io.env.OKR_COMPLETE_CWORD ?? words.length - 1);
  if (!Number.isInteger(cword) || cword < 1) return 0;
  const spec = await loadProgramSpec();
  // Only the words before the cursor are finished; -C, --config, --cycle and --as-of typed there choose the repository and cycle.
  const context = { config: options.config, cycle: options.cycle, asOf: options.asOf, ...contextOf(words.slice(0, cword)) };
  const data = await readCompletionData(io, context);
  const result = complete(spec, data, words, cword);
  // One candidate a line, `:` marking paths: a value from the files that holds a line break or
  // another control character, or starts with `:`, could not be told apart; it is left out.
  const lines = result.paths ? [`:${result.paths}`] : result.values.filter((value) => showControls(value) === value && !value.startsWith(':'));
  if (lines.length > 0) io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
