import { describe, expect, it } from 'vitest';
import { formatValidateStylish } from '../../../src/format/validate/stylish.js';
import { validateResult } from '../fixtures.js';
import { expectTerminalSafe, PIPE, TERMINAL } from '../expect-output.js';

describe('okr validate, stylish', () => {
  it('groups findings by file, one line each, and sums them up', () => {
    const text = formatValidateStylish(validateResult(), PIPE);
    expect(text).toContain('\nokrs/2026-Q4/platform.yaml\n  12:12  error  Unknown key \'Deploys | @everyone <img src=x onerror=alert(1)> ␛[2J `done`\'  schema\n');
    expect(text).toContain('\nokrs/2026-Q4/company.yaml\n  12:12  warning  title is too long  schema\n');
    expect(text.trimEnd().split('\n').at(-1)).toBe('✖ 2 problems (1 error, 1 warning)');
  });

  it('says nothing when there is nothing to say', () => {
    expect(formatValidateStylish({ diagnostics: [], files: 3 }, PIPE)).toBe('');
  });

  it('paints on a terminal with its own colours only', () => {
    const text = formatValidateStylish(validateResult(), TERMINAL);
    expect(text).toContain('\x1b[31merror\x1b[39m');
    expectTerminalSafe(text);
  });
});
