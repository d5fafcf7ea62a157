// okr next --from A --to B: start cycle B from what cycle A decided (SPEC 5). Adds B to the
// config (byte-preserving) and writes draft unit files carrying every key result marked keep
// or modify, all or none, through the write transaction: planned and checked under the
// repository lock from the files as they are then, before anything is written. No commit.
// It can be run again until B's drafts are written (decisions are often made after B is
// added): B already in the config is taken as it is, and only its drafts are planned.

import { join, relative, sep } from 'node:path';
import { appendToSequence, EditError } from '../edit/index.js';
import { sortDiagnostics } from '../findings/sort-diagnostics.js';
import { checkChange } from '../repository/check-change.js';
import { openRepository, withConfig, type Repository } from '../repository/repository.js';
import { selectCycle } from '../repository/select-cycle.js';
import { EXIT_FINDINGS, UsageError } from '../errors.js';
import { readRepositoryText } from '../fs/read-file.js';
import { formatStylish } from '../format/validate/stylish.js';
import { cycleClashes } from '../load/cycle-spans.js';
import { parseYaml } from '../load/yaml/parse.js';
import { locateFindings } from '../load/locate.js';
import type { CycleDoc, Diagnostic, Finding, SourceFile } from '../model.js';
import { planNext, type NextPlan } from '../next/carry.js';
import { nextCycle } from '../next/cycle.js';
import { countDraftProblems, draftProblemsText } from '../next/draft-problems.js';
import { renderDraft } from '../next/render.js';
import { formatNextText } from '../format/next/text.js';
import { unitSchemaModeline } from '../new/modeline.js';
import { prepareValidator, validateSchema } from '../schema/validate.js';
import { today, type GlobalOptions, type Io } from '../terminal/io.js';
import { mediumOf } from '../terminal/medium.js';
import { transact } from '../write/transaction.js';

export interface NextOptions extends GlobalOptions {
  /** Required by commander (requiredOption). */
  from?: string;
  to?: string;
  start?: string;
  end?: string;
  force?: boolean;
}

export async function run(options: NextOptions, _args: string[], io: Io): Promise<number> {
  const { root } = await openRepository({ cwd: io.cwd, config: options.config, createsOkrsDir: true, env: io.env });
  if (options.from === undefined || options.to === undefined) throw new UsageError('give the cycle that ended and the one to start: okr next --from A --to B');
  const warn = (message: string) => io.stderr.write(`okr: ${message}\n`);
  let applied;
  try {
    applied = await transact({
      root,
      command: 'okr next',
      env: io.env,
      onWait: options.quiet ? undefined : warn,
      change: async () => {
        // The config as it is under the lock: another run may have started the cycle meanwhile.
        const repo = await openRepository({ cwd: io.cwd, config: options.config, createsOkrsDir: true, env: io.env });
        const started = await planStart(repo, options, io, warn);
        const texts = new Map<string, string | null>(started.writes.map((w) => [w.file, w.text]));
        if (started.configText !== undefined) texts.set(repo.configFile, started.configText);
        return { texts, result: { ...started, repo } };
      },
    });
  } catch (error) {
    if (!(error instanceof RefusedNext)) throw error;
    io.stderr.write(formatStylish(error.errors, (await mediumOf(io.stderr, io.env, options.color)).paint));
    warn(`nothing written: starting ${error.cycle} this way would make it invalid`);
    return EXIT_FINDINGS;
  }

  const { plan, from, to, problems, repo, added } = applied.result;
  io.stdout.write(formatNextText({ plan, from, to, added, configFile: repo.configFile }, await mediumOf(io.stdout, io.env, options.color)));
  for (const { objective, target: ref } of plan.alignmentsDropped) warn(`${objective} aligned to ${ref}, which does not carry over: align it again`);
  for (const notice of plan.notices) warn(`${notice.ref} ${notice.message}`);
  if (!options.quiet) {
    const said = draftProblemsText(problems, to.id);
    if (said) warn(said);
    io.stderr.write(plan.drafts.length > 0
      ? `next: review the drafts (their comments say what to finish), then commit them:\n  git add ${repo.configFile} ${repo.config.okrsDir}/${to.id} && git commit -m "Start ${to.id}"\n`
      : `next: decisions are recorded with okr retro --cycle ${from.id}; commit the new cycle:\n  git add ${repo.configFile} && git commit -m "Start ${to.id}"\n`);
  }
  return 0;
}

/** Starting the cycle would bring these errors; nothing was written. */
class RefusedNext extends Error {
  constructor(readonly cycle: string, readonly errors: Diagnostic[]) {
    super(`starting ${cycle} would make it invalid`);
  }
}

interface DraftWrite {
  absPath: string;
  /** Repository-relative. */
  file: string;
  text: string;
  /** Something is at the draft's place already. */
  taken: boolean;
}

/**
 * Everything `okr next` writes, planned from the repository as it is (under the lock): B in
 * the config, B's drafts, checked together. Throws to refuse, with nothing written.
 */
async function planStart(repo: Repository, options: NextOptions, io: Io, warn: (message: string) => void) {
  const asOf = options.asOf ?? today();
  const from = selectCycle(repo.config, options.from, asOf);
  const toId = options.to!;
  if (toId === from.id) throw new UsageError(`--to ${toId} is the cycle --from names: give the cycle to start`);
  const there = repo.config.cycles.find((c) => c.id === toId);
  const to = there ? startedBefore(there, options, repo.configFile) : nextCycle(from, { id: toId, start: options.start, end: options.end });
  if (asOf < from.end && !options.quiet) warn(`warning: ${from.id} has not ended yet (it ends ${from.end}); run okr next again for decisions made later, until ${to.id}'s drafts are written`);
  if (!there) refuseClash(repo.config.cycles, to);

  const source = await repo.checked(from);
  for (const stem of [...source.loaded.brokenUnits].sort()) {
    warn(`warning: unit '${stem}' of ${from.id} has errors and was not read, so nothing of it is carried (run okr validate --cycle ${from.id})`);
  }

  // The repository as it will be: B in the config, B's folder as it is on disk.
  const newConfigText = there ? undefined : addCycle(readText(repo.root, repo.configFile) ?? '', to as Required<CycleDoc>, repo.configFile);
  const target = there ? repo : withConfig(repo, { ...repo.config, cycles: [...repo.config.cycles, to] });
  const existing = await target.checked(to);

  const plan = planNext({ from: source.cascade, fromCycle: from.id, toCycle: to.id, okrsDir: repo.config.okrsDir, existing: existing.cascade });
  const writes: DraftWrite[] = plan.drafts.map((draft) => {
    const absPath = join(repo.root, draft.file);
    const onDisk = readRepositoryText(repo.root, draft.file);
    return { absPath, file: draft.file, text: renderDraft(draft, modelineFor(repo, draft.source, absPath), from.id), taken: onDisk.text !== undefined || onDisk.problem !== undefined };
  });
  const taken = writes.filter((w) => w.taken).map((w) => w.file);
  // A cycle started earlier is drafted once: what is in its folder by then is people's work.
  if (there && taken.length > 0) {
    throw new UsageError(`${to.id} is started and its drafts are written (${taken.join(', ')}); nothing written: finish them, or remove them to draft again`);
  }
  if (taken.length > 0 && !options.force) {
    throw new UsageError(`${taken.join(', ')} already ${taken.length === 1 ? 'exists' : 'exist'}; nothing written (--force overwrites the drafts)`);
  }

  const configSource: SourceFile = { absPath: join(repo.root, repo.configFile), file: repo.configFile, text: (newConfigText ?? repo.configSource.text).replace(/^\ufeff/, '') };
  const configProblems = newConfigText === undefined ? undefined : await checkConfig(configSource);
  const configErrors = (configProblems ?? []).filter((d) => d.severity === 'error');
  if (configErrors.length > 0) throw new RefusedNext(to.id, configErrors);
  const checked = await checkDrafts(target, to, existing.findings, writes, plan, configSource);
  const errors = checked.brought.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new RefusedNext(to.id, errors);
  const problems = countDraftProblems(checked.after.findings, new Set(writes.map((w) => w.file)), checked.expected);
  return { plan, from, to, writes, configText: newConfigText, problems, added: !there };
}

/**
 * B as the config has it, when an earlier run (or a person) added it: its dates are kept, and
 * --start/--end may only repeat them.
 */
function startedBefore(cycle: CycleDoc, options: NextOptions, configFile: string): CycleDoc {
  for (const [flag, given, has] of [['--start', options.start, cycle.start], ['--end', options.end, cycle.end]] as const) {
    if (given !== undefined && given !== has) {
      throw new UsageError(`cycle '${cycle.id}' is in ${configFile} already, from ${cycle.start} to ${cycle.end}; ${flag} ${given} would change it: edit ${configFile}, or leave ${flag} out; nothing written`);
    }
  }
  return cycle;
}

/** A repository file's text as it is (BOM kept), undefined when absent. */
function readText(root: string, file: string): string | undefined {
  const read = readRepositoryText(root, file);
  if (read.problem) throw new UsageError(`cannot read ${file}: ${read.problem.message}`);
  return read.text;
}

/**
 * The editor modeline of a draft: the one its unit's file had, when the draft sits at the same
 * depth (a repository's own choice of schema location carries over), else okr's.
 */
function modelineFor(repo: Repository, source: string, absPath: string): string {
  const first = (readText(repo.root, source) ?? '').replace(/^\ufeff/, '').split(/\r?\n/, 1)[0];
  const sameDepth = source.split('/').length === relative(repo.root, absPath).split(sep).length;
  return sameDepth && /^#\s*yaml-language-server:\s*\$schema=\S+\s*$/.test(first) ? first.trimEnd() : unitSchemaModeline(repo.root, absPath);
}

/** The config with the new cycle appended to `cycles`, every other byte as it was. */
function addCycle(text: string, cycle: Required<CycleDoc>, file: string): string {
  const { id, start, end, postBy, midpoint, retroBy } = cycle;
  try {
    return appendToSequence(text, ['cycles'], { id, start, end, postBy, midpoint, retroBy });
  } catch (error) {
    if (error instanceof EditError) throw new UsageError(`cannot add cycle '${id}' to ${file} in place: ${error.message}`);
    throw error;
  }
}

/** The edited config must still read and validate: undefined when it does. */
async function checkConfig(source: SourceFile) {
  const parsed = parseYaml(source.text, source.file);
  let findings: Finding[];
  if (!parsed.ok) {
    findings = parsed.findings;
  } else {
    await prepareValidator('config');
    findings = validateSchema('config', parsed.data, source.file);
  }
  return findings.length === 0 ? undefined : locateFindings(findings, new Map([[source.file, source]]));
}

/**
 * The new cycle checked with the drafts in place. Problems already in its folder are not this
 * command's; an objective whose every alignment was dropped is expected to be unaligned (it was
 * said, and its comment asks for a new one), whatever severity the `aligned` rule has.
 */
async function checkDrafts(repo: Repository, cycle: CycleDoc, before: Finding[], writes: DraftWrite[], plan: NextPlan, configSource: SourceFile) {
  const unaligned = new Set(plan.unaligned.map((u) => `${plan.drafts.find((d) => d.id === u.unit)!.file}\u0000${u.index}`));
  const expected = (f: Finding) => f.rule === 'aligned' && unaligned.has(`${f.file}\u0000${f.path[1]}`);
  // Errors refuse the start; warnings are drafts' business, said and let through.
  const { brought, after } = await checkChange(repo, cycle, before, new Map(writes.map((w) => [w.file, w.text])), { expected, sources: [configSource] });
  return { brought: sortDiagnostics(brought), after, expected };
}

/** B may nest inside another cycle (or hold it), never partly overlap or repeat one. */
function refuseClash(cycles: CycleDoc[], to: CycleDoc): void {
  const all = [...cycles, to];
  const clash = cycleClashes(all).find((c) => c.index === all.length - 1 || c.other === all.length - 1);
  if (!clash) return;
  const other = all[clash.index === all.length - 1 ? clash.other : clash.index];
  const how = clash.kind === 'repeats' ? 'would repeat the dates of' : 'would partly overlap';
  throw new UsageError(`cycle '${to.id}' (${to.start} to ${to.end}) ${how} cycle '${other.id}' (${other.start} to ${other.end}); cycles may nest but not partly overlap: give other --start/--end; nothing written`);
}
