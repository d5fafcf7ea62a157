import { describe, expect, it } from 'vitest';
import { buildPeople, describeCoachRatio } from '../../src/people/build.js';
import { cascadeOf, kr, makeConfig, objective, unitDoc } from '../score/helpers.js';

const registry = (n: number, named: Record<string, { name: string }> = {}) => {
  const people: Record<string, { name?: string }> = { ...named };
  for (let i = Object.keys(people).length; i < n; i++) people[`p${i}`] = {};
  return people;
};

const cascade = cascadeOf(
  unitDoc('company', 'company', [
    objective('O1', [
      kr('KR1', { lead: 'ann', contributors: ['bob', 'cat'] }),
      kr('KR2', { lead: 'ann' }),
      kr('KR3', { lead: 'bob', status: 'dropped', contributors: ['ann'] }),
    ]),
  ], { lead: 'ann', members: ['bob', 'ghost'] }),
  unitDoc('team', 'team', [objective('O1', [kr('KR1', { lead: 'bob', contributors: ['ann'] }), kr('KR2', { lead: 'zed' })])], { lead: 'bob' }),
);

describe('buildPeople', () => {
  const config = makeConfig({
    people: { ann: { name: 'Ann Lee', email: 'ann@x' }, bob: { name: 'Bob' }, cat: {}, dan: { name: 'Dan' }, fay: {} },
    roles: { sponsor: 'dan', programOwner: 'ann', coaches: ['fay', 'fay'], externalCoaches: ['xena'] },
  });
  const report = buildPeople(config, cascade, '2026-Q1');

  it('counts the load per person, active key results only, most loaded first', () => {
    expect(report.people.map((p) => [p.id, p.units, p.keyResults, p.contributions, p.memberOf, p.roles])).toEqual([
      ['ann', ['company'], ['company/O1/KR1', 'company/O1/KR2'], ['team/O1/KR1'], [], ['programOwner']],
      ['bob', ['team'], ['team/O1/KR1'], ['company/O1/KR1'], ['company'], []],
      ['zed', [], ['team/O1/KR2'], [], [], []],
      ['cat', [], [], ['company/O1/KR1'], [], []],
      ['dan', [], [], [], [], ['sponsor']],
      ['fay', [], [], [], [], ['coach']],
      ['ghost', [], [], [], ['company'], []],
      ['xena', [], [], [], [], ['externalCoach']],
    ]);
    expect(report.people[0]).toMatchObject({ name: 'Ann Lee', email: 'ann@x', inRegistry: true });
    expect(report.roles).toEqual({
      sponsor: { id: 'dan', name: 'Dan' }, programOwner: { id: 'ann', name: 'Ann Lee' }, coordinator: null,
      coaches: [{ id: 'fay', name: null }], externalCoaches: [{ id: 'xena', name: null }],
    });
  });

  it('names people missing from the registry, with where they appear, and registry people with nothing to lead', () => {
    expect(report.unknown).toEqual([
      { id: 'ghost', where: ['company (member)'] },
      { id: 'xena', where: ['roles.externalCoaches'] },
      { id: 'zed', where: ['team/O1/KR2 (lead)'] },
    ]);
    expect(report.nothingToLead).toEqual([{ id: 'cat', name: null }, { id: 'dan', name: 'Dan' }, { id: 'fay', name: null }]);
  });

  it('counts the registry per internal coach against one per 50', () => {
    expect(report.coachRatio).toEqual({ people: 5, basis: 'registry', coaches: 1, perCoach: 5, guideline: 50, needed: 1, short: false });
    expect(describeCoachRatio(report.coachRatio)).toBe('1 internal coach for 5 people in the registry (5 per coach): within the guideline of one per 50.');
  });
});

describe('coach ratio', () => {
  const ratio = (people: number, coaches: string[]) => buildPeople(makeConfig({ people: registry(people), roles: { coaches } }), cascadeOf(), 'Q').coachRatio;

  it('is within the guideline up to 50 people per coach, short beyond', () => {
    expect(ratio(50, ['p0'])).toMatchObject({ perCoach: 50, needed: 1, short: false });
    expect(ratio(51, ['p0'])).toMatchObject({ perCoach: 51, needed: 2, short: true });
    expect(describeCoachRatio(ratio(120, ['p0']))).toBe('1 internal coach for 120 people in the registry (120 per coach): short of the guideline of one per 50 by 2 coaches (3 needed).');
    expect(describeCoachRatio(ratio(101, ['p0', 'p1']))).toBe('2 internal coaches for 101 people in the registry (50.5 per coach): short of the guideline of one per 50 by 1 coach (3 needed).');
    expect(describeCoachRatio(ratio(20, []))).toBe('No internal coach for 20 people in the registry: the guideline is one per 50, so 1 is needed (roles.coaches).');
    expect(ratio(20, [])).toMatchObject({ coaches: 0, perCoach: null, short: true });
  });

  it('counts the people named in the cycle when there is no registry', () => {
    const report = buildPeople(makeConfig({ roles: { coaches: ['fay'] } }), cascade, 'Q');
    expect(report.registry).toBe(false);
    expect(report.unknown).toEqual([]);
    // ann, bob, cat, ghost, zed and the coach fay.
    expect(report.coachRatio).toMatchObject({ people: 6, basis: 'named', coaches: 1 });
    expect(describeCoachRatio(report.coachRatio)).toContain('6 people named in this cycle (no people registry)');
    expect(describeCoachRatio(buildPeople(makeConfig(), cascadeOf(), 'Q').coachRatio)).toBe('No people yet, so no coach is needed.');
  });
});
