import { describe, expect, it } from 'vitest';
import { buildCascade } from '../../src/graph/cascade.js';
import type { KeyResultDoc, LoadedUnit, UnitDoc } from '../../src/model.js';
import { carryKeyResult, planNext } from '../../src/next/carry.js';
import { renderDraft } from '../../src/next/render.js';

function loaded(doc: UnitDoc, sub = ''): LoadedUnit {
  const file = `okrs/${doc.cycle}/${sub}${doc.unit}.yaml`;
  return { file, absPath: `/repo/${file}`, stem: doc.unit, folder: doc.cycle, doc };
}

const company: UnitDoc = {
  cycle: 'A', unit: 'company', name: 'Acme', level: 'company', lead: 'carla', members: ['raj'], status: 'closed',
  objectives: [
    { id: 'O1', title: 'Trust', type: 'committed', keyResults: [
      { id: 'KR1', title: 'Defects 210 to 120', lead: 'raj', start: 210, commit: 130, target: 120, current: 140, confidence: 0.7, score: 0.78, learning: 'Tests', decision: 'modify' },
      { id: 'KR2', title: 'Pricing approved', lead: 'tom', type: 'binary', done: true, decision: 'remove' },
    ] },
    { id: 'O2', title: 'Grow', keyResults: [{ id: 'KR1', title: 'NRR 104 to 108', lead: 'mei', start: 104, target: 108, current: 108, decision: 'remove' }] },
  ],
  retro: { learnings: 'Plan ahead' },
};
const engineering: UnitDoc = {
  cycle: 'A', unit: 'engineering', level: 'department', parent: 'company', lead: 'raj',
  objectives: [{ id: 'O1', title: 'Reliable', alignsTo: ['company/O1/KR1', 'company/O2'], keyResults: [
    { id: 'KR1', title: 'Restore 90 to 30', lead: 'carol', start: 90, target: 30, current: 45, decision: 'keep' },
  ] }],
};
const platform: UnitDoc = {
  cycle: 'A', unit: 'platform', level: 'team', parent: 'ops', lead: 'alice', members: ['bob'],
  objectives: [{ id: 'O1', title: 'Deploys', alignsTo: 'company/O2', weight: 2, keyResults: [
    { id: 'KR1', title: 'Canaries', lead: 'carol', milestones: [{ title: 'Chosen', done: true }, { title: 'Rolled out', done: false, weight: 2 }], decision: 'keep', status: 'dropped' },
    { id: 'KR2', title: 'Pager staffed', lead: 'alice', done: true, decision: 'modify' },
    { id: 'KR3', title: 'Something', lead: 'alice', done: false },
  ] }],
};
const ops: UnitDoc = { cycle: 'A', unit: 'ops', level: 'department', parent: 'company', lead: 'raj', objectives: [{ id: 'O1', title: 'Ops', standalone: 'internal', keyResults: [{ id: 'KR1', title: 'x', lead: 'raj', done: true, decision: 'remove' }] }] };

const from = buildCascade([loaded(company), loaded(engineering), loaded(platform, 'teams/'), loaded(ops)]);
const empty = buildCascade([]);

describe('planNext', () => {
  const plan = planNext({ from, fromCycle: 'A', toCycle: 'B', okrsDir: 'okrs', existing: empty });
  const draft = (id: string) => plan.drafts.find((d) => d.id === id)!;

  it('drafts every unit with a key result marked keep or modify, at the same place in the new folder', () => {
    expect(plan.drafts.map((d) => [d.id, d.file, d.reason])).toEqual([
      ['company', 'okrs/B/company.yaml', 'carries'],
      ['engineering', 'okrs/B/engineering.yaml', 'carries'],
      ['platform', 'okrs/B/teams/platform.yaml', 'carries'],
      ['ops', 'okrs/B/ops.yaml', 'parent'],
    ]);
    expect(draft('company').carried).toEqual([{ ref: 'company/O1/KR1', decision: 'modify' }]);
    expect(plan.leftBehind).toEqual({ remove: ['company/O1/KR2', 'company/O2/KR1', 'ops/O1/KR1'], undecided: ['platform/O1/KR3'] });
  });

  it('keeps the unit and objective fields and ids, drops what was not carried, and marks it a draft', () => {
    expect(draft('company').doc).toEqual({
      cycle: 'B', unit: 'company', name: 'Acme', level: 'company', lead: 'carla', members: ['raj'], status: 'draft',
      objectives: [{ id: 'O1', title: 'Trust', type: 'committed', keyResults: [
        { id: 'KR1', title: 'Defects 210 to 120', lead: 'raj', start: 140, commit: 130, target: 120 },
      ] }],
    });
    // The parent of platform carries nothing, but platform's `parent` must resolve.
    expect(draft('ops').doc).toEqual({ cycle: 'B', unit: 'ops', level: 'department', parent: 'company', lead: 'raj', status: 'draft', objectives: [] });
  });

  it('keeps alignment whose target carries over, and drops (and says) the rest', () => {
    expect(draft('engineering').doc.objectives[0].alignsTo).toEqual(['company/O1/KR1']);
    expect(draft('platform').doc.objectives[0].alignsTo).toBeUndefined();
    expect(plan.alignmentsDropped).toEqual([
      { objective: 'engineering/O1', target: 'company/O2' },
      { objective: 'platform/O1', target: 'company/O2' },
    ]);
    expect(plan.unaligned).toEqual([{ unit: 'platform', index: 0, ref: 'platform/O1' }]);
    expect(draft('platform').comments).toContainEqual({ path: ['objectives', 0], above: true, text: ' In A aligned to company/O2, which does not carry over: align it again' });
  });

  it('keeps alignment to what the new folder already holds, unless its file is drafted again', () => {
    const existing = buildCascade([
      loaded({ cycle: 'B', unit: 'marketing', level: 'department', parent: 'company', objectives: [{ id: 'O1', title: 'Brand', keyResults: [] }] }),
      loaded({ cycle: 'B', unit: 'company', level: 'company', objectives: [{ id: 'O2', title: 'Grow', keyResults: [] }] }),
    ]);
    const aligned: UnitDoc = { ...engineering, objectives: [{ ...engineering.objectives[0], alignsTo: ['marketing/O1', 'company/O2'] }] };
    const withExisting = planNext({ from: buildCascade([loaded(company), loaded(aligned)]), fromCycle: 'A', toCycle: 'B', okrsDir: 'okrs', existing });
    expect(withExisting.drafts.find((d) => d.id === 'engineering')!.doc.objectives[0].alignsTo).toEqual(['marketing/O1']);
    expect(withExisting.alignmentsDropped).toEqual([{ objective: 'engineering/O1', target: 'company/O2' }]);
    // The company file is drafted again (it carries company/O1/KR1), where the folder already has it.
    expect(withExisting.drafts.find((d) => d.id === 'company')!.file).toBe('okrs/B/company.yaml');
  });

  it('renders the draft with its modeline, origin, name lists on one line and the to-dos as comments', () => {
    const text = renderDraft(draft('platform'), '# yaml-language-server: $schema=../../../unit.schema.json', 'A');
    expect(text).toBe(`# yaml-language-server: $schema=../../../unit.schema.json
# Drafted by okr next from A: its key results marked keep or modify, with the last
# value as the new start. Review, finish what the comments ask, and set status when agreed.
cycle: B
unit: platform
level: team
parent: ops
lead: alice
members: [bob]
status: draft
objectives:
  # In A aligned to company/O2, which does not carry over: align it again
  - id: O1
    title: Deploys
    weight: 2
    keyResults:
      - id: KR1
        title: Canaries
        lead: carol
        milestones:
          - {title: Chosen, done: false}
          - {title: Rolled out, done: false, weight: 2}
      - id: KR2
        title: Pager staffed
        lead: alice
        done: false
`);
  });
});

describe('carryKeyResult', () => {
  const node = (doc: Partial<KeyResultDoc>) => buildCascade([loaded({ cycle: 'A', unit: 'u', level: 'company', objectives: [{ id: 'O1', title: 'o', keyResults: [{ id: 'KR1', title: 't', ...doc }] }] })]).keyResults.get('u/O1/KR1')!;

  it('clears check-in fields and starts from the last value', () => {
    const carried = carryKeyResult(node({ start: 55, commit: 45, target: 30, stretch: 25, current: 50, unit: 'min', confidence: 0.5, score: 0.2, learning: 'l', decision: 'keep', status: 'active' }), 'A');
    expect(carried.doc).toEqual({ id: 'KR1', title: 't', start: 50, commit: 45, target: 30, stretch: 25, unit: 'min' });
    expect(carried.comments).toEqual([{ path: ['start'], text: ' last value in A, which started at 55' }]);
    expect(carried.notices).toEqual([]);
  });

  it('leaves out a commit level already passed, and keeps the start of a target already reached', () => {
    const passed = carryKeyResult(node({ start: 55, commit: 45, target: 30, current: 40 }), 'A');
    expect(passed.doc).toEqual({ id: 'KR1', title: 't', start: 40, target: 30 });
    expect(passed.notices).toEqual(['commit level 45 was passed in A (last value 40); left out']);
    const reached = carryKeyResult(node({ start: 20, target: 12, current: 11 }), 'A');
    expect(reached.doc).toEqual({ id: 'KR1', title: 't', start: 20, target: 12 });
    expect(reached.notices).toEqual(['reached its target 12 in A (last value 11): set a new target, then start: 11']);
    expect(reached.comments).toEqual([{ path: ['target'], text: ' reached its target 12 in A (last value 11): set a new target, then start: 11' }]);
  });

  it('keeps the kind of key result when clearing fields would change what is inferred', () => {
    expect(carryKeyResult(node({ current: 3, lead: 'x' }), 'A').doc).toEqual({ id: 'KR1', title: 't', lead: 'x', type: 'baseline' });
    expect(carryKeyResult(node({ min: 99, current: 99.5 }), 'A').doc).toEqual({ id: 'KR1', title: 't', min: 99 });
    expect(carryKeyResult(node({ done: true }), 'A').doc).toEqual({ id: 'KR1', title: 't', done: false });
  });
});
