// The printed scripts, run in the real shells: type a line, press tab (call the completion
// function as the shell would), and look at the candidates. zsh and fish are tested only
// where installed.

import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLES, okr, tempRepo } from '../helpers/cli.js';

function installed(shell: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;
}

// `okr` on the PATH, as an installed package puts it.
const bin = tempRepo();
writeFileSync(join(bin, 'okr'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
chmodSync(join(bin, 'okr'), 0o755);
const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };

// The demo organisation, plus a unit file the schema rejects: it still offers its ids.
const repo = tempRepo({
  'okrs/2026-Q4/broken.yaml': 'unit: broken\nlevel: nonsense\nobjectives:\n  - id: O1\n    keyResults:\n      - id: KR1\n',
}, join(EXAMPLES, 'acme'));

/** Candidates bash offers for the words, the last one being under the cursor. */
function bash(words: string[], cwd = repo, home = process.env.HOME): string[] {
  const array = words.map((w) => `'${w}'`).join(' ');
  const script = `source <(okr completion bash) && COMP_WORDS=(${array}) && COMP_CWORD=${words.length - 1} && _okr && printf '%s\\n' "\${COMPREPLY[@]}"`;
  const result = spawnSync('bash', ['-c', script], { cwd, env: { ...env, HOME: home }, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout.split('\n').filter((line) => line !== '');
}

describe('bash', () => {
  it('completes commands and the lint alias', () => {
    expect(bash(['okr', 'che'])).toEqual(['checkin']);
    expect(bash(['okr', 'l'])).toEqual(['lint']);
  });

  it('completes options and their choices', () => {
    expect(bash(['okr', 'checkin', '--con'])).toEqual(['--config', '--confidence']);
    expect(bash(['okr', 'report', '--format', ''])).toEqual(['md', 'html', 'json']);
  });

  it('completes unit ids and references of the current cycle, even from a broken file', () => {
    const units = bash(['okr', 'score', '']).filter((r) => !r.includes('/'));
    expect(units).toContain('platform');
    expect(units).toContain('broken');
    expect(bash(['okr', 'checkin', 'broken/'])).toEqual(['broken/O1/KR1']);
    expect(bash(['okr', 'checkin', 'platform/O1/'])).toEqual(expect.arrayContaining(['platform/O1/KR1']));
    expect(bash(['okr', 'tree', '--cycle', ''])).toEqual(['2026-Q3', '2026-Q4']);
  });

  it('reads the repository named by -C, and the cycle named by --cycle', () => {
    const elsewhere = tempRepo();
    expect(bash(['okr', 'tree', ''], elsewhere)).toEqual([]);
    expect(bash(['okr', '-C', repo, 'tree', 'broken'], elsewhere)).toEqual(['broken', 'broken/O1', 'broken/O1/KR1']);
    // broken.yaml sits in 2026-Q4 only: the cycle named, or the one containing --as-of, counts.
    expect(bash(['okr', '-C', repo, '--cycle', '2026-Q3', 'tree', 'broken'], elsewhere)).toEqual([]);
    expect(bash(['okr', '-C', repo, '--as-of', '2026-08-01', 'tree', 'broken'], elsewhere)).toEqual([]);
    expect(bash(['okr', '-C', repo, '--as-of', '2026-11-01', 'tree', 'broken'], elsewhere)).toEqual(['broken', 'broken/O1', 'broken/O1/KR1']);
    // -C ~/... as typed: the shell leaves the tilde to us.
    expect(bash(['okr', '-C', `~/${basename(repo)}`, 'tree', 'broken'], elsewhere, dirname(repo))).toEqual(['broken', 'broken/O1', 'broken/O1/KR1']);
  });

  it('completes file names for paths', () => {
    expect(bash(['okr', 'validate', 'okr.conf'])).toEqual(['okr.config.yaml']);
    expect(bash(['okr', '-C', 'ok'])).toEqual(['okrs']);
  });
});

describe('other shells', () => {
  it('prints a script for zsh and fish, and refuses other shells', () => {
    expect(okr(['completion', 'zsh']).stdout).toMatch(/^#compdef okr\n/);
    expect(okr(['completion', 'fish']).stdout).toContain("complete -c okr -f -a '(__okr_complete)'");
    const result = okr(['completion', 'tcsh']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("okr: unknown shell 'tcsh'; okr completes in bash, zsh, fish\n");
  });

  it.skipIf(!installed('zsh'))('zsh parses its script (zsh is installed here)', () => {
    const result = spawnSync('zsh', ['-n', '-c', okr(['completion', 'zsh']).stdout], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
  });

  it.skipIf(!installed('fish'))('fish completes commands and references (fish is installed here)', () => {
    const script = `source (okr completion fish | psub); complete -C 'okr chec'; complete -C 'okr checkin broken/'`;
    const result = spawnSync('fish', ['-c', script], { cwd: repo, env, encoding: 'utf8' });
    expect(result.stdout).toContain('checkin');
    expect(result.stdout).toContain('broken/O1/KR1');
  });
});
