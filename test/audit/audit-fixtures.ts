// A repository where people move key results, theirs and others': the platform team (unit lead
// alice; KR1 led by bob with carol contributing) and billing (dave). Dave checks in on
// platform's KR, a stranger edits billing, bob eases a target on a branch (once without a
// reason, once with one), the branch is merged, then KR1 changes lead and bob, no longer an
// owner, checks in again.

import { formatCheckinMessage, type CheckinRecord } from '../../src/git/checkin-message.js';
import { ALICE, BOB, CAROL, commit, gitRepo, runGit, type Author } from '../helpers/git.js';

export const DAVE: Author = { name: 'Dave Ito', email: 'Dave@Acme.Example' };
export const MALLORY: Author = { name: 'Mallory', email: 'mallory@elsewhere.example' };

export const CONFIG = `version: 1
organization: Test Co
cycles:
  - id: 2026-Q4
    start: 2026-10-01
    end: 2026-12-31
    postBy: 2026-10-14
people:
  alice: { name: Alice Ng, email: alice@acme.example }
  bob: { name: Bob Stone, email: bob@acme.example }
  carol: { name: Carol Diaz, email: carol@acme.example }
  dave: { name: Dave Ito, email: dave@acme.example }
`;

export const PLATFORM = 'okrs/2026-Q4/platform.yaml';
export const BILLING = 'okrs/2026-Q4/billing.yaml';

interface Platform { lead?: string; contributors?: string[]; target?: number; current?: number; confidence?: number }

export function platform(s: Platform = {}): string {
  return `cycle: 2026-Q4
unit: platform
level: company
lead: alice
objectives:
  - id: O1
    title: Make deploys boring
    keyResults:
      - id: KR1
        title: Cut deploy time
        lead: ${s.lead ?? 'bob'}
        contributors: [${(s.contributors ?? ['carol']).join(', ')}]
        start: 40
        target: ${s.target ?? 10}
        current: ${s.current ?? 35}
        confidence: ${s.confidence ?? 0.5}
`;
}

export function billing(current: number): string {
  return `cycle: 2026-Q4
unit: billing
level: company
lead: dave
objectives:
  - id: O1
    title: Bill on time
    keyResults:
      - id: KR1
        title: Invoices sent on day one
        lead: dave
        start: 50
        target: 100
        current: ${current}
`;
}

function checkin(record: CheckinRecord): string {
  return formatCheckinMessage([record]);
}

export interface AuditRepo {
  dir: string;
  commits: Record<'start' | 'bob' | 'carol' | 'alice' | 'dave' | 'eased' | 'reasoned' | 'mallory' | 'merge' | 'relead' | 'late', string>;
}

export function auditRepo(): AuditRepo {
  const dir = gitRepo([], { 'okr.config.yaml': CONFIG });
  const c = {} as AuditRepo['commits'];
  const ref = 'platform/O1/KR1';
  c.start = commit(dir, { files: { [PLATFORM]: platform(), [BILLING]: billing(60), 'okr.config.yaml': CONFIG }, message: 'Post Q4 OKRs', author: ALICE, date: '2026-10-01' });
  c.bob = commit(dir, { files: { [PLATFORM]: platform({ current: 30 }) }, message: checkin({ ref, value: 30, previous: 35, date: '2026-10-05' }), author: BOB, date: '2026-10-05' });
  c.carol = commit(dir, { files: { [PLATFORM]: platform({ current: 30, confidence: 0.6 }) }, message: checkin({ ref, confidence: 0.6, date: '2026-10-06' }), author: CAROL, date: '2026-10-06' });
  c.alice = commit(dir, { files: { [PLATFORM]: platform({ current: 28, confidence: 0.6 }) }, message: 'Correct the value measured last week', author: ALICE, date: '2026-10-07' });
  c.dave = commit(dir, { files: { [PLATFORM]: platform({ current: 25, confidence: 0.6 }) }, message: checkin({ ref, value: 25, previous: 28, date: '2026-10-08' }), author: DAVE, date: '2026-10-08' });
  runGit(dir, ['checkout', '-q', '-b', 'ease']);
  // The check-in's subject names the KR: that is not a reason.
  c.eased = commit(dir, { files: { [PLATFORM]: platform({ current: 25, confidence: 0.6, target: 20 }) }, message: `okr: ${ref} target 10 → 20\n\nMake it easier`, author: BOB, date: '2026-10-10' });
  c.reasoned = commit(dir, { files: { [PLATFORM]: platform({ current: 25, confidence: 0.6, target: 25 }) }, message: `Lower the bar\n\n${ref}: half the team moved to the migration.`, author: BOB, date: '2026-10-11' });
  runGit(dir, ['checkout', '-q', 'main']);
  c.mallory = commit(dir, { files: { [BILLING]: billing(70) }, message: 'Update billing', author: MALLORY, date: '2026-10-12' });
  const when = { GIT_AUTHOR_DATE: '2026-10-15T12:00:00Z', GIT_COMMITTER_DATE: '2026-10-15T12:00:00Z' };
  runGit(dir, ['merge', '-q', '--no-ff', '-m', 'Merge branch ease', 'ease'], when);
  c.merge = runGit(dir, ['rev-parse', 'HEAD']).trim();
  c.relead = commit(dir, { files: { [PLATFORM]: platform({ current: 25, confidence: 0.6, target: 25, lead: 'carol', contributors: [] }) }, message: 'Carol takes over KR1', author: ALICE, date: '2026-10-20' });
  c.late = commit(dir, { files: { [PLATFORM]: platform({ current: 22, confidence: 0.6, target: 25, lead: 'carol', contributors: [] }) }, message: checkin({ ref, value: 22, previous: 25, date: '2026-10-21' }), author: BOB, date: '2026-10-21' });
  return { dir, commits: c };
}
