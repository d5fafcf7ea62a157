// The action's pull-request comment step (action.yml), run as a runner runs it — its script
// through `bash --noprofile --norc -eo pipefail`, with the environment GitHub provides, `npx` a
// shim that runs the built binary — against a local server standing in for the GitHub API:
// the comment created, then edited; a token that may not comment is a warning, not a failure;
// nothing outside a pull request or with comment: false.

import { spawn } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, ROOT, tempRepo } from '../helpers/cli.js';
import { closeFakeGitHubs, fakeGitHub, MARKER, TOKEN } from '../helpers/fake-github.js';
import { BOB, commit, gitRepo, isolatedGitEnv, runGit } from '../helpers/git.js';

interface Step {
  name: string;
  if?: string;
  run: string;
  env?: Record<string, string>;
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default: string }>; runs: { steps: Step[] } };
const step = action.runs.steps.find((s) => s.name === 'Keep the pull request comment up to date')!;

const CONFIG = `version: 1
organization: Test Co
cycles:
  - { id: 2026-Q4, start: 2026-10-01, end: 2026-12-31 }
people:
  ann: { name: Ann Lee, github: ann-lee }
  bob: { name: Bob Stone, github: bobstone }
`;
const company = (current: number) => `cycle: 2026-Q4
unit: company
level: company
lead: ann
objectives:
  - id: O1
    title: Win the market
    keyResults:
      - { id: KR1, title: Customers from 0 to 100, lead: ann, start: 0, target: 100, current: ${current} }
`;

afterEach(closeFakeGitHubs);

/** main with the OKRs, branch pr checked out with one change. */
function workspace(): string {
  const dir = gitRepo([{ files: { 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/company.yaml': company(40) }, message: 'Post', date: '2026-10-05' }]);
  runGit(dir, ['checkout', '-q', '-b', 'pr']);
  commit(dir, { files: { 'okrs/2026-Q4/company.yaml': company(50) }, message: 'Check in', date: '2026-11-02', author: BOB });
  return dir;
}

/** Runs the step in `dir`; `inputs` over the action's defaults; `event` the GitHub event name. */
// Spawned, not spawnSync: the fake API answers from this very process.
async function runStep(dir: string, api: string, inputs: Record<string, string> = {}, event = 'pull_request'): Promise<{ code: number; stdout: string; npx: string[] }> {
  const temp = tempRepo();
  const npxLog = join(temp, 'npx.log');
  writeFileSync(npxLog, '');
  const npx = join(temp, 'npx');
  writeFileSync(npx, `#!/bin/sh\nwhile [ $# -gt 0 ]; do case "$1" in --*) shift ;; *) break ;; esac; done\necho "$*" >> "$NPX_LOG"\nshift\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(npx, 0o755);
  const eventPath = join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ number: 7, pull_request: { number: 7, user: { login: 'bobstone' } } }));
  const values: Record<string, string> = { 'steps.history.outputs.base': 'main' };
  for (const [name, input] of Object.entries(action.inputs)) values[`inputs.${name}`] = inputs[name] ?? String(input.default);
  // What the runner makes of ${{ github.token }}, the token input's default.
  values['github.token'] = TOKEN;
  const expand = (text: string): string => text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    if (!(expression in values)) throw new Error(`action.yml uses an expression this test does not evaluate: ${expression}`);
    return expand(values[expression]);
  });
  const env: Record<string, string | undefined> = {
    ...process.env, ...isolatedGitEnv(temp), NO_COLOR: undefined, PATH: `${temp}:${process.env.PATH}`, NPX_LOG: npxLog,
    GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'acme/okrs', GITHUB_API_URL: api,
  };
  for (const [key, value] of Object.entries(step.env ?? {})) env[key] = expand(value);
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const script = join(temp, 'step.sh');
  writeFileSync(script, expand(step.run));
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: dir, env: env as NodeJS.ProcessEnv });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => { output += chunk; });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { output += chunk; });
  const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? -1)));
  return { code, stdout: output, npx: readFileSync(npxLog, 'utf8').trim().split('\n').filter(Boolean) };
}

describe('action.yml: the pull request comment', () => {
  it('runs in every case (if: always()) and passes the workflow\'s token', () => {
    expect(step.if).toBe('always()');
    expect(step.env?.GITHUB_TOKEN).toBe('${{ inputs.token }}');
    expect(action.inputs.token.default).toBe('${{ github.token }}');
  });

  it('creates the comment, then edits the same one on the next push', async () => {
    const github = await fakeGitHub();
    const dir = workspace();
    const first = await runStep(dir, github.server.url);
    expect(first.code, first.stdout).toBe(0);
    expect(first.npx).toEqual(['okr-cli@0 pr-comment --base main --post']);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0].body.startsWith(MARKER)).toBe(true);
    expect(github.comments[0].body).toContain('| @ann-lee |');
    commit(dir, { files: { 'okrs/2026-Q4/company.yaml': company(60) }, message: 'Check in again', date: '2026-11-03', author: BOB });
    const second = await runStep(dir, github.server.url);
    expect(second.code, second.stdout).toBe(0);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0].body).toContain('40 → 60');
    expect(github.calls.map((c) => c.method)).toEqual(['GET', 'POST', 'GET', 'PATCH']);
  });

  it('warns, and does not fail the job, when the token may not comment', async () => {
    const github = await fakeGitHub({ refuse: 403 });
    const result = await runStep(workspace(), github.server.url);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('::warning title=okr::the pull request comment could not be written');
    expect(result.stdout).toContain('pull-requests: write');
    expect(result.stdout).not.toContain(TOKEN);
  });

  it('writes nothing with comment: false, or outside a pull request', async () => {
    const github = await fakeGitHub();
    const dir = workspace();
    expect((await runStep(dir, github.server.url, { comment: 'false' })).npx).toEqual([]);
    expect((await runStep(dir, github.server.url, {}, 'push')).npx).toEqual([]);
    expect(github.calls).toEqual([]);
  });
});
