// okr owners: the CODEOWNERS section that makes each unit file's OKR lead (and the config's
// program owner) a required reviewer. Prints it, writes it (--write), or checks the file is
// in step (--check, for CI). Only okr's marked section is generated; other lines are kept.

import { join, relative, resolve, sep } from 'node:path';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../errors.js';
import { formatStylish } from '../format/validate/stylish.js';
import { readRepositoryFile, readUserFile } from '../fs/read-file.js';
import { asSentence, locateFindings } from '../load/locate.js';
import type { Diagnostic, Severity } from '../model.js';
import { BEGIN_MARKER, END_MARKER, parseCodeowners, type SyntaxProblem } from '../codeowners/parse.js';
import { generateOwners, renderSection } from '../codeowners/generate.js';
import { compareSection, withSection } from '../codeowners/in-step.js';
import type { OwnersOutcome } from '../codeowners/outcome.js';
import { formatOutput } from '../format/formatter.js';
import { writeOutput } from '../output/write-output.js';
import { OWNERS_FORMATS, type OwnersFormat } from '../format/owners/index.js';
import { openRepository, type Repository } from '../repository/repository.js';
import type { GlobalOptions, Io } from '../terminal/io.js';
import { mediumOf } from '../terminal/medium.js';
import { transact } from '../write/transaction.js';

export interface OwnersOptions extends GlobalOptions {
  check?: boolean;
  out?: string;
  write?: boolean;
  format?: OwnersFormat;
}

const SYNTAX_RULE = 'codeowners-syntax';

export async function run(options: OwnersOptions, _args: string[], io: Io): Promise<number> {
  if (options.check && options.write) throw new UsageError('--check and --write cannot be used together');
  const repo = await openRepository({ cwd: io.cwd, config: options.config, env: io.env });
  const place = await codeownersPlace(repo);
  const { entries, findings, refused } = await generateOwners(repo, place.prefix);
  // In CI (--check) a lead without a handle fails the run; otherwise it is a warning.
  const severity: Severity = options.check ? 'error' : 'warning';
  const handles = locateFindings([...findings.map((f) => ({ ...f, severity })), ...refused], new Map([[repo.configFile, repo.configSource]]), repo.root);
  const colors = (await mediumOf(io.stderr, io.env, options.color)).paint;
  const format = options.format ?? 'text';
  const print = async (outcome: OwnersOutcome, stream: Io['stdout']) => {
    await writeOutput(await formatOutput(OWNERS_FORMATS, format, outcome, await mediumOf(stream, io.env, options.color)), stream);
  };

  if (!options.check && !options.write) {
    await print({ mode: 'print', rules: entries, section: renderSection(entries, BEGIN_MARKER, END_MARKER), problems: handles }, io.stdout);
    if (handles.length > 0) io.stderr.write(formatStylish(handles, colors));
    return EXIT_OK;
  }

  // --out names a file of the user's, anywhere; the default is the repository's own.
  const named = options.out !== undefined;
  const path = named ? resolve(io.cwd, options.out!) : join(place.top, '.github', 'CODEOWNERS');
  const shown = relative(io.cwd, path).split(sep).join('/') || path;
  const text = readCodeowners(path, shown, named ? undefined : place.top);
  const parsed = text === undefined ? undefined : parseCodeowners(text);
  // Lines outside okr's section are the user's: reported when GitHub would reject them, never changed.
  const outside = syntax(shown, parsed?.outsideProblems ?? [], 'warning');
  const broken = syntax(shown, [...(parsed?.structureProblems ?? []), ...(options.check ? parsed?.sectionProblems ?? [] : [])], 'error');
  if (broken.length > 0) {
    io.stderr.write(formatStylish([...broken, ...outside].sort((a, b) => a.line - b.line), colors));
    io.stderr.write(`${shown}: okr's section has lines okr does not write; fix or delete them, then run okr owners --write\n`);
    return EXIT_USAGE;
  }

  if (options.check) {
    const differences = compareSection(shown, parsed, entries);
    const problems = [...outside, ...handles];
    await print({ mode: 'check', file: shown, rules: entries, inStep: differences.length === 0, differences, problems }, io.stdout);
    return [...differences, ...problems].some((d) => d.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
  }

  const file = named ? path : '.github/CODEOWNERS';
  const applied = await transact({
    root: place.top,
    files: [file],
    command: 'okr owners',
    env: io.env,
    anywhere: named,
    createFolders: !named,
    onWait: options.quiet ? undefined : (message) => io.stderr.write(`okr: ${message}\n`),
    change: async (current) => {
      // Made again from the file as it is under the lock.
      const now = current.get(file);
      const nowParsed = now === undefined ? undefined : parseCodeowners(now);
      if (nowParsed && nowParsed.structureProblems.length > 0) throw new UsageError(`${shown} changed while okr was working on it and now has lines okr does not write; nothing written`);
      const next = withSection(nowParsed, entries);
      const same = nowParsed !== undefined && next === `${nowParsed.lines.join('\n')}\n`;
      return { texts: new Map(same ? [] : [[file, next]]), result: undefined };
    },
  });
  const outcome: OwnersOutcome = { mode: 'write', file: shown, rules: entries, written: applied.files.length > 0, problems: [...outside, ...handles] };
  // What --write did is a message (stderr), unless asked for as data.
  if (format === 'json') await print(outcome, io.stdout);
  else if (!options.quiet) await print(outcome, io.stderr);
  if (outside.length + handles.length > 0) io.stderr.write(formatStylish([...outside, ...handles], colors));
  return EXIT_OK;
}

/**
 * Where the okr root sits in its git repository: CODEOWNERS lives at the repository's top and
 * its patterns are relative to it. Outside git, the okr root stands in for the top.
 */
async function codeownersPlace(repo: Repository): Promise<{ top: string; prefix: string }> {
  const state = await repo.gitState();
  if (!state) return { top: repo.root, prefix: '' };
  const { pathFromTop } = await import('../git/repo-state.js');
  const path = pathFromTop(state, repo.root);
  return { top: state.top, prefix: path === '' ? '' : `${path}/` };
}

/** The CODEOWNERS text, undefined when there is none; a folder or FIFO there is a usage error. */
function readCodeowners(path: string, shown: string, top: string | undefined): string | undefined {
  const read = top === undefined ? readUserFile(path) : readRepositoryFile(top, path);
  if (read.ok) return read.bytes.toString('utf8');
  if (read.reason === 'missing') return undefined;
  throw new UsageError(`${shown}: ${read.message}`);
}

function syntax(file: string, problems: SyntaxProblem[], severity: Severity): Diagnostic[] {
  return problems.map(({ line, message }) => ({
    file, line, column: 1, endLine: line, endColumn: 1, severity, rule: SYNTAX_RULE, message: asSentence(message), path: '',
  }));
}

