// okr import FILE: OKRs from CSV (as okr export writes it) or a markdown OKR document into the
// unit files. A dry run by default: it prints, file by file, what it would add and change;
// --write writes (atomically, no commit) through the write transaction, planned again under
// the repository lock from the files as they are then. Nothing is written unless the whole
// input is valid and the cycle has no new errors with the change in place.

import { basename, extname, resolve } from 'node:path';
import { EXIT_FINDINGS, EXIT_USAGE, UsageError } from '../errors.js';
import { formatOutput } from '../format/formatter.js';
import { writeOutput } from '../output/write-output.js';
import { IMPORT_FORMATS, type ImportFormat } from '../format/import/index.js';
import { formatStylish } from '../format/validate/stylish.js';
import { readImportCsv } from '../interchange/import-csv.js';
import { NotAnOkrDocument, readMarkdownDocument } from '../interchange/markdown.js';
import { markdownToWanted } from '../interchange/markdown-unit.js';
import { importOutcome } from '../interchange/outcome.js';
import { planImport, type ImportPlan } from '../interchange/plan-import.js';
import { PlanError } from '../interchange/plan-unit.js';
import { InputError, type WantedUnit } from '../interchange/wanted.js';
import { readRepositoryText } from '../fs/read-file.js';
import { readInputFile, readInputStream } from '../interchange/read-input.js';
import { openRepository } from '../repository/repository.js';
import { selectCycle } from '../repository/select-cycle.js';
import { today, type GlobalOptions, type Io } from '../terminal/io.js';
import { mediumOf } from '../terminal/medium.js';
import { transact } from '../write/transaction.js';

export interface ImportOptions extends GlobalOptions {
  type?: 'csv' | 'md';
  write?: boolean;
  unit?: string;
  format?: ImportFormat;
}

export async function run(options: ImportOptions, args: string[], io: Io): Promise<number> {
  const [input] = args;
  const type = options.type ?? typeFromName(input);
  const source = input === '-' ? '<stdin>' : input;
  let text: string;
  try {
    text = await readInput(input, source, type, io);
  } catch (error) {
    if (error instanceof InputError) return cannotImport(error, source, io);
    throw error;
  }
  const repo = await openRepository({ cwd: io.cwd, config: options.config, createsOkrsDir: true, env: io.env });
  const cycle = selectCycle(repo.config, options.cycle, options.asOf ?? today());

  let wanted: WantedUnit[];
  try {
    if (type === 'csv') {
      if (options.unit !== undefined) throw new UsageError('--unit is for markdown documents; a CSV names the unit on each row');
      wanted = readImportCsv(text, source, cycle.id);
    } else {
      if (options.unit === undefined) throw new UsageError('a markdown document needs --unit ID: the unit its OKRs belong to');
      const document = readMarkdownDocument(text, source);
      const checked = await repo.checked(cycle);
      const unit = checked.loaded.units.find((u) => u.stem === options.unit);
      if (!unit) {
        throw new UsageError(`unit '${options.unit}' is not in ${cycle.id}${checked.loaded.brokenUnits.has(options.unit) ? ' (its file has errors; run okr validate)' : ''}; create it first with 'okr new unit' (a markdown document does not say its level or parent)`);
      }
      wanted = [markdownToWanted(unit.doc, document.objectives, document.lead)];
    }
  } catch (error) {
    if (error instanceof InputError) return cannotImport(error, source, io);
    if (error instanceof NotAnOkrDocument) throw new UsageError(error.message);
    throw error;
  }

  const plan = async () => {
    try {
      return await planImport(repo, wanted);
    } catch (error) {
      if (error instanceof PlanError) throw new UsageError(`${error.message}; nothing written`);
      throw error;
    }
  };
  let planned: ImportPlan;
  if (options.write) {
    // Planned under the lock, from the files as they are then; a refusal writes nothing.
    const applied = await transact({
      root: repo.root,
      command: 'okr import',
      env: io.env,
      onWait: options.quiet ? undefined : (message) => io.stderr.write(`okr: ${message}\n`),
      change: async () => {
        const result = await plan();
        for (const file of result.files) {
          const there = file.original === undefined ? readRepositoryText(repo.root, file.file) : {};
          if (there.text !== undefined || there.problem !== undefined) throw new UsageError(`${file.file} already exists; nothing written`);
        }
        const texts = new Map(result.refused.length > 0 ? [] : result.files.map((file) => [file.file, file.text]));
        return { texts, result };
      },
    });
    planned = applied.result;
  } else {
    planned = await plan();
  }
  const outcome = importOutcome(cycle.id, source, planned, options.write === true);
  const format = options.format ?? 'text';
  // Data on stdout: the JSON whatever happened, or a dry run's list of changes.
  if (format === 'json') await writeOutput(await formatOutput(IMPORT_FORMATS, format, outcome, await mediumOf(io.stdout, io.env, options.color)), io.stdout);
  if (planned.refused.length > 0) {
    io.stderr.write('okr: import refused, nothing was written: the OKR files would be invalid\n');
    io.stderr.write(formatStylish(planned.refused, (await mediumOf(io.stderr, io.env, options.color)).paint));
    return EXIT_FINDINGS;
  }
  if (planned.files.length === 0) {
    if (!options.quiet) io.stderr.write('nothing to change: the unit files already say all of it\n');
    return 0;
  }
  if (!options.write) {
    if (format === 'text') await writeOutput(await formatOutput(IMPORT_FORMATS, format, outcome, await mediumOf(io.stdout, io.env, options.color)), io.stdout);
    if (!options.quiet) io.stderr.write(`dry run: ${planned.files.length} file(s) would be written; nothing was. Run again with --write to write them.\n`);
    return 0;
  }
  if (format === 'text' && !options.quiet) await writeOutput(await formatOutput(IMPORT_FORMATS, format, outcome, await mediumOf(io.stderr, io.env, options.color)), io.stderr);
  return 0;
}

function typeFromName(input: string): 'csv' | 'md' {
  if (input === '-') throw new UsageError('reading stdin (-) needs --type csv or --type md');
  const ext = extname(basename(input)).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.md' || ext === '.markdown') return 'md';
  throw new UsageError(`cannot tell the format of ${input} from its extension; add --type csv or --type md`);
}

function cannotImport(error: InputError, source: string, io: Io): number {
  io.stderr.write(`okr: ${source} cannot be imported; nothing written:\n${error.message}\n`);
  return EXIT_USAGE;
}

/** The input, bounded in size and checked to be UTF-8 before anything parses it (read-input.ts). */
async function readInput(input: string, source: string, type: 'csv' | 'md', io: Io): Promise<string> {
  if (input === '-') {
    if (!io.stdin) throw new UsageError('no standard input to read');
    return readInputStream(io.stdin, source, type);
  }
  return readInputFile(resolve(io.cwd, input), input, type);
}
