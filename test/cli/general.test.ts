import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLES, ROOT, okr } from '../helpers/cli.js';

const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

describe('okr, as a command-line tool', () => {
  it('prints its version', () => {
    expect(okr(['--version'])).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
    expect(okr(['-V']).stdout).toBe(`${VERSION}\n`);
  });

  it.each(['validate', 'lint', 'tree', 'score', 'schema', 'init', 'new', 'checkin', 'history', 'diff', 'report', 'remind', 'retro', 'next', 'people'])('gives help with examples for %s', (command) => {
    const result = okr([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: okr');
    expect(result.stdout).toMatch(/Examples:\n {2}\$ okr /);
  });

  it('lists every command in its own help', () => {
    const result = okr(['--help']);
    for (const command of ['validate|lint', 'tree', 'score', 'schema']) expect(result.stdout).toContain(command);
  });

  it('exits 2 on an unknown command or option, with a suggestion', () => {
    const command = okr(['valdate']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('(Did you mean validate?)');
    const option = okr(['validate', '--formt', 'json']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('--format');
  });

  it('prints the JSON Schemas', () => {
    const unit = okr(['schema', 'unit']);
    expect(unit.code).toBe(0);
    expect(JSON.parse(unit.stdout)).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#', title: expect.any(String) });
    expect(JSON.parse(okr(['schema', 'config']).stdout).properties.cycles).toBeDefined();
    expect(okr(['schema']).stdout).toBe(unit.stdout);
    const bad = okr(['schema', 'team']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("okr: expected unit, config, people, not 'team'\n");
    expect(JSON.parse(okr(['schema', 'people']).stdout).title).toBe('okr people file');
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --help | head -c 5`], { encoding: 'utf8' });
    expect(result.stdout).toBe('Usage');
    expect(result.stderr).toBe('');
  });

  it('stays quiet with -q when there is nothing to report', () => {
    const dir = join(EXAMPLES, 'acme');
    expect(okr(['validate', '-C', dir]).stderr).toContain('no problems');
    expect(okr(['validate', '-C', dir, '-q'])).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });
});
