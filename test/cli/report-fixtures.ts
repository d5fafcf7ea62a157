// The repository okr report's tests read: two units whose check-ins were made by three people
// on set dates (report.test.ts works out the numbers it asserts).

import { formatCheckinMessage, type CheckinRecord } from '../../src/git/checkin-message.js';
import { ALICE, BOB, CAROL, gitRepo } from '../helpers/git.js';

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
`;

export interface Values { kr1: number; kr1c?: number; kr2: number; kr2c?: number; kr3?: boolean }

export const company = (v: Values) => `cycle: 2026-Q4
unit: company
name: Test Co HQ
level: company
lead: alice
status: committed
objectives:
  - id: O1
    title: Grow | the base
    type: committed
    keyResults:
      - { id: KR1, title: Customers from 0 to 100, lead: bob, start: 0, target: 100, current: ${v.kr1}${v.kr1c === undefined ? '' : `, confidence: ${v.kr1c}`} }
      - { id: KR2, title: Partners from 0 to 10, lead: carol, start: 0, target: 10, current: ${v.kr2}${v.kr2c === undefined ? '' : `, confidence: ${v.kr2c}`} }
${v.kr3 === undefined ? '' : `      - { id: KR3, title: Security pack shipped, lead: alice, done: ${v.kr3} }\n`}healthMetrics:
  - { id: H1, title: Uptime, current: 99.5, min: 99.9, unit: "%" }
`;

export const team = (kr1: number) => `cycle: 2026-Q4
unit: team
name: Partner Team
level: team
parent: company
lead: carol
objectives:
  - id: O1
    title: Make partners love us
    alignsTo: [company/O1/KR2]
    keyResults:
      - { id: KR1, title: Partner events from 0 to 4, lead: carol, start: 0, target: 4, current: ${kr1} }
`;

export const checkin = (record: CheckinRecord) => formatCheckinMessage([{ note: 'weekly', ...record }]);
export const C = 'okrs/2026-Q4/company.yaml';
export const T = 'okrs/2026-Q4/team.yaml';

/**
 * As of 2026-11-12 (day 43 of 92, elapsed 42/91): company/O1 is committed, so expected = 0.46.
 * KR1 0.40 (on track; check-ins 0.1, 0.2, 0.3, 0.4), KR2 0.20 with confidence 0.8 (off track,
 * optimistic), KR3 0 (added after postBy; off track); team/O1/KR1 0.25, silent since 2026-10-20 (stale).
 */
export function repository(): string {
  return gitRepo([
    { files: { 'okr.config.yaml': CONFIG, [C]: company({ kr1: 0, kr2: 0 }), [T]: team(0) }, message: 'Post the Q4 OKRs', date: '2026-10-02', author: ALICE },
    { files: { [C]: company({ kr1: 10, kr2: 0 }) }, message: checkin({ ref: 'company/O1/KR1', value: 10, previous: 0, date: '2026-10-09' }), date: '2026-10-09', author: BOB },
    { files: { [C]: company({ kr1: 20, kr2: 0 }) }, message: checkin({ ref: 'company/O1/KR1', value: 20, previous: 10, date: '2026-10-16' }), date: '2026-10-16', author: BOB },
    { files: { [T]: team(1) }, message: checkin({ ref: 'team/O1/KR1', value: 1, previous: 0, date: '2026-10-20' }), date: '2026-10-20', author: CAROL },
    { files: { [C]: company({ kr1: 30, kr2: 0 }) }, message: checkin({ ref: 'company/O1/KR1', value: 30, previous: 20, date: '2026-10-23' }), date: '2026-10-23', author: BOB },
    { files: { [C]: company({ kr1: 30, kr2: 0, kr3: false }) }, message: 'Add company/O1/KR3: the security pack deals are waiting for', date: '2026-10-30', author: ALICE },
    { files: { [C]: company({ kr1: 30, kr2: 2, kr2c: 0.8, kr3: false }) }, message: checkin({ ref: 'company/O1/KR2', value: 2, previous: 0, confidence: 0.8, date: '2026-11-06' }), date: '2026-11-06', author: CAROL },
    { files: { [C]: company({ kr1: 40, kr1c: 0.9, kr2: 2, kr2c: 0.8, kr3: false }) }, message: checkin({ ref: 'company/O1/KR1', value: 40, previous: 30, confidence: 0.9, date: '2026-11-10' }), date: '2026-11-10', author: BOB },
  ]);
}

export const AS_OF = ['--as-of', '2026-11-12'];
