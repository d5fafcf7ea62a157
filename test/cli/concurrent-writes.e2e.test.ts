// Writers at the same moment, as real processes: each plans under the repository lock from
// what the one before it wrote, so none overwrites another and ids never collide.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, COMPANY_ONE_KR as COMPANY, MINIMAL_CONFIG, tempRepo } from '../helpers/cli.js';


function okrAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('concurrent okr new', () => {
  it('three key results added at once each get their own id, and all three are in the file', { timeout: 60_000 }, async () => {
    const dir = tempRepo({ 'okr.config.yaml': `${MINIMAL_CONFIG}people:\n  ann: { name: Ann Lee }\n`, 'okrs/2026-Q4/company.yaml': COMPANY });
    const titles = ['Ship the pricing page', 'Open the Paris office', 'Sign the first reseller'];
    const results = await Promise.all(titles.map((title) => okrAsync(['new', 'kr', '-C', dir, '--objective', 'company/O1', '--title', title, '--lead', 'ann', '--type', 'binary'])));
    expect(results.map((r) => [r.code, r.stderr.includes('internal error')])).toEqual([[0, false], [0, false], [0, false]]);
    expect(results.map((r) => r.stdout.trim()).sort()).toEqual(['company/O1/KR2', 'company/O1/KR3', 'company/O1/KR4']);
    const doc = parse(readFileSync(join(dir, 'okrs/2026-Q4/company.yaml'), 'utf8'));
    const added = doc.objectives[0].keyResults.slice(1).map((kr: { title: string }) => kr.title).sort();
    expect(added).toEqual([...titles].sort());
  });
});
