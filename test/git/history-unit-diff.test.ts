import { describe, expect, it } from 'vitest';
import { diffUnit } from '../../src/git/history-unit-diff.js';

const unit = (objectives: unknown[], extra: Record<string, unknown> = {}) => ({ cycle: '2026-Q4', unit: 'u', level: 'team', status: 'draft', ...extra, objectives });
const kr = (fields: Record<string, unknown>) => ({ id: 'KR1', title: 'T', ...fields });

describe('diffUnit', () => {
  it('sorts changes of a key result into progress and definition', () => {
    const before = unit([{ id: 'O1', title: 'A', keyResults: [kr({ current: 1, confidence: 0.5, target: 10, done: false, score: 0.1, lead: 'bob' })] }]);
    const after = unit([{ id: 'O1', title: 'A', keyResults: [kr({ current: 2, confidence: 0.6, target: 8, done: true, score: 0.2, lead: 'carol' })] }]);
    expect(diffUnit(before, after).map((c) => `${c.field}:${c.kind}`)).toEqual([
      'current:progress', 'confidence:progress', 'target:definition', 'done:progress', 'score:progress', 'lead:definition',
    ]);
  });

  it('says when a field is first set or dropped, without from or to', () => {
    const changes = diffUnit(unit([{ id: 'O1', keyResults: [kr({ stretch: 5 })] }]), unit([{ id: 'O1', keyResults: [kr({ current: 3 })] }]));
    expect(changes).toEqual([
      { item: 'keyResult', ids: ['O1', 'KR1'], kind: 'definition', field: 'stretch', change: 'changed', from: 5 },
      { item: 'keyResult', ids: ['O1', 'KR1'], kind: 'progress', field: 'current', change: 'changed', to: 3 },
    ]);
  });

  it('matches milestones by title: done is progress, a new or renamed one is definition', () => {
    const before = unit([{ id: 'O1', keyResults: [kr({ milestones: [{ title: 'Design', done: false }, { title: 'Pilot', done: false }, { title: 'Old', done: false }] })] }]);
    const after = unit([{ id: 'O1', keyResults: [kr({ milestones: [{ title: 'Pilot', done: true }, { title: 'Design', done: false }, { title: 'New', done: false }, { title: 'Extra' }] })] }]);
    expect(diffUnit(before, after).map((c) => `${c.field} ${c.change} ${c.milestone} ${JSON.stringify(c.from ?? null)}→${JSON.stringify(c.to ?? null)} ${c.kind}`)).toEqual([
      'milestones.done changed Pilot false→true progress',
      'milestones.title changed New "Old"→"New" definition',
      'milestones added Extra null→{"title":"Extra"} definition',
    ]);
  });

  it('adds and removes objectives with their key results, matched by id', () => {
    const before = unit([{ id: 'O1', title: 'A', keyResults: [kr({})] }, { id: 'O2', title: 'B', keyResults: [kr({})] }]);
    const after = unit([{ id: 'O1', title: 'A2', weight: 2, keyResults: [kr({}), { id: 'KR2', title: 'New' }] }, { id: 'O3', title: 'C', keyResults: [] }]);
    expect(diffUnit(before, after).map((c) => `${c.change} ${c.item} ${c.ids.join('/')} ${c.field}`)).toEqual([
      'changed objective O1 title', 'changed objective O1 weight', 'added keyResult O1/KR2 keyResult',
      'added objective O3 objective', 'removed objective O2 objective', 'removed keyResult O2/KR1 keyResult',
    ]);
  });

  it('compares the unit\'s own fields, but not its identity, KPIs or retrospective', () => {
    const changes = diffUnit(unit([], { healthMetrics: [{ id: 'H1', current: 1 }], retro: { learnings: 'a' } }), unit([], { status: 'committed', unit: 'v', healthMetrics: [{ id: 'H1', current: 2 }], retro: { learnings: 'b' } }));
    expect(changes).toEqual([{ item: 'unit', ids: [], kind: 'definition', field: 'status', change: 'changed', from: 'draft', to: 'committed' }]);
  });

  it('treats a file that is not a map, or no file, as nothing', () => {
    expect(diffUnit(null, ['a list'])).toEqual([]);
    expect(diffUnit(null, unit([{ id: 'O1', keyResults: [kr({})] }])).map((c) => `${c.change} ${c.item}`)).toEqual(['added unit', 'added objective', 'added keyResult']);
  });
});
