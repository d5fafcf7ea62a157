// `okr init --example`: the Acme organisation with the history of its current cycle. The
// timeline says what changed when; here each step becomes a commit holding the versions of
// the files it touched, and the files the history ends with are the shipped example's.

import { join, relative, sep } from 'node:path';
import { UsageError } from '../../errors.js';
import { own } from '../../lookup.js';
import type { ConfigDoc, CycleDoc } from '../../model.js';
import type { PlannedFile } from '../plan.js';
import { repositoryFiles, type Layout } from '../scaffold.js';
import { readAcme } from './acme-files.js';
import type { ImportCommit } from './fast-import.js';
import { demoReadme } from './readme.js';
import { STORY } from './story.js';
import { applyEdits, parseSource, valueAt, type Edit, type Source } from './text-edit.js';
import { FINAL, storyTimeline, type Change } from './timeline.js';

export interface ExampleBuild {
  /** The working tree the history ends with. */
  files: PlannedFile[];
  commits: ImportCommit[];
  notes: string[];
  /** The history's first and last day. */
  from: string;
  to: string;
}

export function buildExample(layout: Layout, asOf: string): ExampleBuild {
  const acme = readAcme();
  const configText = acme.find((f) => f.path === 'okr.config.yaml')!.text;
  const config = parseSource(configText).doc.toJS() as ConfigDoc;
  const cycle = config.cycles.find((c) => c.id === STORY.cycle) as CycleDoc;
  const end = asOf < cycle.end ? asOf : cycle.end;
  if (end < STORY.earliestEnd) {
    throw new UsageError(`the demo's history runs to at least ${STORY.earliestEnd} (its numbers are written for ${STORY.writtenFor}); --as-of ${asOf} is too early`);
  }

  const prefix = `okrs/${STORY.cycle}/`;
  const sources = new Map(acme.filter((f) => f.path.startsWith(prefix)).map((f) => [f.path, parseSource(f.text)]));
  const shared = repositoryFiles(layout);
  const toPath = (path: string): string => relative(layout.top, path).split(sep).join('/');
  const staticFiles: PlannedFile[] = [
    ...acme.filter((f) => !f.path.startsWith(prefix)).map((f): PlannedFile => ({ path: join(layout.root, f.path), content: f.text, mode: 'create' })),
    { path: join(layout.root, 'README.md'), content: demoReadme(end), mode: 'create' },
    ...shared.files,
  ];

  const steps = storyTimeline({ files: sources, cycle, end });
  const overrides = new Map<string, Map<string, Edit>>([...sources.keys()].map((file) => [file, new Map()]));
  const written = new Map<string, string>();
  const commits: ImportCommit[] = [];
  for (const [index, step] of steps.entries()) {
    for (const change of step.changes) override(overrides.get(change.file)!, sources.get(change.file)!, change);
    const files = new Map<string, string>();
    if (index === 0) for (const file of staticFiles) files.set(toPath(file.path), file.content);
    for (const file of new Set([...step.create, ...step.changes.map((c) => c.file)])) {
      const text = applyEdits(sources.get(file)!, [...overrides.get(file)!.values()]);
      if (written.get(file) !== text) files.set(file, text);
      written.set(file, text);
    }
    if (files.size === 0 && !step.empty) continue;
    commits.push({ author: signature(config, step.author), time: Date.parse(`${step.at}:00Z`) / 1000, message: step.message, files });
  }
  for (const [file, source] of sources) {
    if (written.get(file) !== source.text) throw new Error(`the demo history does not end at the example's ${file}`);
  }
  strictlyIncreasing(commits);

  return {
    files: [...staticFiles, ...[...sources].map(([file, source]): PlannedFile => ({ path: join(layout.root, file), content: source.text, mode: 'create' }))],
    commits,
    notes: shared.notes,
    from: steps[0].at.slice(0, 10),
    to: end,
  };
}

/** Records what a file says at this step, as an edit of its final text (none: as final). */
function override(edits: Map<string, Edit>, source: Source, change: Change): void {
  const key = change.path.join('\u0000');
  if (change.to === FINAL || change.to === valueAt(source, change.path)) edits.delete(key);
  else if (change.to === null) edits.set(key, { path: change.path, remove: true });
  else edits.set(key, { path: change.path, value: change.to });
}

function signature(config: ConfigDoc, person: string): { name: string; email: string } {
  const entry = own(typeof config.people === 'string' ? undefined : config.people, person);
  if (!entry?.name || !entry.email) throw new Error(`the example's people registry has no name and email for '${person}'`);
  return { name: entry.name, email: entry.email };
}

/** Two commits in the same minute would list in an arbitrary order: keep them apart. */
function strictlyIncreasing(commits: ImportCommit[]): void {
  for (let i = 1; i < commits.length; i++) {
    if (commits[i].time <= commits[i - 1].time) commits[i].time = commits[i - 1].time + 60;
  }
}
