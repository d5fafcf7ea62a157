import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';

const FIXTURE = join(ROOT, 'test/fixtures/scores');
const AS_OF = '2026-11-15'; // 45 of 91 days passed

interface Item { ref: string; score: number | null; grade: string | null; status: string; [key: string]: unknown }

async function scoreJson(args: string[] = []) {
  const result = await runOkr(['score', '-C', FIXTURE, '--as-of', AS_OF, '--format', 'json', ...args]);
  expect(result.code).toBe(0);
  const view = JSON.parse(result.stdout);
  const items = new Map<string, Item>();
  for (const unit of view.units) {
    items.set(unit.ref, unit);
    for (const objective of unit.objectives) {
      items.set(objective.ref, objective);
      for (const kr of objective.keyResults) items.set(kr.ref, kr);
    }
  }
  return { view, items };
}

describe('okr score', () => {
  it('computes every kind of key result by its formula', async () => {
    const { items } = await scoreJson();
    const score = (ref: string) => items.get(ref)?.score;
    expect(score('company/O1/KR1')).toBeCloseTo(0.5, 12); // metric: halfway from 0 to 100
    expect(score('company/O1/KR2')).toBeCloseTo(0.5, 12); // decreasing, between commit (0.3 at 30) and target (0.7 at 10)
    expect(score('company/O1/KR3')).toBeCloseTo(0.5, 12); // milestones: 2 of 4 weight done
    expect(score('company/O2/KR1')).toBe(1); // binary done
    expect(score('company/O2/KR2')).toBe(1); // maintain inside the band
    expect(score('company/O2/KR3')).toBe(1); // baseline established
    expect(score('team/O1/KR1')).toBeCloseTo(0.25, 12);
    expect(score('team/O1')).toBeCloseTo(0.125, 12);
    expect(score('company/O2/KR4')).toBeCloseTo(0.125, 12); // roll-up of team/O1
    expect(items.get('company/O2/KR4')?.type).toBe('rollup');
    expect(items.get('company/O2/KR5')).toMatchObject({ score: 0.4, computed: 0, manual: 0.4 }); // hand-entered wins
  });

  it('leaves dropped key results out of every mean and rolls weights up', async () => {
    const { view, items } = await scoreJson();
    expect(items.get('company/O2/KR6')?.status).toBe('dropped');
    expect(items.get('company/O2')?.score).toBeCloseTo((1 + 1 + 1 + 0.125 + 0.4) / 5, 12);
    expect(items.get('company')?.score).toBeCloseTo((0.5 + 2 * 0.705) / 3, 12);
    expect(view.overall).toBeCloseTo((0.5 + 2 * 0.705) / 3, 12);
    expect(view.grade).toBe('yellow');
    expect(items.get('company/O2')?.grade).toBe('green');
    expect(view.elapsed).toBeCloseTo(45 / 91, 12);
  });

  it('gives pace status, done, and the optimistic flag as of the date', async () => {
    const { items } = await scoreJson();
    expect(items.get('company/O1/KR1')?.status).toBe('on_track');
    expect(items.get('company/O2/KR1')?.status).toBe('done');
    expect(items.get('team/O1/KR2')).toMatchObject({ status: 'off_track', optimistic: true, confidence: 0.8 });
  });

  it('shows grades as the status once the cycle has ended', async () => {
    const result = await runOkr(['score', 'team/O1/KR2', '-C', FIXTURE, '--as-of', '2027-01-05', '--format', 'json']);
    const view = JSON.parse(result.stdout);
    expect(view.units[0].objectives[0].keyResults).toEqual([expect.objectContaining({ ref: 'team/O1/KR2', status: 'red' })]);
  });

  it('narrows to a unit, objective or key result, and suggests on a typo', async () => {
    expect((await scoreJson(['team'])).view.units.map((u: Item) => u.ref)).toEqual(['team']);
    const objective = (await scoreJson(['company/O2'])).view.units[0].objectives;
    expect(objective.map((o: Item) => o.ref)).toEqual(['company/O2']);
    const typo = await runOkr(['score', 'company/02', '-C', FIXTURE]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("did you mean 'company/O2'");
  });

  it('prints a table, markdown and CSV', async () => {
    const table = await runOkr(['score', '-C', FIXTURE, '--as-of', AS_OF]);
    expect(table.stdout).toMatch(/2026-Q4 as of 2026-11-15 \(49% of the cycle passed\)\s+overall 0\.64 yellow/);
    expect(table.stdout).toMatch(/O2\/KR5 .*│ +0\.40/);
    const md = (await runOkr(['score', '-C', FIXTURE, '--as-of', AS_OF, '--format', 'md'])).stdout;
    expect(md).toContain('| `company/O1/KR1` | Raise NPS from 0 to 100 | 0.50 | 🟡 yellow | on track |  | ann |');
    const csv = (await runOkr(['score', '-C', FIXTURE, '--as-of', AS_OF, '--format', 'csv'])).stdout.split('\r\n');
    expect(csv[0]).toBe('ref,kind,title,type,score,manual_score,grade,status,confidence,lead,flags,note,computed_score,confidence_trend,latest_note_date,latest_note');
    expect(csv).toContain('company/O2/KR5,keyResult,Sign the partner deal,binary,0.4,0.4,yellow,on_track,0.9,ann,hand-scored,,0,0.9 steady,,');
  });

  it('scores the bundled example', async () => {
    const result = await runOkr(['score', '-C', join(EXAMPLES, 'acme'), '--cycle', '2026-Q3', '--format', 'json']);
    expect(result.code).toBe(0);
    const view = JSON.parse(result.stdout);
    expect(view.units.length).toBeGreaterThanOrEqual(10);
    expect(view.ended).toBe(true);
  });
});

describe('okr tree', () => {
  it('draws the cascade with key results and the objectives aligned to them', async () => {
    const result = await runOkr(['tree', '-C', FIXTURE, '--as-of', AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('◆ company/O1  Delight customers  0.50 yellow  on track');
    expect(result.stdout).toContain("├─ • company/O2/KR4");
    expect(result.stdout).toMatch(/\n│ {2}└─ ◆ team\/O1 {2}Ship our reliability plan {2}0\.13 red/);
  });

  it('prints JSON naming every node by its reference', async () => {
    const result = await runOkr(['tree', 'company/O2/KR4', '-C', FIXTURE, '--as-of', AS_OF, '--format', 'json']);
    const { tree } = JSON.parse(result.stdout);
    expect(tree[0]).toMatchObject({ ref: 'company/O2/KR4', kind: 'keyResult', children: [{ ref: 'team/O1', kind: 'objective', grade: 'red' }] });
    expect(tree[0].children[0].children.map((c: Item) => c.ref)).toEqual(['team/O1/KR1', 'team/O1/KR2']);
  });

  it('shows unaligned objectives as roots of their own', async () => {
    const { tree } = JSON.parse((await runOkr(['tree', '-C', join(EXAMPLES, 'acme'), '--as-of', '2026-11-23', '--format', 'json'])).stdout);
    expect(tree.length).toBeGreaterThan(0);
    expect(tree.every((node: Item) => node.kind === 'objective')).toBe(true);
  });
});
