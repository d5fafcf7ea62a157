// Every hostile file of issue 9 ends in a diagnostic with a position: no stack overflow, no
// heap exhaustion, no "internal error". (How long each takes is measured in bench/, never here.)

import { describe, expect, it } from 'vitest';
import { hostileFiles } from '../../bench/hostile.js';
import { hasStackTrace, MINIMAL_CONFIG, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';

const files = Object.entries(hostileFiles() as Record<string, string>);

describe('hostile unit files', () => {
  it.each(files)('%s is refused with a diagnostic', async (name, text) => {
    const dir = tempRepo({ 'okr.config.yaml': MINIMAL_CONFIG, [`okrs/2026-Q4/${name}`]: text });
    const result = await runOkr(['-C', dir, 'validate', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/internal error/);
    expect(hasStackTrace(result.stderr)).toBe(false);
    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: { file: string; rule: string; line: number }[] };
    const own = diagnostics.filter((d) => d.file === `okrs/2026-Q4/${name}`);
    expect(own.length).toBeGreaterThan(0);
    expect(own.length).toBeLessThanOrEqual(101);
    expect(['yaml', 'schema', 'file-location']).toContain(own[0].rule);
    expect(own[0].line).toBeGreaterThan(0);
  }, 120_000);
});
