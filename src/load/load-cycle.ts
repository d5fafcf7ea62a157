// Reads every unit file of one cycle: okrs/<cycle>/**/*.yaml. Each file is read, parsed on
// the fast path and checked against the unit schema; a file that fails any step becomes
// findings and stays out of the cascade (its stem is remembered, so that references into it
// are not reported a second time as unresolved).

import { availableParallelism } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { Config, CycleDoc, Finding, LoadedUnit, SourceFile, UnitDoc } from '../model.js';
import { prepareValidator, validateSchema } from '../schema/validate.js';
import { filesOf, type FileSource, type FilesOrRoot } from '../fs/file-source.js';
import type { RealPaths } from '../fs/read-file.js';
import { buildCascade } from '../graph/cascade.js';
import { runRules } from '../rules/run-rules.js';
import { UNIT_RULES } from '../rules/index.js';
import { FILE_RULE, readSource, sourceOf } from './read-source.js';
import { referencePositions, skeletonOf } from './skeleton.js';
import type { NodeSpans } from './yaml/node-spans.js';
import { parseYaml } from './yaml/parse.js';
import { isYamlFile } from './yaml-files.js';
import { createLocator } from './yaml/positions.js';

export interface LoadedCycle {
  cycle: CycleDoc;
  /** Every unit file of the cycle, repository-relative. */
  files: string[];
  units: LoadedUnit[];
  /** The text and node spans of every loaded file (or, checked per file, the positions of its references), for locating the rules' findings. */
  sources: Map<string, SourceFile>;
  findings: Finding[];
  /** Stems of files that could not be loaded. */
  brokenUnits: Set<string>;
  /**
   * Each file was checked where it was read (`perFile`): the rules of one unit have run and
   * `units` hold skeletons (skeleton.ts), so only the cycle-wide rules are left to run.
   */
  checkedPerFile: boolean;
}

/** What checking a file where it is read needs to know of the repository. */
export interface PerFileCheck {
  config: Config;
  configFile: string;
  cycle: CycleDoc;
}

export { isYamlFile };

/**
 * Repository-relative paths (forward slashes) of the unit files of a cycle, sorted, and
 * findings for what the walk met and would not enter (a link out of the repository, a file
 * where the cycle's folder should be). A cycle without a folder has no files yet.
 */
export function listUnitFiles(place: FilesOrRoot, config: Config, cycleId: string): { files: string[]; findings: Finding[] } {
  const listing = filesOf(place).listFiles(`${config.okrsDir}/${cycleId}`, isYamlFile);
  const findings = listing.problems.map(({ path, message }): Finding => ({
    file: path, path: [], severity: 'error', rule: FILE_RULE, message, position: { line: 1, column: 1 },
  }));
  return { files: listing.files, findings };
}

/**
 * What reading one unit file gives: the document, or the findings that kept it out. Findings
 * of the file itself (syntax, schema) are located at once, where the spans are at hand; the
 * text and spans of a loaded file travel with it, for the rules' findings to be located later.
 */
export interface UnitFileResult {
  file: string;
  stem: string;
  doc?: UnitDoc;
  findings: Finding[];
  text?: string;
  spans?: NodeSpans;
  /** Checked per file: the positions of the skeleton's reference paths (skeleton.ts). */
  positions?: Int32Array;
}

export function loadUnitFile(files: FileSource, file: string, override?: string, realPaths?: RealPaths, perFile?: PerFileCheck): UnitFileResult {
  const stem = basename(file, extname(file));
  const read = override === undefined ? readSource(files, file, undefined, realPaths) : sourceOf(join(files.root, file), file, override);
  if (!read.ok) return { file, stem, findings: [read.finding] };
  const text = read.source.text;
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return { file, stem, findings: parsed.findings };
  const findings = validateSchema('unit', parsed.data, file);
  if (findings.length > 0) {
    const locate = createLocator({ text, spans: parsed.spans, data: parsed.data });
    for (const finding of findings) finding.position = locate(finding.path, finding.atKey ?? false);
    return { file, stem, findings };
  }
  if (perFile) return checkUnitFile(files.root, file, stem, parsed.data as UnitDoc, createLocator({ text, spans: parsed.spans, data: parsed.data }), perFile);
  return { file, stem, doc: parsed.data as UnitDoc, findings, text, spans: parsed.spans };
}

/**
 * The rules of one unit, run where the file was read, their findings located there; what goes
 * on is the skeleton, with the positions a cycle-wide rule may need.
 */
function checkUnitFile(root: string, file: string, stem: string, doc: UnitDoc, locate: ReturnType<typeof createLocator>, check: PerFileCheck): UnitFileResult {
  const unit: LoadedUnit = { file, absPath: join(root, file), stem, folder: check.cycle.id, doc };
  const findings = runRules({ ...check, cascade: buildCascade([unit]) }, UNIT_RULES);
  for (const finding of findings) finding.position = locate(finding.path, finding.atKey ?? false);
  const skeleton = skeletonOf(doc);
  return { file, stem, doc: skeleton, findings, positions: referencePositions(skeleton, locate) };
}

/**
 * Loads a cycle. Parsing dominates the time on large repositories, so past a few hundred
 * files the work is shared with worker threads (one per spare core); small ones stay on the
 * main thread, where starting a worker would cost more than it saves.
 */
export async function loadCycle(place: FilesOrRoot, config: Config, cycle: CycleDoc, options: LoadOptions = {}): Promise<LoadedCycle> {
  const source = filesOf(place);
  const root = source.root;
  const listed = listUnitFiles(source, config, cycle.id);
  const files = withOverrides(listed.files, config, cycle.id, options.overrides);
  const threads = options.threads ?? availableParallelism();
  let results: UnitFileResult[];
  if (files.length >= PARALLEL_THRESHOLD && threads > 1) {
    const { loadInParallel } = await import('./parallel-load.js');
    results = await loadInParallel(source, files, threads, options.overrides, options.perFile);
  } else {
    await prepareValidator('unit');
    const realPaths: RealPaths = new Map();
    results = files.map((file) => loadUnitFile(source, file, options.overrides?.get(file), realPaths, options.perFile));
  }
  const loaded = assemble(root, cycle, files, results, options.perFile !== undefined);
  loaded.findings.unshift(...listed.findings);
  return loaded;
}

export interface LoadOptions {
  /** Threads to load with, the main one included (default: one per core, at most 4). */
  threads?: number;
  /**
   * Texts to use instead of what is on disk, by repository-relative file: a command that is
   * about to write checks the whole cycle with its change in place first.
   */
  overrides?: Map<string, string>;
  /**
   * Check each file where it is read (`okr validate`): its schema and the rules of one unit,
   * located at once, so that only skeletons are kept. Commands that show or change the
   * documents load them whole.
   */
  perFile?: PerFileCheck;
}

/** A file being created (okr new unit) is part of the cycle before it exists on disk. */
function withOverrides(files: string[], config: Config, cycleId: string, overrides: Map<string, string> | undefined): string[] {
  if (!overrides) return files;
  const folder = `${config.okrsDir}/${cycleId}/`;
  const added = [...overrides.keys()].filter((file) => file.startsWith(folder) && isYamlFile(file) && !files.includes(file));
  return added.length === 0 ? files : [...files, ...added].sort();
}

/** Below this many files a worker thread costs more than it saves. */
export const PARALLEL_THRESHOLD = 300;

function assemble(root: string, cycle: CycleDoc, files: string[], results: UnitFileResult[], checkedPerFile: boolean): LoadedCycle {
  const loaded: LoadedCycle = { cycle, files, units: [], sources: new Map(), findings: [], brokenUnits: new Set(), checkedPerFile };
  for (const result of results) {
    const absPath = join(root, result.file);
    if (result.text !== undefined) loaded.sources.set(result.file, { absPath, file: result.file, text: result.text, spans: result.spans, data: result.doc });
    else if (result.positions) loaded.sources.set(result.file, { absPath, file: result.file, text: '', positions: result.positions, data: result.doc });
    loaded.findings.push(...result.findings);
    if (result.doc) loaded.units.push({ file: result.file, absPath, stem: result.stem, folder: cycle.id, doc: result.doc });
    else loaded.brokenUnits.add(result.stem);
  }
  return loaded;
}
