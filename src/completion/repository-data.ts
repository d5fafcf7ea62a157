// The ids completion offers, read straight from the unit files of one cycle. Completion must
// never fail a shell: a file with schema errors still offers its unit id (its file name), and
// no repository at all offers nothing. Files are parsed but not checked against the schema:
// a candidate only needs ids, and a tab press should cost no more than reading the files.

import { statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { openRepository } from '../repository/repository.js';
import { selectCycle } from '../repository/select-cycle.js';
import { listUnitFiles } from '../load/load-cycle.js';
import { readYamlData } from '../load/yaml/parse.js';
import { readSource } from '../load/read-source.js';
import type { UnitDoc } from '../model.js';
import { today, type Io } from '../terminal/io.js';
import type { CompletionContext, CompletionData } from './complete.js';

export async function readCompletionData(io: Io, context: CompletionContext): Promise<CompletionData> {
  // -C typed on the line is relative to where the shell is, like okr's own -C.
  const cwd = context.dir === undefined ? io.cwd : resolve(io.cwd, expandHome(context.dir, io.env)!);
  let repo;
  try {
    if (!statSync(cwd).isDirectory()) return { refs: [], cycles: [] };
    repo = await openRepository({ cwd, config: expandHome(context.config, io.env), env: io.env });
  } catch {
    return { refs: [], cycles: [] };
  }
  const cycles = repo.config.cycles.map((c) => c.id);
  let cycle;
  try {
    cycle = selectCycle(repo.config, context.cycle, context.asOf ?? today());
  } catch {
    return { refs: [], cycles };
  }
  const refs: string[] = [];
  for (const file of listUnitFiles(repo.root, repo.config, cycle.id).files) {
    refs.push(...refsOf(readUnit(repo.root, file), basename(file, extname(file))));
  }
  return { refs, cycles };
}

/** The shell has not expanded `~` in the words it hands over: they are the line as typed. */
function expandHome(path: string | undefined, env: Record<string, string | undefined>): string | undefined {
  return path !== undefined && env.HOME && (path === '~' || path.startsWith('~/')) ? env.HOME + path.slice(1) : path;
}

function readUnit(root: string, file: string): Partial<UnitDoc> | undefined {
  const read = readSource(root, file);
  if (!read.ok) return undefined;
  const parsed = readYamlData(read.source.text, file);
  return parsed.ok && typeof parsed.data === 'object' && parsed.data !== null ? parsed.data as Partial<UnitDoc> : undefined;
}

/** The unit, its objectives and key results, skipping whatever is not shaped as the schema says. */
function refsOf(doc: Partial<UnitDoc> | undefined, stem: string): string[] {
  const unit = typeof doc?.unit === 'string' ? doc.unit : stem;
  const refs = [unit];
  for (const objective of Array.isArray(doc?.objectives) ? doc.objectives : []) {
    if (typeof objective?.id !== 'string') continue;
    refs.push(`${unit}/${objective.id}`);
    for (const kr of Array.isArray(objective.keyResults) ? objective.keyResults : []) {
      if (typeof kr?.id === 'string') refs.push(`${unit}/${objective.id}/${kr.id}`);
    }
  }
  return refs;
}
