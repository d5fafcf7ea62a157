// How Acme's 2026-Q4 came about, as data: who drafted and posted each unit's OKRs when, the
// few hand edits that every real cycle has (a target eased with a reason, a key result
// dropped, one added after posting, a number changed by someone who does not own it), and
// which leads went quiet. The weekly check-ins between are generated (timeline.ts), ending
// at the values of examples/acme/okrs/2026-Q4.

export const STORY = {
  cycle: '2026-Q4',
  /** The values of the example are written for this date; the history may run on from it. */
  writtenFor: '2026-11-23',
  /** The history needs its hand edits and a few weeks of check-ins behind it. */
  earliestEnd: '2026-11-16',

  /**
   * The cycle before, posted in this repository before its postBy (so its retrospective shows
   * no unit as added mid-cycle), and closed with its scores and learnings at the setup below.
   */
  previous: {
    cycle: '2026-Q3', at: '2026-07-08T09:30', author: 'dan',
    message: 'Post the 2026-Q3 OKRs\n\nEvery unit\'s Q3 OKRs as agreed in the planning week. From now on our OKRs\nlive in this repository and change through pull requests.\n',
  },

  setup: {
    at: '2026-09-14T09:12', author: 'dan',
    message: 'Close 2026-Q3 and open 2026-Q4\n\nQ3 is scored and closed. Every unit drafts its Q4 OKRs in okrs/2026-Q4/\nand posts them by 14 October; the workflow checks every pull request.\n',
  },

  /** Unit files by stem (people/jade for the subfolder), in the order they were drafted. */
  units: [
    { unit: 'company', drafted: '2026-09-15T10:05', posted: '2026-09-30T17:02' },
    { unit: 'engineering', drafted: '2026-09-17T14:20', posted: '2026-10-02T11:30' },
    { unit: 'product', drafted: '2026-09-17T16:41', posted: '2026-10-02T15:12' },
    { unit: 'sales', drafted: '2026-09-18T11:15', posted: '2026-10-05T09:48' },
    { unit: 'people-ops', drafted: '2026-09-21T09:30', posted: '2026-10-06T10:05' },
    { unit: 'platform', drafted: '2026-09-22T15:10', posted: '2026-10-06T16:20' },
    { unit: 'mobile', drafted: '2026-09-23T10:45', posted: '2026-10-12T14:10' },
    { unit: 'growth', drafted: '2026-09-24T13:00', posted: '2026-10-07T12:25' },
    { unit: 'enterprise-sales', drafted: '2026-09-24T17:20', posted: '2026-10-08T09:15' },
    { unit: 'recruiting', drafted: '2026-09-25T11:35', posted: '2026-10-13T17:40' },
    { unit: 'people/priya', drafted: '2026-09-28T09:50', posted: '2026-10-09T10:30' },
    // Never posted: still a draft after postBy, so the coordinator's reminders list it.
    { unit: 'people/jade', drafted: '2026-09-29T16:05' },
  ],

  dropped: {
    ref: 'platform/O1/KR4', at: '2026-10-20T11:40', author: 'alice',
    message: 'Drop platform/O1/KR4: ARM runners no longer pay off\n\nThe vendor raised ARM runner prices in October and the saving we planned\nfor is gone. Kept in the file, marked dropped, for the record.\n',
  },
  addedMidCycle: {
    ref: 'sales/O1/KR3', at: '2026-10-21T15:05', author: 'tom',
    message: 'Add sales/O1/KR3: a security pack for enterprise evaluations\n\nThree deals stalled in October on security questionnaires. Added after\nposting, on purpose: it is the one change to sales goals this quarter.\n',
  },
  eased: {
    ref: 'company/O3/KR2', at: '2026-11-03T10:15', author: 'carla',
    before: { title: 'Hire 25 engineers and product people', target: 25 },
    message: 'Ease company/O3/KR2 to 20 hires (#31)\n\nReason: the board cut the Q4 hiring budget on 30 October; 20 hires is what\nthe new budget pays for. Agreed with hugo and nina.\n',
  },
  /** The last commit of the history: a number changed by someone who does not own it. */
  byOthers: {
    ref: 'growth/O2/KR2', time: '17:40', author: 'mei',
    message: 'Update growth/O2/KR2 from the monthly product review\n\nkai is out this week; this is the figure from the product analytics dashboard.\n',
  },

  /** Leads who stopped checking in on a unit's key results some weeks before the end. */
  quiet: [
    { lead: 'omar', unit: 'mobile', weeks: 2 },
    { lead: 'jade', unit: 'people/jade', weeks: 3 },
  ],
  /** A confidence that fell into the low band (< 0.4) at the last check-in. */
  confidenceBefore: { 'company/O3/KR3': 0.5 } as Record<string, number>,

  notes: [
    'Numbers from the weekly dashboard.',
    'Slower week: two people out sick.',
    'Good progress after Tuesday\'s release.',
    'The data pipeline was late; this is Thursday\'s figure.',
    'On plan. Next step is agreed with the team.',
    'Blocked on a vendor for part of the week.',
    'Better than expected; the change from last sprint is paying off.',
    'Discussed in the team review; no change in plan.',
    'A holiday week in Germany, so less movement.',
    'Risk: depends on the hiring plan landing.',
  ],
} as const;
