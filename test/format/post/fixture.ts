// A report summary for the post formatters: counts that add up, and key results whose titles,
// leads and reasons carry what a chat would act on (mentions, markup, links, card functions).

import type { PostItem, PostSummary } from '../../../src/report/post-summary.js';

export const NASTY = '@everyone <!channel> <@U123> *bold* _it_ ~gone~ `code` <https://evil.example|click> {{DATE(2017-02-14T06:00:00Z)}} **x** [a](b) \x1b[2J';

export function item(n: number, overrides: Partial<PostItem> = {}): PostItem {
  return {
    ref: `platform/O${n}/KR1`, title: `Deploy time ${n}`, lead: 'Bob Hart', status: 'off_track',
    reasons: [`off track: 0.${n}0, expected 0.50`], command: ['okr', 'checkin', `platform/O${n}/KR1`, '--value', '22', '--confidence', '0.6'],
    ...overrides,
  };
}

export function summary(attention: PostItem[] = [item(1, { title: NASTY, lead: NASTY, reasons: [NASTY, 'no check-in since 2026-11-02 (18 days)'] }), item(2, { command: null, status: 'at_risk' })]): PostSummary {
  return {
    organization: `Acme ${NASTY}`,
    cycle: { id: '2026-Q4', start: '2026-10-01', end: '2026-12-31' },
    asOf: '2026-11-20',
    scope: null,
    day: 51,
    days: 92,
    ended: false,
    overall: { score: 0.52, grade: 'yellow' },
    keyResults: 10,
    byStatus: { off_track: 1, at_risk: 1, on_track: 7, done: 1 },
    stale: 1,
    attention,
  };
}
