// A small OKR repository with a history worth reading: check-ins by several people with
// trailers, hand edits (a target eased), a key result added after postBy and one removed, a
// file renamed then edited, one deleted, one with CRLF line ends. Shared by the history tests.

import { formatCheckinMessage, type CheckinRecord } from '../../src/git/checkin-message.js';
import { ALICE, BOB, CAROL, gitRepo, type Author, type CommitSpec } from '../helpers/git.js';

export const CONFIG = `version: 1
organization: Test Co
cycles:
  - id: 2026-Q4
    start: 2026-10-01
    end: 2026-12-31
    postBy: 2026-10-14
`;

export interface PlatformState {
  unit?: string;
  current?: number;
  confidence?: number;
  target?: number;
  designDone?: boolean;
  kr3?: boolean;
}

export function platform(s: PlatformState = {}): string {
  const kr3 = s.kr3
    ? `
      - id: KR3
        title: No Sev-1 caused by a deploy
        lead: bob
        done: false`
    : '';
  return `cycle: 2026-Q4
unit: ${s.unit ?? 'platform'}
level: company
lead: alice
objectives:
  - id: O1
    title: Make deploys boring
    keyResults:
      - id: KR1
        title: Cut deploy time
        lead: bob
        start: 40
        target: ${s.target ?? 10}
        current: ${s.current ?? 35}
        confidence: ${s.confidence ?? 0.5}
      - id: KR2
        title: Blue/green deploys
        lead: carol
        milestones:
          - { title: Design approved, done: ${s.designDone ?? false} }
          - { title: Half of the services, done: false }${kr3}
`;
}

export function billing(current: number): string {
  return ['cycle: 2026-Q4', 'unit: billing', 'level: company', 'objectives:', '- id: O1', '  title: Bill on time', '  keyResults:',
    '  - id: KR1', '    title: Invoices sent on day one', '    start: 50', '    target: 100', `    current: ${current}`, ''].join('\r\n');
}

export const LEGACY = `cycle: 2026-Q4
unit: legacy
level: company
objectives:
  - id: O1
    title: Keep the lights on
    keyResults:
      - id: KR1
        title: Migrate the last customers
        start: 10
        target: 0
        current: 4
`;

export function checkin(record: Omit<CheckinRecord, 'date'> & { date: string }): string {
  return formatCheckinMessage([record]);
}

export interface Step {
  files?: Record<string, string | null>;
  move?: [string, string];
  message: string;
  author: Author;
  date: string;
}

export const STEPS: Step[] = [
  { files: { 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/platform.yaml': platform(), 'okrs/2026-Q4/billing.yaml': billing(60), 'okrs/2026-Q4/legacy.yaml': LEGACY, 'okrs/2026-Q4/README.md': 'not a unit\n' },
    message: 'Draft the OKRs of 2026-Q4\n', author: ALICE, date: '2026-10-01' },
  { files: { 'okrs/2026-Q4/platform.yaml': platform({ current: 30, confidence: 0.6 }) },
    message: checkin({ ref: 'platform/O1/KR1', previous: 35, value: 30, unit: 'min', confidence: 0.6, date: '2026-10-07', note: 'Pipeline rolled out' }), author: BOB, date: '2026-10-08' },
  { files: { 'okrs/2026-Q4/platform.yaml': platform({ current: 30, confidence: 0.6, target: 20 }) },
    message: 'Ease the deploy-time target\n\nThe second build farm was cancelled.\n', author: CAROL, date: '2026-10-20' },
  { files: { 'okrs/2026-Q4/platform.yaml': platform({ current: 30, confidence: 0.6, target: 20, kr3: true }) },
    message: 'Add a reliability key result\n', author: ALICE, date: '2026-10-25' },
  { files: { 'okrs/2026-Q4/platform.yaml': platform({ current: 30, confidence: 0.6, target: 20, kr3: true, designDone: true }) },
    message: formatCheckinMessage([{ ref: 'platform/O1/KR2', milestone: 'Design approved', date: '2026-11-01' }]), author: BOB, date: '2026-11-01' },
  { move: ['okrs/2026-Q4/platform.yaml', 'okrs/2026-Q4/platform-eng.yaml'], message: 'Rename platform to platform-eng\n', author: ALICE, date: '2026-11-05' },
  { files: { 'okrs/2026-Q4/platform-eng.yaml': platform({ unit: 'platform-eng', current: 25, confidence: 0.6, target: 20, kr3: true, designDone: true }) },
    message: checkin({ ref: 'platform-eng/O1/KR1', previous: 30, value: 25, date: '2026-11-10' }), author: BOB, date: '2026-11-10' },
  { files: { 'okrs/2026-Q4/platform-eng.yaml': platform({ unit: 'platform-eng', current: 25, confidence: 0.6, target: 20, designDone: true }) },
    message: 'Stop the reliability key result\n', author: CAROL, date: '2026-11-12' },
  { files: { 'okrs/2026-Q4/legacy.yaml': null }, message: 'Legacy is gone\n', author: ALICE, date: '2026-11-15' },
  { files: { 'okrs/2026-Q4/billing.yaml': billing(70) },
    message: checkin({ ref: 'billing/O1/KR1', previous: 60, value: 70, date: '2026-11-20' }), author: BOB, date: '2026-11-20' },
];

/** The repository after the first `count` steps (all by default). */
export function historyRepo(count = STEPS.length): string {
  return gitRepo(asCommits(STEPS.slice(0, count)));
}

/** Steps as commits: a move is its file deleted and written under the new name, as git stores it. */
export function asCommits(steps: Step[]): CommitSpec[] {
  const files = new Map<string, string>();
  return steps.map((step) => {
    const changes: Record<string, string | null> = { ...step.files };
    if (step.move) {
      const [from, to] = step.move;
      Object.assign(changes, { [from]: null, [to]: files.get(from)! });
    }
    for (const [name, content] of Object.entries(changes)) {
      if (content === null) files.delete(name);
      else files.set(name, content);
    }
    return { files: changes, message: step.message, author: step.author, date: step.date };
  });
}
