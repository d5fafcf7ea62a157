// okr next --from A --to B: start cycle B from what cycle A decided (SPEC 5). Adds B to the
// config (byte-preserving) and writes draft unit files carrying every key result marked keep
// or modify. Everything is checked before anything is written, and nothing is committed.

import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkCycle, loadOptionsFrom, openRepository, selectCycle, sortDiagnostics, type Repository } from '../check.js';
import { compareFindings } from '../diff/compare.js';
import { appendToSequence, EditError } from '../edit/index.js';
import { newErrors } from '../edit-flow/apply-edits.js';
import { EXIT_FINDINGS, UsageError } from '../errors.js';
import { formatStylish } from '../format/stylish.js';
import { parseSource } from '../load/parse-yaml.js';
import { locateFindings } from '../load/locate.js';
import type { CycleDoc, Finding, SourceFile } from '../model.js';
import { planNext, type NextPlan } from '../next/carry.js';
import { nextCycle } from '../next/cycle.js';
import { renderDraft } from '../next/render.js';
import { formatNextSummary } from '../next/summary.js';
import { writeAll, type PlannedWrite } from '../next/write.js';
import { unitSchemaModeline } from '../new/modeline.js';
import { prepareValidator, validateSchema } from '../schema/validate.js';
import { colorsFor } from '../terminal/color.js';
import { today, type GlobalOptions, type Io } from '../terminal/io.js';

export interface NextOptions extends GlobalOptions {
  /** Required by commander (requiredOption). */
  from?: string;
  to?: string;
  start?: string;
  end?: string;
  force?: boolean;
}

export async function run(options: NextOptions, _args: string[], io: Io): Promise<number> {
  const repo = await openRepository({ cwd: io.cwd, dir: options.dir, config: options.config, env: io.env });
  const asOf = options.asOf ?? today();
  if (options.from === undefined || options.to === undefined) throw new UsageError('give the cycle that ended and the one to start: okr next --from A --to B');
  const from = selectCycle(repo.config, options.from, asOf);
  const toId = options.to;
  if (repo.config.cycles.some((c) => c.id === toId)) {
    throw new UsageError(`cycle '${toId}' already exists in ${repo.configFile}; nothing written`);
  }
  const to = nextCycle(from, { id: toId, start: options.start, end: options.end });
  const warn = (message: string) => io.stderr.write(`okr: ${message}\n`);
  if (asOf < from.end && !options.quiet) warn(`warning: ${from.id} has not ended yet (it ends ${from.end}); decisions made later will not be carried`);
  if (to.start <= from.end) warn(`warning: ${to.id} starts on ${to.start}, before ${from.id} ends (${from.end})`);

  const source = await checkCycle(repo, from, loadOptionsFrom(io.env));
  for (const stem of [...source.loaded.brokenUnits].sort()) {
    warn(`warning: unit '${stem}' of ${from.id} has errors and was not read, so nothing of it is carried (run okr validate --cycle ${from.id})`);
  }

  // The repository as it will be: B in the config, B's folder as it is on disk.
  const configPath = join(repo.root, repo.configFile);
  const configText = readFileSync(configPath, 'utf8');
  const newConfigText = addCycle(configText, to, repo.configFile);
  const target: Repository = { ...repo, config: { ...repo.config, cycles: [...repo.config.cycles, to] } };
  const existing = await checkCycle(target, to, loadOptionsFrom(io.env));

  const plan = planNext({ from: source.cascade, fromCycle: from.id, toCycle: to.id, okrsDir: repo.config.okrsDir, existing: existing.cascade });
  const writes: PlannedWrite[] = plan.drafts.map((draft) => {
    const absPath = join(repo.root, draft.file);
    const original = existsSync(absPath) ? readFileSync(absPath, 'utf8') : undefined;
    return { absPath, file: draft.file, text: renderDraft(draft, modelineFor(repo, draft.source, absPath), from.id), original };
  });
  const taken = writes.filter((w) => w.original !== undefined).map((w) => w.file);
  if (taken.length > 0 && !options.force) {
    throw new UsageError(`${taken.join(', ')} already ${taken.length === 1 ? 'exists' : 'exist'}; nothing written (--force overwrites the drafts)`);
  }

  const configSource: SourceFile = { absPath: configPath, file: repo.configFile, text: newConfigText.replace(/^\ufeff/, '') };
  const problems = await checkConfig(configSource) ?? await checkDrafts(target, to, existing.findings, writes, plan, configSource);
  const errors = problems.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    io.stderr.write(formatStylish(errors, colorsFor(io.stderr, io.env, options.color)));
    warn(`nothing written: starting ${to.id} this way would make it invalid`);
    return EXIT_FINDINGS;
  }

  writeAll([...writes, { absPath: configPath, file: repo.configFile, text: newConfigText, original: configText }]);

  io.stdout.write(formatNextSummary(plan, from, to, repo.configFile));
  for (const { objective, target: ref } of plan.alignmentsDropped) warn(`${objective} aligned to ${ref}, which does not carry over: align it again`);
  for (const notice of plan.notices) warn(`${notice.ref} ${notice.message}`);
  const warnings = problems.length - errors.length;
  if (!options.quiet) {
    if (warnings > 0) warn(`${warnings} warning${warnings === 1 ? '' : 's'} in the drafts, as drafts have; okr validate --cycle ${to.id} lists them`);
    io.stderr.write(plan.drafts.length > 0
      ? `next: review the drafts (their comments say what to finish), then commit them:\n  git add ${repo.configFile} ${repo.config.okrsDir}/${to.id} && git commit -m "Start ${to.id}"\n`
      : `next: decisions are recorded with okr retro --cycle ${from.id}; commit the new cycle:\n  git add ${repo.configFile} && git commit -m "Start ${to.id}"\n`);
  }
  return 0;
}

/**
 * The editor modeline of a draft: the one its unit's file had, when the draft sits at the same
 * depth (a repository's own choice of schema location carries over), else okr's.
 */
function modelineFor(repo: Repository, source: string, absPath: string): string {
  const first = readFileSync(join(repo.root, source), 'utf8').replace(/^\ufeff/, '').split(/\r?\n/, 1)[0];
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
  const parsed = parseSource(source);
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
async function checkDrafts(repo: Repository, cycle: CycleDoc, before: Finding[], writes: PlannedWrite[], plan: NextPlan, configSource: SourceFile) {
  const overrides = new Map(writes.map((w) => [w.file, w.text]));
  const after = await checkCycle(repo, cycle, { overrides });
  const unaligned = new Set(plan.unaligned.map((u) => `${plan.drafts.find((d) => d.id === u.unit)!.file}\u0000${u.index}`));
  const expected = (f: Finding) => f.rule === 'aligned' && unaligned.has(`${f.file}\u0000${f.path[1]}`);
  const errors = newErrors(before, after.findings).filter((f) => !expected(f));
  const warningsOf = (findings: Finding[]) => findings.filter((f) => f.severity === 'warning');
  const warnings = compareFindings(warningsOf(before), warningsOf(after.findings)).introduced.filter((f) => !expected(f));
  const sources = new Map(after.loaded.sources);
  for (const write of writes) sources.set(write.file, { absPath: write.absPath, file: write.file, text: write.text });
  sources.set(configSource.file, configSource);
  return sortDiagnostics(locateFindings([...errors, ...warnings], sources, repo.root));
}
