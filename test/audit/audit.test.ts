import { beforeAll, describe, expect, it } from 'vitest';
import { openRepository } from '../../src/repository/repository.js';
import { selectCycle } from '../../src/repository/select-cycle.js';
import { readHistory, type HistoryEvent } from '../../src/git/history.js';
import { auditHistory, isEasedLevel, type AuditFinding } from '../../src/audit/audit.js';
import { ownersOf } from '../../src/audit/ownership.js';
import { testEnv } from '../helpers/git.js';
import { auditRepo, type AuditRepo } from './audit-fixtures.js';

let repo: AuditRepo;
let events: HistoryEvent[];
let people: Awaited<ReturnType<typeof openRepository>>['config']['people'];

beforeAll(async () => {
  repo = auditRepo();
  const opened = await openRepository({ cwd: repo.dir, env: testEnv() });
  people = opened.config.people;
  events = (await readHistory({ root: opened.root, config: opened.config, cycle: selectCycle(opened.config, '2026-Q4', '2026-11-01'), env: testEnv() })).events;
});

const short = (f: AuditFinding) => `${f.kind} ${f.ref} ${f.field} ${String(f.from)}→${String(f.to)} ${f.author.person ?? f.author.email}`;

describe('auditHistory', () => {
  it('flags changes by non-owners and eased targets without a reason, and nothing else', () => {
    const findings = auditHistory(events, { people });
    expect(findings.map(short)).toEqual([
      'not-owner platform/O1/KR1 current 28→25 dave',
      'eased-target platform/O1/KR1 target 10→20 bob',
      'not-owner billing/O1/KR1 current 60→70 mallory@elsewhere.example',
      'not-owner platform/O1/KR1 current 25→22 bob',
    ]);
  });

  it('matches emails case-insensitively and names the owners the KR had at the commit', () => {
    const findings = auditHistory(events, { people });
    const dave = findings.find((f) => f.commit === repo.commits.dave)!;
    expect(dave).toMatchObject({ date: '2026-10-08', author: { name: 'Dave Ito', email: 'Dave@Acme.Example', person: 'dave' }, owners: ['bob', 'carol', 'alice'] });
    expect(dave.why).toBe('dave is not its lead (bob), a contributor (carol) or the lead of platform (alice)');
    // After the lead changed, bob no longer owns KR1; before, his check-in was fine.
    const late = findings.find((f) => f.commit === repo.commits.late)!;
    expect(late.owners).toEqual(['carol', 'alice']);
    expect(findings.some((f) => f.commit === repo.commits.bob)).toBe(false);
  });

  it('reports an author missing from people as an unknown person', () => {
    const mallory = auditHistory(events, { people }).find((f) => f.commit === repo.commits.mallory)!;
    expect(mallory.author.person).toBeNull();
    expect(mallory.why).toBe('unknown person mallory@elsewhere.example');
    expect(mallory.owners).toEqual(['dave']);
  });

  it('accepts a reason that names the KR in the message, not in a check-in subject', () => {
    const findings = auditHistory(events, { people }).filter((f) => f.kind === 'eased-target');
    expect(findings.map((f) => f.commit)).toEqual([repo.commits.eased]);
    expect(findings[0].why).toBe('moves towards its start (40); the commit does not name platform/O1/KR1 to say why');
  });

  it('reports only the included events but replays owners from the start', () => {
    const late = new Set(events.filter((e) => e.commit === repo.commits.late));
    const findings = auditHistory(events, { people, include: (e) => late.has(e) });
    expect(findings.map(short)).toEqual(['not-owner platform/O1/KR1 current 25→22 bob']);
  });

  it('falls back to the current owners for a KR the history never shows being added', () => {
    const withoutStart = events.filter((e) => e.commit !== repo.commits.start);
    const findings = auditHistory(withoutStart, { people, currentOwners: (ref) => (ref === 'platform/O1/KR1' ? ownersOf('bob', [], 'alice') : undefined) });
    // carol is not among the owners given; billing's owners are unknown altogether.
    expect(findings.find((f) => f.commit === repo.commits.carol)?.owners).toEqual(['bob', 'alice']);
    expect(findings.find((f) => f.commit === repo.commits.mallory)?.owners).toEqual([]);
  });
});

describe('isEasedLevel', () => {
  it('sees a level moved towards the start, or a band widened', () => {
    expect(isEasedLevel('target', 10, 20, 40)).toBe(true);
    expect(isEasedLevel('target', 20, 10, 40)).toBe(false);
    expect(isEasedLevel('target', 100, 90, 50)).toBe(true);
    expect(isEasedLevel('target', 10, 20, undefined)).toBe(false);
    expect(isEasedLevel('min', 99.9, 99, undefined)).toBe(true);
    expect(isEasedLevel('min', 99, 99.9, undefined)).toBe(false);
    expect(isEasedLevel('max', 5, undefined, undefined)).toBe(true);
  });
});
