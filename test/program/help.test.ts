// Every command's --help lists the global options too (-C, --config, --cycle, --as-of, colour,
// -q), as users of git and of commander programs expect to find them there.

import { describe, expect, it } from 'vitest';
import { declareProgram } from '../../src/program/declare.js';
import { runOkr } from '../helpers/run-okr.js';

const GLOBAL = ['-C <dir>', '--config <file>', '--cycle <id>', '--as-of <date>', '--no-color', '-q, --quiet'];

describe('okr COMMAND --help', () => {
  it('lists the global options under their own heading, for every command', async () => {
    const program = await declareProgram();
    for (const command of program.commands.map((c) => c.name())) {
      const result = await runOkr([command, '--help']);
      expect(result.code, command).toBe(0);
      const globals = result.stdout.slice(result.stdout.indexOf('Global Options:'));
      expect(result.stdout, command).toContain('Global Options:');
      for (const option of GLOBAL) expect(globals, `${command} ${option}`).toContain(option);
    }
  });
});
