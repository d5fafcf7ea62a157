// .pre-commit-hooks.yaml: the keys pre-commit reads, and its entry run the way pre-commit runs
// it, from the repository root with the staged files that match `files` appended.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLES, ROOT, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';

interface Hook { id: string; name: string; entry: string; language: string; files: string; pass_filenames: boolean; require_serial: boolean }

const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = hooks.find((h) => h.id === 'okr-validate')!;

/** Runs the hook's entry the way pre-commit does: the entry's words, then the matching files. */
async function runHook(cwd: string, changed: string[]) {
  const [command, ...args] = hook.entry.split(' ');
  expect(command).toBe('okr');
  const files = changed.filter((f) => new RegExp(hook.files).test(f));
  return { files, result: await runOkr([...args, ...files], { cwd }) };
}

describe('.pre-commit-hooks.yaml', () => {
  it('declares okr-validate with the keys pre-commit needs', () => {
    expect(hooks).toHaveLength(1);
    expect(hook).toMatchObject({ id: 'okr-validate', name: 'okr validate', entry: 'okr validate', language: 'node', pass_filenames: true, require_serial: true });
  });

  it('runs on the config and unit files only', () => {
    const matches = (path: string) => new RegExp(hook.files).test(path);
    for (const path of ['okr.config.yaml', 'okrs/2026-Q4/platform.yaml', 'okrs/2026-Q4/sub/team.yml']) expect(matches(path), path).toBe(true);
    for (const path of ['README.md', 'docs/okr.config.yaml', 'okrs/2026-Q4/notes.md', '.github/workflows/okr.yml', 'other/okrs/a.yaml']) expect(matches(path), path).toBe(false);
  });

  it('passes a clean change and fails one that breaks a rule', async () => {
    const repo = tempRepo({}, join(EXAMPLES, 'acme'));
    const clean = await runHook(repo, ['okr.config.yaml', 'okrs/2026-Q4/platform.yaml', 'README.md']);
    expect(clean.files).toEqual(['okr.config.yaml', 'okrs/2026-Q4/platform.yaml']);
    expect(clean.result.stderr).toContain('no problems');
    expect(clean.result.code).toBe(0);

    const broken = tempRepo({ 'okrs/2026-Q4/team.yaml': 'unit: team\nlevel: nonsense\nobjectives: []\n' }, join(EXAMPLES, 'acme'));
    const failed = await runHook(broken, ['okrs/2026-Q4/team.yaml']);
    expect(failed.result.code).toBe(1);
    expect(failed.result.stdout + failed.result.stderr).toContain('okrs/2026-Q4/team.yaml');
  });
});
