import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLES, ROOT } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { declareProgram } from '../../src/program/declare.js';

/** Every command the program declares, and an alias: a new command is held to its help too. */
const COMMANDS = [...(await declareProgram()).commands.map((command) => command.name()), 'lint'];
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

describe('okr, as a command-line tool', () => {
  it('prints its version', async () => {
    expect(await runOkr(['--version'])).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
    expect((await runOkr(['-V'])).stdout).toBe(`${VERSION}\n`);
  });

  it.each(COMMANDS)('gives help with examples for %s', async (command) => {
    const result = await runOkr([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: okr');
    expect(result.stdout).toMatch(/Examples:\n {2}\$ okr /);
  });

  it('lists every command in its own help', async () => {
    const result = await runOkr(['--help']);
    for (const command of ['validate|lint', 'tree', 'score', 'schema']) expect(result.stdout).toContain(command);
  });

  it('exits 2 on an unknown command or option, with a suggestion', async () => {
    const command = await runOkr(['valdate']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('(Did you mean validate?)');
    const option = await runOkr(['validate', '--formt', 'json']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('--format');
  });

  it('prints the JSON Schemas', async () => {
    const unit = await runOkr(['schema', 'unit']);
    expect(unit.code).toBe(0);
    expect(JSON.parse(unit.stdout)).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#', title: expect.any(String) });
    expect(JSON.parse((await runOkr(['schema', 'config'])).stdout).properties.cycles).toBeDefined();
    expect((await runOkr(['schema'])).stdout).toBe(unit.stdout);
    const bad = await runOkr(['schema', 'team']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("okr: expected unit, config, people, not 'team'\n");
    expect(JSON.parse((await runOkr(['schema', 'people'])).stdout).title).toBe('okr people file');
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --help | head -c 5`], { encoding: 'utf8' });
    expect(result.stdout).toBe('Usage');
    expect(result.stderr).toBe('');
  });

  it('stays quiet with -q when there is nothing to report', async () => {
    const dir = join(EXAMPLES, 'acme');
    expect((await runOkr(['validate', '-C', dir])).stderr).toContain('no problems');
    expect(await runOkr(['validate', '-C', dir, '-q'])).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });
});
