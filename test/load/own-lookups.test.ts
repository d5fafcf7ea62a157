// Lookups by an id the user wrote see own keys only: `constructor`, `__proto__`, `toString` and
// `hasOwnProperty` are names a plain object inherits, and `lead: constructor` once resolved to
// a person named "Object". One test per place that looks ids up.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffUnit } from '../../src/git/history-unit-diff.js';
import type { HistoryEvent } from '../../src/git/history.js';
import { withDefaults } from '../../src/load/load-config.js';
import { hasOwn, own } from '../../src/lookup.js';
import type { ConfigDoc } from '../../src/model.js';
import { resolvePerson } from '../../src/remind/people.js';
import { replayHistory, stateOn } from '../../src/report/replay.js';
import { settingOf } from '../../src/rules/run-rules.js';
import { MINIMAL_CONFIG, tempRepo } from '../helpers/cli.js';
import { gitRepo } from '../helpers/git.js';
import { expectNoCrash, runOkr } from '../helpers/run-okr.js';

const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

const PEOPLE = 'people:\n  alice: { name: Alice Ng, email: alice@acme.example, github: alice-ng }\n';
const COMPANY = `cycle: 2026-Q4
unit: company
level: company
lead: constructor
objectives:
  - id: O1
    title: Grow
    keyResults:
      - { id: KR1, title: Reach ten customers, lead: constructor, start: 0, target: 10 }
      - { id: KR2, title: Keep churn low, lead: alice, start: 5, target: 2 }
`;

function repo(): string {
  return tempRepo({ 'okr.config.yaml': MINIMAL_CONFIG + PEOPLE, 'okrs/2026-Q4/company.yaml': COMPANY });
}

const config = (extra: Partial<ConfigDoc> = {}) => withDefaults({
  version: 1, organization: 'X', cycles: [{ id: '2026-Q4', start: '2026-10-01', end: '2026-12-31' }],
  people: { alice: { name: 'Alice Ng', email: 'alice@acme.example' } }, ...extra,
});

describe('own()', () => {
  it.each(INHERITED)('finds no inherited %s, and finds it when the map holds it', (name) => {
    expect(own({ alice: 1 }, name)).toBeUndefined();
    expect(hasOwn({ alice: 1 }, name)).toBe(false);
    // A YAML map may really hold the key (`__proto__:` is parsed as an own key).
    const map = JSON.parse(`{"${name}": 7}`) as Record<string, number>;
    expect(own(map, name)).toBe(7);
    expect(hasOwn(map, name)).toBe(true);
  });
});

describe('person ids', () => {
  it.each(INHERITED)('%s is nobody in the registry (remind)', (name) => {
    expect(resolvePerson(config(), name)).toEqual({ id: name, name: null, email: null, known: false });
  });

  it('a person really named constructor in the registry is found', () => {
    expect(resolvePerson(config({ people: { constructor: { name: 'Con Structor', email: 'c@acme.example' } } }), 'constructor'))
      .toEqual({ id: 'constructor', name: 'Con Structor', email: 'c@acme.example', known: true });
  });

  it('the report names no lead "Object"', async () => {
    const result = await runOkr(['report', '--format', 'json', '--as-of', '2026-11-01'], { cwd: repo() });
    expectNoCrash(result);
    expect(result.stdout).not.toContain('"Object"');
    const leadNames = [...result.stdout.matchAll(/"leadName": ?("[^"]*"|null)/g)].map((m) => m[1]);
    expect(new Set(leadNames)).toEqual(new Set(['null', '"Alice Ng"']));
  });

  it('okr people lists constructor as not in the registry', async () => {
    const result = await runOkr(['people', '--format', 'json'], { cwd: repo() });
    const report = JSON.parse(result.stdout) as { people: { id: string; name: string | null; inRegistry: boolean }[]; unknown: { id: string }[] };
    expect(report.people.find((p) => p.id === 'constructor')).toMatchObject({ name: null, inRegistry: false });
    expect(report.unknown.map((u) => u.id)).toContain('constructor');
  });

  it('validate says constructor is not in the people registry', async () => {
    const result = await runOkr(['validate', '--format', 'json'], { cwd: repo() });
    expect(result.code).toBe(1);
    const messages = (JSON.parse(result.stdout).diagnostics as { message: string }[]).map((d) => d.message);
    expect(messages).toContain("Unit lead 'constructor' is not in the people registry.");
    expect(messages).toContain("Key-result lead 'constructor' is not in the people registry.");
  });

  it('okr owners says constructor is not in people, not that their handle is missing', async () => {
    const result = await runOkr(['owners'], { cwd: repo() });
    expectNoCrash(result);
    expect(result.stderr).toContain("Lead 'constructor' is not in people in okr.config.yaml, so CODEOWNERS cannot name them.");
    expect(result.stderr).not.toContain('has no GitHub handle');
  });

  it('okr reviewers gives constructor no name, email or handle', async () => {
    const dir = gitRepo([{ files: { 'okr.config.yaml': MINIMAL_CONFIG + PEOPLE, 'okrs/2026-Q4/company.yaml': COMPANY }, message: 'start', date: '2026-10-02' }]);
    writeFileSync(join(dir, 'okrs/2026-Q4/company.yaml'), COMPANY.replace('Grow', 'Grow well'));
    const result = await runOkr(['reviewers', '--base', 'HEAD', '--format', 'json'], { cwd: dir });
    expectNoCrash(result);
    const { reviewers } = JSON.parse(result.stdout) as { reviewers: { person: string; name: string | null; github: string | null }[] };
    expect(reviewers.find((r) => r.person === 'constructor')).toMatchObject({ name: null, email: null, github: null });
  });
});

describe('rule ids', () => {
  it.each(INHERITED)('%s has no setting in rules:', (name) => {
    expect(settingOf(config(), name)).toEqual({ options: {} });
    expect(settingOf(config({ rules: { 'kr-has-lead': 'off' } }), name)).toEqual({ options: {} });
  });

  it.each(INHERITED)('rules: { %s: error } is an unknown rule', async (name) => {
    const key = name === '__proto__' ? '"__proto__"' : name;
    const dir = tempRepo({ 'okr.config.yaml': `${MINIMAL_CONFIG}rules:\n  ${key}: error\n`, 'okrs/2026-Q4/.keep': '' });
    const result = await runOkr(['validate', '--format', 'json'], { cwd: dir });
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).diagnostics[0]).toMatchObject({ line: 8, column: 3, message: expect.stringContaining(`Unknown key '${name}'`) });
  });
});

describe('unit ids', () => {
  it.each(INHERITED)('%s names no unit, objective or key result', async (name) => {
    const dir = repo();
    for (const args of [['tree', name], ['score', name], ['report', '--unit', name], ['checkin', `${name}/O1/KR1`, '--value', '1', '--no-commit']]) {
      const result = await runOkr(args, { cwd: dir });
      expectNoCrash(result);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(/no (unit|key result)/);
    }
  });
});

describe('milestone titles', () => {
  const event = (fields: Partial<HistoryEvent>): HistoryEvent => ({
    ref: 'company/O1/KR1', item: 'keyResult', kind: 'progress', field: 'milestones.done', change: 'changed',
    commit: 'c', date: '2026-10-05', author: { name: 'A', email: 'a@x' }, ...fields,
  } as HistoryEvent);

  it.each(INHERITED)('a milestone titled %s is replayed like any other', (title) => {
    const replayed = replayHistory([
      event({ item: 'keyResult', kind: 'definition', field: 'keyResult', change: 'added', to: { id: 'KR1', milestones: [{ title, done: false }, { title: 'Other', done: true }] }, date: '2026-10-02' }),
      event({ milestone: title, from: false, to: true }),
    ], '2026-12-31');
    const states = replayed.keyResults.get('company/O1/KR1')!.states;
    expect([...stateOn(states, '2026-10-02')!.milestones!]).toEqual([[title, false], ['Other', true]]);
    expect([...stateOn(states, '2026-10-06')!.milestones!]).toEqual([[title, true], ['Other', true]]);
  });

  it.each(INHERITED)('a milestone key %s set in one version only is a change from or to nothing', (key) => {
    const unit = (milestone: Record<string, unknown>) => ({ cycle: '2026-Q4', unit: 'u', level: 'team', objectives: [{ id: 'O1', keyResults: [{ id: 'KR1', title: 'T', milestones: [milestone] }] }] });
    const withKey = JSON.parse(`{"title": "M", "${key}": 1}`) as Record<string, unknown>;
    expect(diffUnit(unit({ title: 'M' }), unit(withKey))).toEqual([
      { item: 'keyResult', ids: ['O1', 'KR1'], kind: 'definition', field: `milestones.${key}`, change: 'changed', milestone: 'M', to: 1 },
    ]);
    expect(diffUnit(unit(withKey), unit({ title: 'M' }))).toEqual([
      { item: 'keyResult', ids: ['O1', 'KR1'], kind: 'definition', field: `milestones.${key}`, change: 'changed', milestone: 'M', from: 1 },
    ]);
  });
});
