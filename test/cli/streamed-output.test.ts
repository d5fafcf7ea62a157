// Large output is written in chunks, never built as one string (at 20,000 units a report's
// JSON passed V8's longest string and okr died): report, score, validate and history as
// JSON, and export's CSV, each reach stdout in many writes that together are the document.

import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript.
import { generateOrganisation } from '../../bench/generate.js';
import { main } from '../../src/cli.js';
import { tempRepo } from '../helpers/cli.js';
import { gitRepo, testEnv } from '../helpers/git.js';

let dir: string;

beforeAll(() => {
  dir = tempRepo();
  generateOrganisation(dir, { units: 250, warnings: true });
});

/** okr in-process, stdout a real stream: the writes it received, and the exit code. */
async function run(args: string[], cwd = dir): Promise<{ code: number; writes: string[] }> {
  const writes: string[] = [];
  const stdout = new Writable({ decodeStrings: false, write(chunk: string, _encoding, done) { writes.push(chunk); done(); } });
  const stderr = { write: () => true };
  const code = await main(args, { stdout, stderr, env: { ...testEnv(), OKR_THREADS: '1' }, cwd });
  return { code, writes };
}

describe('large output', () => {
  it.each([
    ['report', ['report', '--format', 'json', '--as-of', '2026-11-15']],
    ['score', ['score', '--format', 'json', '--as-of', '2026-11-15']],
    ['validate', ['validate', '--format', 'json']],
  ])('okr %s --format json reaches stdout in several writes that make one document', async (_name, args) => {
    const { code, writes } = await run(args);
    expect(code).toBeLessThanOrEqual(1);
    expect(writes.length).toBeGreaterThan(3);
    expect(() => JSON.parse(writes.join(''))).not.toThrow();
  });

  it('okr export writes its CSV in several writes, a row never split', async () => {
    const { code, writes } = await run(['export']);
    expect(code).toBe(0);
    expect(writes.length).toBeGreaterThan(1);
    for (const chunk of writes) expect(chunk.endsWith('\r\n')).toBe(true);
    expect(writes.join('').split('\r\n').length - 2).toBe(250 * 4 * 4);
  });

  it('okr history --format json writes its events in several writes', async () => {
    const unit = (value: number) => `cycle: 2026-Q4\nunit: company\nlevel: company\nlead: ann\nobjectives:\n  - id: O1\n    title: Grow\n    keyResults:\n${
      Array.from({ length: 60 }, (_, i) => `      - { id: KR${i}, title: Customers ${i}, lead: ann, start: 0, target: 1000, current: ${value + i} }\n`).join('')}`;
    const config = 'version: 1\norganization: Test Co\ncycles:\n  - id: 2026-Q4\n    start: 2026-10-01\n    end: 2026-12-31\n';
    const repo = gitRepo(Array.from({ length: 30 }, (_, i) => ({
      files: { ...(i === 0 ? { 'okr.config.yaml': config } : {}), 'okrs/2026-Q4/company.yaml': unit(i * 10) } as Record<string, string>,
      message: `week ${i}`, date: `2026-10-${String(i + 1).padStart(2, '0')}`,
    })));
    const { code, writes } = await run(['history', '--format', 'json'], repo);
    expect(code).toBe(0);
    expect(writes.length).toBeGreaterThan(3);
    expect(JSON.parse(writes.join('')).events.length).toBeGreaterThan(29 * 60);
  });
});
