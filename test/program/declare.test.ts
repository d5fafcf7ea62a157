import { describe, expect, it } from 'vitest';
import { runOkr } from '../helpers/run-okr.js';
import { EXAMPLES } from '../helpers/cli.js';

describe('the declared command line', () => {
  it.each([
    [['report', '--depth', 'x'], "okr: --depth expects a whole number, not 'x'\n"],
    [['validate', '--max-warnings', '1.5'], "okr: --max-warnings expects a whole number, not '1.5'\n"],
  ])('a count names its own option: %j', async (args, stderr) => {
    expect(await runOkr(args, { cwd: EXAMPLES })).toMatchObject({ code: 2, stdout: '', stderr });
  });

  it('says what is wrong with an argument once, without naming okr twice', async () => {
    expect(await runOkr(['schema', 'foo'])).toMatchObject({ code: 2, stderr: "okr: expected unit, config, people, not 'foo'\n" });
  });
});
