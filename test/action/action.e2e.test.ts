// The composite action (action.yml), run the way a GitHub runner runs it: each step's script
// through `bash --noprofile --norc -eo pipefail`, in a real clone with a pull-request branch,
// with the environment GitHub provides. `npx` is a shim that runs the built binary, so nothing
// touches the network.

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_REPOSITORY, workflowYaml } from '../../src/init/templates.js';
import { BIN, MINIMAL_CONFIG, ROOT, tempRepo } from '../helpers/cli.js';
import { BOB, commit, gitRepo, isolatedGitEnv, runGit } from '../helpers/git.js';

interface Step {
  name: string;
  id?: string;
  if?: string;
  shell: string;
  run: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}

interface Action {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;

const company = `cycle: 2026-Q4
unit: company
level: company
lead: ann
objectives:
  - id: O1
    title: Win the market in 2026
    keyResults:
      - { id: KR1, title: Customers from 0 to 100, lead: ann, start: 0, target: 100, current: 40 }
  - id: O2
    title: Delight our people
    keyResults:
      - { id: KR1, title: eNPS from 10 to 40, lead: ann, start: 10, target: 40, current: 20 }
`;

const platform = (o: { current?: number; target?: number; align?: string } = {}) => `cycle: 2026-Q4
unit: platform
level: team
parent: company
lead: bob
objectives:
  - id: O1
    title: Make deploys boring
    alignsTo: [${o.align ?? 'company/O1'}]
    keyResults:
      - { id: KR1, title: Deploy time from 40 to 10 minutes, lead: bob, start: 40, target: ${o.target ?? 10}, current: ${o.current ?? 30}, unit: min }
      - { id: KR2, title: Blue-green deploys everywhere, lead: bob, done: false }
`;

/**
 * The remote: main with the posted OKRs, and branch `pr` whose last commit holds `head`.
 * A check-in first, so a shallow clone of `pr` lacks history the full clone has.
 */
function remote(head: string): string {
  const dir = gitRepo([{
    files: { 'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/company.yaml': company, 'okrs/2026-Q4/platform.yaml': platform() },
    message: 'Post Q4 OKRs', date: '2026-10-05',
  }]);
  runGit(dir, ['checkout', '-q', '-b', 'pr']);
  commit(dir, { files: { 'okrs/2026-Q4/platform.yaml': platform({ current: 25 }) }, message: 'okr: platform/O1/KR1 30 → 25 min', date: '2026-11-02', author: BOB });
  commit(dir, { files: { 'okrs/2026-Q4/platform.yaml': head }, message: 'Update platform OKRs', date: '2026-11-03', author: BOB });
  runGit(dir, ['checkout', '-q', 'main']);
  return dir;
}

/** What actions/checkout leaves: a clone of the remote on the pull request's branch. */
function checkout(origin: string): string {
  const dir = tempRepo();
  runGit(dir, ['clone', '-q', '--branch', 'pr', `file://${origin}`, 'ws']);
  return join(dir, 'ws');
}

interface RunResult {
  code: number;
  stdout: string;
  summary: string;
  /** Each npx call: the package spec and okr's arguments. */
  npx: string[];
  ran: string[];
}

/** `npx --yes okr-cli@RANGE args…` → the built binary, logging the call. */
function shimDir(): string {
  const dir = tempRepo();
  const npx = join(dir, 'npx');
  writeFileSync(npx, `#!/bin/sh
while [ $# -gt 0 ]; do case "$1" in --*) shift ;; *) break ;; esac; done
echo "$*" >> "$NPX_LOG"
shift
exec "${process.execPath}" "${BIN}" "$@"
`);
  chmodSync(npx, 0o755);
  return dir;
}

/**
 * Runs the action's steps in `workspace` as a runner would. Expressions are replaced by a tiny
 * evaluator that knows only what action.yml uses (inputs, github.base_ref, step outputs) and
 * fails on anything else, so a new expression cannot slip through untested.
 */
function runAction(workspace: string, inputs: Record<string, string> = {}, event = 'pull_request'): RunResult {
  const temp = tempRepo();
  const summary = join(temp, 'step-summary.md');
  const runnerTemp = join(temp, 'runner-temp');
  mkdirSync(runnerTemp);
  writeFileSync(summary, '');
  const values: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) values[`inputs.${name}`] = inputs[name] ?? String(input.default);
  const github: Record<string, string> = event === 'pull_request'
    ? { GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'pr', GITHUB_REF: 'refs/pull/1/merge' }
    : { GITHUB_BASE_REF: '', GITHUB_HEAD_REF: '', GITHUB_REF: 'refs/heads/main' };
  values['github.base_ref'] = github.GITHUB_BASE_REF!;
  const expand = (text: string) => text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    if (expression in values) return values[expression]!;
    if (/^steps\.[\w-]+\.outputs\.[\w-]+$/.test(expression)) return '';
    throw new Error(`action.yml uses an expression this test does not evaluate: ${expression}`);
  });
  const npxLog = join(temp, 'npx.log');
  writeFileSync(npxLog, '');
  let failed = false;
  let stdout = '';
  const ran: string[] = [];
  for (const step of action.runs.steps) {
    if (step.if !== undefined && step.if !== 'always()') throw new Error(`unsupported if: ${step.if}`);
    if (failed && step.if !== 'always()') continue;
    expect(step.shell).toBe('bash');
    ran.push(step.name);
    const output = join(temp, `output-${ran.length}`);
    writeFileSync(output, '');
    const env: Record<string, string | undefined> = {
      ...process.env, ...isolatedGitEnv(temp),
      NO_COLOR: undefined, FORCE_COLOR: undefined,
      PATH: `${shimDir()}:${process.env.PATH}`,
      GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_EVENT_NAME: event, GITHUB_WORKSPACE: workspace,
      ...github, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, RUNNER_TEMP: runnerTemp, NPX_LOG: npxLog,
    };
    for (const [key, value] of Object.entries(step.env ?? {})) env[key] = expand(value);
    for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
    const script = join(temp, `step-${ran.length}.sh`);
    writeFileSync(script, expand(step.run));
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd: resolve(workspace, expand(step['working-directory'] ?? '.')), env: env as NodeJS.ProcessEnv, encoding: 'utf8',
    });
    stdout += result.stdout;
    if (result.status !== 0) failed = true;
    if (step.id) {
      for (const line of readFileSync(output, 'utf8').split('\n')) {
        const at = line.indexOf('=');
        if (at > 0) values[`steps.${step.id}.outputs.${line.slice(0, at)}`] = line.slice(at + 1);
      }
    }
  }
  return { code: failed ? 1 : 0, stdout, summary: readFileSync(summary, 'utf8'), npx: readFileSync(npxLog, 'utf8').trim().split('\n').filter(Boolean), ran };
}

describe('action.yml', () => {
  it('is a composite action whose default okr-cli version is the package\'s major version', () => {
    expect(action.runs.using).toBe('composite');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(action.inputs.version!.default).toBe(pkg.version.split('.')[0]);
    expect(Object.keys(action.inputs)).toEqual(['version', 'working-directory', 'base', 'mode', 'report', 'comment', 'token']);
  });

  it('is what the workflow okr init writes uses, at the tag of its default version, with inputs it has', () => {
    const steps = (parse(workflowYaml('goals')) as { jobs: { validate: { steps: { uses?: string; with?: Record<string, unknown> }[] } } }).jobs.validate.steps;
    const step = steps.find((s) => s.uses?.startsWith(`${ACTION_REPOSITORY}@`));
    expect(step?.uses).toBe(`${ACTION_REPOSITORY}@v${action.inputs.version!.default}`);
    for (const input of Object.keys(step?.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
    expect(steps[0]).toEqual({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
  });

  it('passes a clean pull request, and puts the findings, the diff and the report in the summary', () => {
    const ws = checkout(remote(platform({ current: 20, target: 15 })));
    const result = runAction(ws);
    expect(result.code).toBe(0);
    expect(result.ran).toHaveLength(5);
    expect(result.npx).toEqual([
      'okr-cli@0 validate --format github --base origin/main',
      'okr-cli@0 diff origin/main',
      'okr-cli@0 reviewers --base origin/main --format md',
      'okr-cli@0 report',
    ]);
    // The eased target is a warning: an annotation on its line, not a failure.
    expect(result.stdout).toMatch(/^::warning file=okrs\/2026-Q4\/platform\.yaml,line=11,.*eased-target/m);
    expect(result.stdout).not.toContain('::error');
    const md = result.summary;
    expect(md).toContain('## OKR changes: `origin/main`');
    expect(md).toContain('| `platform/O1/KR1` Deploy time from 40 to 10 minutes | 30 → 20 min |');
    expect(md).toContain('| `platform/O1/KR1` Deploy time from 40 to 10 minutes | target | 10 → 15 | ⚠️ eased |');
    expect(md).toContain('Test Co'); // the report's heading names the organization
    expect(md).toMatch(/reviewer/i); // who must approve, after the diff
    // In this order: validate's table, the diff, the report.
    const diffAt = md.indexOf('## OKR changes');
    expect(md.indexOf('eased-target')).toBeLessThan(diffAt);
    expect(md.lastIndexOf('Test Co')).toBeGreaterThan(diffAt);
  });

  it('fails on an error the pull request introduces, and still writes the summary', () => {
    const ws = checkout(remote(platform({ current: 20, align: 'company/O9' })));
    const result = runAction(ws);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=okrs\/2026-Q4\/platform\.yaml,line=\d+,.*company\/O9/m);
    expect(result.summary).toContain('## OKR changes');
    expect(result.summary).toContain('company/O9');
    expect(result.ran).toHaveLength(5);
  });

  it('with mode: new, does not fail on a problem that was already on the base branch; with mode: all it does', () => {
    const origin = remote(platform({ current: 20 }));
    // An error already on main, which the pull request does not touch.
    runGit(origin, ['checkout', '-q', 'main']);
    commit(origin, { files: { 'okrs/2026-Q4/company.yaml': company.replace('lead: ann, start: 0', 'start: 0') }, message: 'Drop a lead', date: '2026-10-06' });
    runGit(origin, ['checkout', '-q', 'pr']);
    runGit(origin, ['merge', '-q', '--no-edit', 'main'], { GIT_AUTHOR_DATE: '2026-11-04T12:00:00Z', GIT_COMMITTER_DATE: '2026-11-04T12:00:00Z' });
    runGit(origin, ['checkout', '-q', 'main']);
    expect(runAction(checkout(origin)).code).toBe(0);
    const all = runAction(checkout(origin), { mode: 'all', version: '^0.1.0' });
    expect(all.code).toBe(1);
    expect(all.npx[0]).toBe('okr-cli@^0.1.0 validate --format github');
    expect(all.stdout).toMatch(/^::error file=okrs\/2026-Q4\/company\.yaml/m);
  });

  it('deepens a shallow clone and fetches the base branch', () => {
    const origin = remote(platform({ current: 20, target: 15 }));
    const ws = tempRepo();
    runGit(ws, ['clone', '-q', '--depth', '1', '--branch', 'pr', `file://${origin}`, 'ws']);
    const clone = join(ws, 'ws');
    expect(runGit(clone, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
    expect(() => runGit(clone, ['rev-parse', '--verify', '-q', 'origin/main'])).toThrow();
    const result = runAction(clone);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('okr: this is a shallow clone; fetching the full history and origin/main');
    expect(runGit(clone, ['rev-parse', '--is-shallow-repository']).trim()).toBe('false');
    expect(result.summary).toContain('| target | 10 → 15 | ⚠️ eased |');
  });

  it('fetches the base branch when a full clone lacks it', () => {
    const origin = remote(platform({ current: 20, target: 15 }));
    const ws = tempRepo();
    runGit(ws, ['clone', '-q', '--single-branch', '--branch', 'pr', `file://${origin}`, 'ws']);
    const clone = join(ws, 'ws');
    expect(() => runGit(clone, ['rev-parse', '--verify', '-q', 'origin/main'])).toThrow();
    const result = runAction(clone);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('okr: fetching origin/main');
    expect(result.summary).toContain('| target | 10 → 15 | ⚠️ eased |');
  });

  it('refuses a mode it does not know', () => {
    const result = runAction(checkout(remote(platform())), { mode: 'some' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("::error title=okr::mode must be new or all, not 'some'");
    expect(result.npx).not.toContainEqual(expect.stringContaining('validate'));
  });

  it('says exactly how to fix a shallow clone it cannot deepen, and still validates every file', () => {
    const origin = remote(platform({ current: 20, target: 15 }));
    const ws = tempRepo();
    runGit(ws, ['clone', '-q', '--depth', '1', '--branch', 'pr', `file://${origin}`, 'ws']);
    const clone = join(ws, 'ws');
    runGit(clone, ['remote', 'set-url', 'origin', `file://${origin}-gone`]);
    const result = runAction(clone);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error title=okr needs the git history::this is a shallow clone and fetching its history failed, so okr cannot compare with origin/main.');
    expect(result.stdout).toContain('  Fix: check out the whole history in the workflow:\n    - uses: actions/checkout@v4\n      with:\n        fetch-depth: 0\n');
    expect(result.ran).toHaveLength(5);
    expect(result.npx).toEqual(['okr-cli@0 validate --format github', 'okr-cli@0 report']);
    expect(result.summary).not.toContain('## OKR changes');
  });

  it('outside a pull request, validates everything, writes no diff, and leaves the report out with report: false', () => {
    const ws = checkout(remote(platform({ current: 20 })));
    const result = runAction(ws, { report: 'false' }, 'push');
    expect(result.code).toBe(0);
    expect(result.npx).toEqual(['okr-cli@0 validate --format github']);
    expect(result.summary).not.toContain('## OKR changes');
    expect(result.summary).not.toContain('Test Co');
  });

  it('runs in the working directory given', () => {
    const result = runAction(checkout(subfolderRemote()), { 'working-directory': 'goals' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=[\w/-]*okrs\/2026-Q4\/platform\.yaml,.*company\/O9/m);
    expect(result.summary).toContain('## OKR changes');
  });

  // Known bug, outside action.yml: `okr validate --format github` names files relative to the
  // OKR root, but GitHub places annotations relative to the repository top. When it is fixed,
  // this test starts passing, so `.fails` fails: drop it then.
  it('annotates files by their path from the repository top', () => {
    const result = runAction(checkout(subfolderRemote()), { 'working-directory': 'goals' });
    expect(result.stdout).toMatch(/^::error file=goals\/okrs\/2026-Q4\/platform\.yaml/m);
  });
});

/** A remote whose OKRs live in goals/, with a pull request that aligns to a missing objective. */
function subfolderRemote(): string {
  const origin = gitRepo([{
    files: { 'goals/okr.config.yaml': MINIMAL_CONFIG, 'goals/okrs/2026-Q4/company.yaml': company, 'goals/okrs/2026-Q4/platform.yaml': platform() },
    message: 'Post Q4 OKRs', date: '2026-10-05',
  }]);
  runGit(origin, ['checkout', '-q', '-b', 'pr']);
  commit(origin, { files: { 'goals/okrs/2026-Q4/platform.yaml': platform({ align: 'company/O9' }) }, message: 'Realign', date: '2026-11-03' });
  runGit(origin, ['checkout', '-q', 'main']);
  return origin;
}
