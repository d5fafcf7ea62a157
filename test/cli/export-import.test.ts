// okr export / okr import on real files: the bundled example round-trips through CSV without
// loss, bad input is refused with positions and nothing written, the dry run writes nothing,
// --write leaves a valid repository and keeps the comments of the files it updates.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, hasStackTrace, MINIMAL_CONFIG, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';

const ACME = join(EXAMPLES, 'acme');

/** Every unit document of a cycle by unit id; `alignsTo: x` and `[x]` compare equal. */
function unitDocs(root: string, cycle: string): Record<string, unknown> {
  const folder = join(root, 'okrs', cycle);
  const docs: Record<string, unknown> = {};
  for (const name of readdirSync(folder, { recursive: true }) as string[]) {
    if (!name.endsWith('.yaml')) continue;
    const doc = parse(readFileSync(join(folder, name), 'utf8'));
    for (const objective of doc.objectives ?? []) {
      if (typeof objective.alignsTo === 'string') objective.alignsTo = [objective.alignsTo];
    }
    docs[`${name.replace(/\\/g, '/')}`] = doc;
  }
  return docs;
}

function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[path] = readFileSync(path, 'utf8');
    }
  };
  walk(root);
  return files;
}

const PLATFORM = `# Platform's OKRs: reviewed every Monday
cycle: 2026-Q4
unit: platform
level: company
lead: alice   # since September
objectives:
  - id: O1
    title: Make deploys boring
    keyResults:
      - id: KR1
        title: Cut deploy time
        lead: bob
        start: 40
        target: 10
        current: 22   # measured on the 3rd
`;

describe('okr export and import', () => {
  it.each(['2026-Q3', '2026-Q4'])('round-trips the example cycle %s: same documents, byte-identical CSV', async (cycle) => {
    const exported = await runOkr(['-C', ACME, 'export', '--cycle', cycle]);
    expect(exported.code).toBe(0);
    expect(exported.stdout.split('\r\n')[0]).toMatch(/^cycle,unit,file,unit_name,level,/);
    const dir = tempRepo({ 'okr.config.yaml': readFileSync(join(ACME, 'okr.config.yaml'), 'utf8'), 'in.csv': exported.stdout });

    const written = await runOkr(['-C', dir, 'import', join(dir, 'in.csv'), '--write', '--cycle', cycle]);
    expect(written.stderr).toContain('created okrs/');
    expect(written.code).toBe(0);
    expect(unitDocs(dir, cycle)).toEqual(unitDocs(ACME, cycle));
    expect(readFileSync(join(dir, 'okrs', cycle, 'people', 'jade.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=/);
    expect((await runOkr(['-C', dir, 'validate', '--cycle', cycle])).code).toBe(0);
    expect((await runOkr(['-C', dir, 'export', '--cycle', cycle])).stdout).toBe(exported.stdout);

    // Imported again, it has nothing left to change.
    const again = await runOkr(['-C', dir, 'import', join(dir, 'in.csv'), '--cycle', cycle]);
    expect(again).toMatchObject({ code: 0, stdout: '' });
    expect(again.stderr).toContain('nothing to change');
  });

  it('writes to --out', async () => {
    const dir = tempRepo({ 'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/platform.yaml': PLATFORM });
    expect((await runOkr(['-C', dir, 'export', '--out', join(dir, 'out.csv')])).code).toBe(0);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toContain('2026-Q4,platform,,,company,,alice,,,O1,Make deploys boring,');
  });

  it('refuses to export a cycle with a file it cannot read: the CSV would silently lack it', async () => {
    const dir = tempRepo({ 'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/platform.yaml': PLATFORM, 'okrs/2026-Q4/broken.yaml': 'cycle: [\n' });
    const result = await runOkr(['-C', dir, 'export']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('okrs/2026-Q4/broken.yaml could not be read');
  });

  it('dry run: prints what would change per file and writes nothing', async () => {
    const dir = tempRepo({
      'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/platform.yaml': PLATFORM,
      'in.csv': 'unit,level,parent,unit_lead,objective,objective_title,kr,title,lead,current,start,target\n'
        + 'platform,,,,O1,,KR1,,,25,,\nplatform,,,,O1,,KR2,Blue/green,carol,0,0,1\nmobile,team,platform,eve,O1,Ship,KR1,Five releases,eve,0,0,5\n',
    });
    const before = snapshot(dir);
    const result = await runOkr(['-C', dir, 'import', 'in.csv'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('~~~ okrs/2026-Q4/platform.yaml\n  ~ O1/KR1 current: 22 → 25\n  + key result O1/KR2: Blue/green\n'
      + '+++ new okrs/2026-Q4/mobile.yaml\n  + unit mobile (new file): 1 objective(s), 1 key result(s)\n  + objective O1: Ship\n  + key result O1/KR1: Five releases\n');
    expect(result.stderr).toContain('dry run');
    expect(snapshot(dir)).toEqual(before);
  });

  it('--write updates in place, keeping comments, and the result validates', async () => {
    const dir = tempRepo({
      'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/platform.yaml': PLATFORM,
      'in.csv': 'unit,objective,kr,title,lead,current,start,target\nplatform,O1,KR1,,,25,,\nplatform,O1,KR2,Blue/green,carol,0,0,1\n',
    });
    expect((await runOkr(['-C', dir, 'import', 'in.csv', '--write'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'okrs/2026-Q4/platform.yaml'), 'utf8')).toBe(PLATFORM.replace('current: 22', 'current: 25')
      + '      - id: KR2\n        title: Blue/green\n        lead: carol\n        start: 0\n        target: 1\n        current: 0\n');
    expect((await runOkr(['-C', dir, 'validate'])).code).toBe(0);
  });

  it('refuses a change that would make the cycle invalid, writing nothing', async () => {
    const dir = tempRepo({ 'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/platform.yaml': PLATFORM, 'in.csv': 'unit,objective,kr,confidence\nplatform,O1,KR1,7\n' });
    const result = await runOkr(['-C', dir, 'import', 'in.csv', '--write'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('import refused, nothing was written');
    expect(result.stderr).toContain('okrs/2026-Q4/platform.yaml');
    expect(readFileSync(join(dir, 'okrs/2026-Q4/platform.yaml'), 'utf8')).toBe(PLATFORM);
  });

  it.each([
    ['an unclosed quote', 'unit,objective,kr,title\nplatform,O1,KR1,"Cut\n', 'in.csv:2:17: a quoted field is never closed'],
    ['a wrong field count', 'unit,objective,kr,title\nplatform,O1\n', 'in.csv:2:12: the row has 2 fields; the header has 4'],
    ['a field too many', 'unit,objective\nplatform,O1,KR1\n', 'in.csv:2:13: the row has 3 fields; the header has 2'],
    ['a bad number', 'unit,objective,kr,current\nplatform,O1,KR1,lots\n', "in.csv:2:17: current: 'lots' is not a number"],
  ])('refuses %s with its position, writing nothing', async (_name, csv, message) => {
    const dir = tempRepo({ 'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/platform.yaml': PLATFORM, 'in.csv': csv });
    const result = await runOkr(['-C', dir, 'import', 'in.csv', '--write'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('nothing written');
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(readFileSync(join(dir, 'okrs/2026-Q4/platform.yaml'), 'utf8')).toBe(PLATFORM);
  });

  it('imports a markdown document into a unit, from a file or from stdin with --type', async () => {
    const md = '# Platform OKRs Q4\n## Objective: Make deploys boring\n- KR: Cut deploy time — Owner: bob => 0.7\n'
      + '## Objective: Recover fast\n- KR: Cut MTTR from 60 to 20 minutes (Owner: carol)\n';
    const dir = tempRepo({ 'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/platform.yaml': PLATFORM, 'okrs.md': md });
    const dry = await runOkr(['-C', dir, 'import', '-', '--type', 'md', '--unit', 'platform'], { input: md });
    expect(dry.stdout).toBe('~~~ okrs/2026-Q4/platform.yaml\n  ~ O1/KR1 score: (none) → 0.7\n  + objective O2: Recover fast\n  + key result O2/KR1: Cut MTTR from 60 to 20 minutes\n');
    expect((await runOkr(['-C', dir, 'import', join(dir, 'okrs.md'), '--unit', 'platform', '--write'])).code).toBe(0);
    const doc = parse(readFileSync(join(dir, 'okrs/2026-Q4/platform.yaml'), 'utf8')) as { objectives: { keyResults: object[] }[] };
    expect(doc.objectives[0].keyResults[0]).toMatchObject({ id: 'KR1', score: 0.7 });
    expect(doc.objectives[1]).toEqual({ id: 'O2', title: 'Recover fast', keyResults: [{ id: 'KR1', title: 'Cut MTTR from 60 to 20 minutes', lead: 'carol', start: 60, target: 20 }] });
    expect(readFileSync(join(dir, 'okrs/2026-Q4/platform.yaml'), 'utf8')).toContain('lead: alice   # since September\n');
  });

  it('says markdown that is not an OKR document is not one, with its first line, exit 2', async () => {
    const dir = tempRepo({ 'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/platform.yaml': PLATFORM, 'notes.md': 'Meeting notes\n- buy milk\n' });
    const result = await runOkr(['-C', dir, 'import', join(dir, 'notes.md'), '--unit', 'platform']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("is not an OKR document: no objective found (line 1: 'Meeting notes')");
  });

  it('needs --type for stdin and --unit for markdown', async () => {
    const dir = tempRepo({ 'okr.config.yaml': MINIMAL_CONFIG });
    expect((await runOkr(['-C', dir, 'import', '-'])).stderr).toContain('needs --type');
    const noUnit = await runOkr(['-C', dir, 'import', '-', '--type', 'md'], { input: '## Objective: A\n' });
    expect(noUnit).toMatchObject({ code: 2, stderr: expect.stringContaining('needs --unit') });
    const unitWithCsv = await runOkr(['-C', dir, 'import', '-', '--type', 'csv', '--unit', 'platform'], { input: 'unit\nplatform\n' });
    expect(unitWithCsv).toMatchObject({ code: 2, stderr: expect.stringContaining('--unit is for markdown documents') });
    writeFileSync(join(dir, 'x.txt'), '');
    expect((await runOkr(['-C', dir, 'import', join(dir, 'x.txt')])).stderr).toContain(`cannot tell the format of ${join(dir, 'x.txt')}`);
  });
});
