// Reads every unit file of one cycle: okrs/<cycle>/**/*.yaml. Each file is read, parsed on
// the fast path and checked against the unit schema; a file that fails any step becomes
// findings and stays out of the cascade (its stem is remembered, so that references into it
// are not reported a second time as unresolved).

import { existsSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Config, CycleDoc, Finding, LoadedUnit, SourceFile, UnitDoc } from '../model.js';
import { validateSchema } from '../schema/validate.js';
import { parseSource } from './parse-yaml.js';
import { readSource } from './read-source.js';

export interface LoadedCycle {
  cycle: CycleDoc;
  /** Every unit file of the cycle, repository-relative. */
  files: string[];
  units: LoadedUnit[];
  /** Every file read, by repository-relative path, for locating findings later. */
  sources: Map<string, SourceFile>;
  findings: Finding[];
  /** Stems of files that could not be loaded. */
  brokenUnits: Set<string>;
}

export function isYamlFile(name: string): boolean {
  return name.endsWith('.yaml') || name.endsWith('.yml');
}

/** Repository-relative paths (forward slashes) of the unit files of a cycle, sorted. */
export function listUnitFiles(root: string, config: Config, cycleId: string): string[] {
  const folder = join(root, config.okrsDir, cycleId);
  if (!existsSync(folder)) return [];
  return (readdirSync(folder, { recursive: true }) as string[])
    .map((name) => name.split('\\').join('/'))
    .filter(isYamlFile)
    .sort()
    .map((name) => `${config.okrsDir}/${cycleId}/${name}`);
}

export function loadCycle(root: string, config: Config, cycle: CycleDoc): LoadedCycle {
  const files = listUnitFiles(root, config, cycle.id);
  const loaded: LoadedCycle = { cycle, files, units: [], sources: new Map(), findings: [], brokenUnits: new Set() };
  for (const file of files) {
    const stem = basename(file, extname(file));
    const read = readSource(join(root, file), file);
    if (!read.ok) {
      loaded.findings.push(read.finding);
      loaded.brokenUnits.add(stem);
      continue;
    }
    loaded.sources.set(file, read.source);
    const parsed = parseSource(read.source);
    const findings = parsed.ok ? validateSchema('unit', parsed.data, file) : parsed.findings;
    if (findings.length > 0 || !parsed.ok) {
      loaded.findings.push(...findings);
      loaded.brokenUnits.add(stem);
      continue;
    }
    loaded.units.push({ source: read.source, stem, folder: cycle.id, doc: parsed.data as UnitDoc });
  }
  return loaded;
}
