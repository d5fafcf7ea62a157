// `okr init --example`: the Acme organisation with the history of its current cycle. The
// timeline says what changed when; here each step becomes a commit holding the versions of
// the files it touched, and the files the history ends with are the shipped example's.

import { join, relative, sep } from 'node:path';
import { UsageError } from '../../errors.js';
import { own } from '../../lookup.js';
import type { ConfigDoc, CycleDoc, UnitDoc } from '../../model.js';
import { addDays } from '../cycle.js';
import type { PlannedFile } from '../plan.js';
import { repositoryFiles, type Layout } from '../scaffold.js';
import { readAcme, type ExampleFile } from './acme-files.js';
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

export function buildExample(layout: Layout, asOf: string, now: number = Date.now()): ExampleBuild {
  const acme = readAcme();
  const configText = acme.find((f) => f.path === 'okr.config.yaml')!.text;
  const config = parseSource(configText).doc.toJS() as ConfigDoc;
  const cycle = config.cycles.find((c) => c.id === STORY.cycle) as CycleDoc;
  const notes: string[] = [];
  // No commit is ever dated after now: git and every tool reading it would take the future
  // for a clock gone wrong, and "as of today" would not hold what the history says.
  const today = new Date(now).toISOString().slice(0, 10);
  let end = asOf < cycle.end ? asOf : cycle.end;
  if (end > today) {
    notes.push(`the history ends today, ${today}, not on ${end}: the demo writes no commit dated in the future`);
    end = today;
  }
  for (;;) {
    if (end < STORY.earliestEnd) {
      throw new UsageError(`the demo's history runs to at least ${STORY.earliestEnd} (its numbers are written for ${STORY.writtenFor}); ${end} is too early`);
    }
    const build = buildHistory(layout, acme, config, cycle, end);
    // The last day's commits are at set hours: when some are still to come today, end a day earlier.
    if (build.commits.at(-1)!.time <= Math.floor(now / 1000)) return { ...build, notes: [...notes, ...build.notes] };
    end = addDays(end, -1);
  }
}

function buildHistory(layout: Layout, acme: ExampleFile[], config: ConfigDoc, cycle: CycleDoc, end: string): ExampleBuild {
  const configText = acme.find((f) => f.path === 'okr.config.yaml')!.text;
  const prefix = `okrs/${STORY.cycle}/`;
  const sources = new Map(acme.filter((f) => f.path.startsWith(prefix)).map((f) => [f.path, parseSource(f.text)]));
  const shared = repositoryFiles(layout);
  const toPath = (path: string): string => relative(layout.top, path).split(sep).join('/');
  const staticFiles: PlannedFile[] = [
    ...acme.filter((f) => !f.path.startsWith(prefix)).map((f): PlannedFile => ({ path: join(layout.root, f.path), content: f.text, mode: 'create' })),
    { path: join(layout.root, 'README.md'), content: demoReadme(end), mode: 'create' },
    ...shared.files,
  ];

  // The first commit: the previous cycle as posted, in a config that does not know this one yet.
  const previousPrefix = `okrs/${STORY.previous.cycle}/`;
  const first = new Map(staticFiles.map((file) => [toPath(file.path), file.content]));
  first.set(toPath(join(layout.root, 'okr.config.yaml')), withoutCycle(configText, config, STORY.cycle));
  for (const file of acme.filter((f) => f.path.startsWith(previousPrefix))) first.set(toPath(join(layout.root, file.path)), asPosted(parseSource(file.text)));
  const written = new Map<string, string>(first);
  const commits: ImportCommit[] = [commitOf(config, STORY.previous, first)];

  const steps = storyTimeline({ files: sources, cycle, end });
  const overrides = new Map<string, Map<string, Edit>>([...sources.keys()].map((file) => [file, new Map()]));
  for (const [index, step] of steps.entries()) {
    for (const change of step.changes) override(overrides.get(change.file)!, sources.get(change.file)!, change);
    const files = new Map<string, string>();
    // The setup closes the previous cycle (its scores and learnings) and opens this one.
    if (index === 0) for (const file of staticFiles) if (written.get(toPath(file.path)) !== file.content) files.set(toPath(file.path), file.content);
    for (const file of new Set([...step.create, ...step.changes.map((c) => c.file)])) {
      const text = applyEdits(sources.get(file)!, [...overrides.get(file)!.values()]);
      if (written.get(file) !== text) files.set(file, text);
    }
    for (const [file, text] of files) written.set(file, text);
    if (files.size === 0 && !step.empty) continue;
    commits.push(commitOf(config, step, files));
  }
  for (const [file, source] of sources) {
    if (written.get(file) !== source.text) throw new Error(`the demo history does not end at the example's ${file}`);
  }
  strictlyIncreasing(commits);

  return {
    files: [...staticFiles, ...[...sources].map(([file, source]): PlannedFile => ({ path: join(layout.root, file), content: source.text, mode: 'create' }))],
    commits,
    notes: shared.notes,
    from: STORY.previous.at.slice(0, 10),
    to: end,
  };
}

function commitOf(config: ConfigDoc, step: { at: string; author: string; message: string }, files: Map<string, string>): ImportCommit {
  return { author: signature(config, step.author), time: Date.parse(`${step.at}:00Z`) / 1000, message: step.message, files };
}

/** The config as it was before a cycle was added to it. */
function withoutCycle(text: string, config: ConfigDoc, id: string): string {
  return applyEdits(parseSource(text), [{ path: ['cycles', config.cycles.findIndex((c) => c.id === id)], remove: true }]);
}

/** A closed unit file as it was when posted: committed, with no final scores, learnings or decisions yet. */
function asPosted(source: Source): string {
  const doc = source.doc.toJS() as UnitDoc;
  const edits: Edit[] = [];
  if (doc.status !== undefined) edits.push({ path: ['status'], value: 'committed' });
  if (doc.retro !== undefined) edits.push({ path: ['retro'], remove: true });
  (doc.objectives ?? []).forEach((objective, o) => (objective.keyResults ?? []).forEach((kr, k) => {
    for (const key of ['score', 'learning', 'decision'] as const) {
      if (kr[key] !== undefined) edits.push({ path: ['objectives', o, 'keyResults', k, key], remove: true });
    }
  }));
  return applyEdits(source, edits);
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
