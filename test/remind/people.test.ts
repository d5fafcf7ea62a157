// Who a reminder goes to: registry lookups and the grouping, on plain data.

import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING, type Config } from '../../src/model.js';
import { groupByPerson, resolvePerson } from '../../src/remind/people.js';
import type { ReminderItem } from '../../src/remind/types.js';
import { emlName } from '../../src/output/email-drafts.js';

const config = (people?: Config['people']): Config => ({
  organization: 'Test Co', okrsDir: 'okrs', cycles: [], roles: {}, scoring: DEFAULT_SCORING, checkins: { everyDays: 7 }, rules: {},
  ...(people ? { people } : {}),
});

const item = (kind: ReminderItem['kind'], ref: string): ReminderItem => ({ kind, cycle: 'Q', ref, title: ref, reason: 'r' });

describe('resolvePerson', () => {
  it('takes name and email from the registry', () => {
    expect(resolvePerson(config({ ann: { name: 'Ann', email: 'ann@x.example' } }), 'ann')).toEqual({ id: 'ann', name: 'Ann', email: 'ann@x.example', known: true });
  });

  it('knows nobody unregistered, and everybody when there is no registry', () => {
    expect(resolvePerson(config({ ann: { name: 'Ann' } }), 'bob')).toEqual({ id: 'bob', name: null, email: null, known: false });
    expect(resolvePerson(config(), 'bob')).toEqual({ id: 'bob', name: null, email: null, known: true });
  });

  it('keeps an address that could break a mail header out of the drafts', () => {
    expect(resolvePerson(config({ eve: { email: 'eve@x.example>\r\nBcc: m@evil.example' } }), 'eve').email).toBeNull();
    expect(resolvePerson(config({ eve: { email: 'eve x@x.example' } }), 'eve').email).toBeNull();
  });
});

describe('groupByPerson', () => {
  it('orders people by name and their items by step, keeping file order within a step', () => {
    const registry = config({ zed: { name: 'Aaron Zed' }, amy: { name: 'Zoë Amy' } });
    const { people } = groupByPerson([
      { owner: 'amy', item: item('learnings', 'u') },
      { owner: 'amy', item: item('stale', 'u/O1/KR2') },
      { owner: 'amy', item: item('post', 'u') },
      { owner: 'amy', item: item('stale', 'u/O1/KR1') },
      { owner: 'zed', item: item('stale', 'v/O1/KR1') },
    ], registry, undefined);
    expect(people.map((p) => p.id)).toEqual(['zed', 'amy']);
    expect(people[1].items.map((i) => `${i.kind} ${i.ref}`)).toEqual(['post u', 'stale u/O1/KR2', 'stale u/O1/KR1', 'learnings u']);
  });

  it('hands items with no owner to the coordinator, or leaves them unassigned', () => {
    expect(groupByPerson([{ owner: undefined, item: item('post', 'u') }], config(), 'erin').people.map((p) => p.id)).toEqual(['erin']);
    expect(groupByPerson([{ owner: undefined, item: item('post', 'u') }], config(), undefined)).toEqual({ people: [], unassigned: [item('post', 'u')] });
  });
});

describe('emlName', () => {
  it('is the person id, and never a path', () => {
    expect(emlName('alice')).toBe('alice.eml');
    expect(emlName('../etc/passwd')).toBe('etc-passwd.eml');
    expect(emlName('')).toBe('person.eml');
  });
});
