// Results for the formatter tests, made the way the commands make them: the Acme example,
// copied to a temporary folder with one objective's title made hostile, opened through the
// repository's stages, checked, scored and built for real. What the example cannot give
// without git (history events, a change, reviewers, an audit) is written by hand in the
// shapes src/ produces.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPeople, type PeopleReport } from '../../src/people/build.js';
import type { AuditReport } from '../../src/audit/audit.js';
import type { ChangesReport } from '../../src/diff/changes.js';
import { compareCycles } from '../../src/diff/compare.js';
import type { HistoryEvent } from '../../src/git/history.js';
import { buildCascade } from '../../src/graph/cascade.js';
import type { Diagnostic } from '../../src/model.js';
import { planNext, type StartedCycle } from '../../src/next/carry.js';
import { nextCycle } from '../../src/next/cycle.js';
import { gatherReminders } from '../../src/remind/gather.js';
import type { Reminders } from '../../src/remind/types.js';
import { buildReport } from '../../src/report/build.js';
import { reportInput } from '../../src/report/input.js';
import type { Report } from '../../src/report/model.js';
import { cycleStages, type CycleStages } from '../../src/repository/cycle-stages.js';
import { openRepository } from '../../src/repository/repository.js';
import { selectCycle } from '../../src/repository/select-cycle.js';
import { buildRetro } from '../../src/retro/build.js';
import type { RetroReport } from '../../src/retro/model.js';
import type { ReviewersReport } from '../../src/reviewers/reviewers.js';
import { scoreCycle } from '../../src/score/score-cycle.js';
import type { Io } from '../../src/terminal/io.js';
import { progress } from '../../src/terminal/progress.js';
import type { ValidateResult } from '../../src/validate/result.js';
import { buildScoreView, type ScoreView } from '../../src/view/score-view.js';
import type { HistoryView } from '../../src/view/history.js';
import { buildTree, type TreeView } from '../../src/view/tree.js';
import { EXAMPLES, tempRepo } from '../helpers/cli.js';
import { testEnv } from '../helpers/git.js';

/** Markup, a mention, a table cell's edge, an HTML tag and a terminal escape in one title. */
export const HOSTILE = 'Deploys | @everyone <img src=x onerror=alert(1)> \x1b[2J `done`';
export const AS_OF = '2026-11-20';

const io: Io = { stdout: { write: () => true }, stderr: { write: () => true }, env: testEnv(), cwd: '/' };

/** The Acme example with platform/O1's title replaced; `edit` changes the platform file further. */
async function acme(edit: (text: string) => string = (text) => text): Promise<CycleStages> {
  const dir = tempRepo({}, join(EXAMPLES, 'acme'));
  const file = join(dir, 'okrs/2026-Q4/platform.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8').replace('title: Make deploys boring', `title: ${JSON.stringify(HOSTILE)}`)));
  const repo = await openRepository({ cwd: dir, env: io.env });
  return cycleStages(repo, selectCycle(repo.config, '2026-Q4', AS_OF), AS_OF, { history: false, quiet: true }, { ...io, cwd: dir });
}

// Made once for the test files that share a worker, again when the folder has been removed
// after the file that made it (test/helpers/setup.ts): later stages still read files.
let made: { stages: Promise<CycleStages>; dir: Promise<string> } | undefined;
function stages(): Promise<CycleStages> {
  if (made === undefined) {
    const stages = acme();
    made = { stages, dir: stages.then((s) => s.repo.root) };
  }
  const { stages: current, dir } = made;
  return dir.then((root) => {
    if (existsSync(root)) return current;
    made = undefined;
    return stages();
  });
}

export async function scoreView(): Promise<ScoreView> {
  const s = await stages();
  const [scored, checked] = [await s.scored(), await s.checked()];
  return buildScoreView(checked.cascade.unitList, scored, { kind: 'all' });
}

export async function treeView(): Promise<TreeView> {
  const s = await stages();
  const [scored, checked] = [await s.scored(), await s.checked()];
  return { cycle: s.cycle.id, asOf: scored.asOf, overall: scored.overall, grade: scored.grade, tree: buildTree(checked.cascade, scored, { kind: 'all' }) };
}

export async function peopleReport(): Promise<PeopleReport> {
  const s = await stages();
  return buildPeople(s.repo.config, (await s.checked()).cascade, s.cycle.id);
}

export async function reminders(): Promise<Reminders> {
  return gatherReminders(await stages(), false);
}

export async function retroReport(): Promise<RetroReport> {
  const s = await stages();
  const { cascade } = await s.checked();
  const scored = scoreCycle(cascade, s.repo.config, s.cycle, { asOf: AS_OF });
  return buildRetro({ config: s.repo.config, cycle: s.cycle, cascade, scored, asOf: AS_OF, history: null });
}

export async function report(): Promise<Report> {
  const s = await stages();
  return buildReport(await reportInput(s, { history: false, quiet: true }, progress({ stderr: io.stderr, env: {} })));
}

/** platform/O1/KR1 moved from 22 to 18 minutes and its target eased from 10 to 15; a problem brought. */
export async function changes(): Promise<ChangesReport> {
  const before = await stages();
  const after = await acme((text) => text.replace('current: 22', 'current: 18').replace('target: 10', 'target: 15'));
  const side = async (s: CycleStages) => ({ cascade: (await s.checked()).cascade, scored: await s.scored(), findings: (await s.checked()).findings });
  const cycle = compareCycles('2026-Q4', await side(before), await side(after));
  const problem = diagnostic(HOSTILE, 'warning');
  return { base: 'origin/main', head: 'working tree', cycles: [{ ...cycle, introduced: [{ file: problem.file, path: [], severity: 'warning', rule: problem.rule, message: problem.message }] }], problems: new Map([['2026-Q4', [problem]]]) };
}

export async function startedCycle(): Promise<StartedCycle> {
  const s = await stages();
  const q3 = selectCycle(s.repo.config, '2026-Q3', AS_OF);
  const from = await s.repo.checked(q3);
  const to = nextCycle(q3, { id: '2027-Q1' });
  const plan = planNext({ from: from.cascade, fromCycle: q3.id, toCycle: to.id, okrsDir: s.repo.config.okrsDir, existing: buildCascade([]) });
  return { plan, from: q3, to, added: true, configFile: s.repo.configFile };
}

export function diagnostic(message: string, severity: Diagnostic['severity'] = 'error', file = 'okrs/2026-Q4/platform.yaml'): Diagnostic {
  return { file, line: 12, column: 12, endLine: 12, endColumn: 40, severity, rule: 'schema', message, path: 'objectives[0].title' };
}

export function validateResult(): ValidateResult {
  return { diagnostics: [diagnostic(`Unknown key '${HOSTILE}'`), diagnostic('title is too long', 'warning', 'okrs/2026-Q4/company.yaml')], files: 12 };
}

function event(ref: string, field: string, over: Partial<HistoryEvent>): HistoryEvent {
  const unit = ref.split('/')[0];
  return {
    ref, unit, item: 'keyResult', kind: 'progress', field, change: 'changed', from: 22, to: 18, date: '2026-11-12',
    commit: '0123456789abcdef0123456789abcdef01234567', author: { name: 'Bob Stone', email: 'bob@acme.example' },
    via: 'checkin', file: `okrs/2026-Q4/${unit}.yaml`, note: HOSTILE, ...over,
  } as HistoryEvent;
}

export function historyView(shallow = false): HistoryView {
  return {
    cycle: '2026-Q4', filters: ['platform'], shallow, start: shallow ? '2026-11-01' : null,
    events: [
      event('platform/O1/KR1', 'current', {}),
      event('platform/O1/KR2', 'target', { kind: 'definition', from: 10, to: 15, via: 'edit', date: '2026-11-14', note: 'Scope cut' }),
    ],
  };
}

export function reviewersReport(): ReviewersReport {
  return {
    base: 'origin/main', head: 'working tree',
    reviewers: [
      { person: 'alice', name: 'Alice Chen', email: 'alice@acme.example', github: '@alice-chen', reasons: [{ kind: 'unit-changed', cycle: '2026-Q4', unit: 'platform', file: 'okrs/2026-Q4/platform.yaml', change: 'changed' }] },
      { person: 'mallory', name: HOSTILE, email: null, github: '@everyone <b>', reasons: [{ kind: 'aligned-to', cycle: '2026-Q4', target: 'engineering/O1', from: 'platform/O2', as: 'unit lead' }] },
    ],
    author: null, excluded: null,
  };
}

export function auditReport(shallow = false): AuditReport {
  return {
    cycle: '2026-Q4', since: 'origin/main', shallow, start: shallow ? '2026-11-01' : null,
    findings: [
      { kind: 'not-owner', ref: 'platform/O1/KR1', field: 'current', from: 22, to: 18, date: '2026-11-12', commit: '0123456789abcdef', author: { name: HOSTILE, email: 'x@acme.example', person: null }, owners: ['bob', 'carol', 'alice'], why: 'mallory is not its lead, a contributor or the unit\'s lead' },
      { kind: 'eased-target', ref: 'platform/O1/KR2', field: 'target', from: 10, to: 15, date: '2026-11-14', commit: '89abcdef01234567', author: { name: 'Bob Stone', email: 'bob@acme.example', person: 'bob' }, owners: ['carol', 'alice'], why: 'no reason given' },
    ],
  };
}
