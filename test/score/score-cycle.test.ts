import { describe, expect, it } from 'vitest';
import type { KeyResultDoc } from '../../src/model.js';
import { scoreCycle, type ScoreOptions } from '../../src/score/score-cycle.js';
import type { Checkin } from '../../src/score/types.js';
import { cascadeOf, cycle, kr, makeConfig, objective, unitDoc } from './helpers.js';

const HALF_WAY = '2026-02-20'; // elapsed 0.5
const AFTER_END = '2026-04-20';
const config = makeConfig();

/** Scores one company unit with one objective holding the given key results. */
function scoreKrs(krs: KeyResultDoc[], options: Partial<ScoreOptions> = {}, objectiveType?: 'committed') {
  const cascade = cascadeOf(
    unitDoc('company', 'company', [objective('O1', krs, objectiveType ? { type: objectiveType } : {})]),
  );
  return scoreCycle(cascade, config, cycle, { asOf: HALF_WAY, ...options });
}

const metric = (id: string, current: number, extra: Partial<KeyResultDoc> = {}) =>
  kr(id, { start: 0, target: 10, current, ...extra });

describe('key result scores in the cycle', () => {
  it('a hand-entered score wins; both are kept', () => {
    const result = scoreKrs([kr('KR1', { type: 'binary', done: false, score: 0.3 })]);
    const k = result.keyResults.get('company/O1/KR1')!;
    expect(k).toMatchObject({ score: 0.3, computed: 0, manual: 0.3, grade: 'red' });
    expect(result.objectives.get('company/O1')!.score).toBe(0.3);
  });

  it('a manual score stands in for a computed score that cannot be had', () => {
    const k = scoreKrs([kr('KR1', { start: 5, target: 5, score: 0.6 })]).keyResults.get('company/O1/KR1')!;
    expect(k).toMatchObject({ computed: null, manual: 0.6, score: 0.6, note: 'start equals target' });
  });

  it('keeps the computed score and no manual one otherwise', () => {
    const k = scoreKrs([metric('KR1', 4)]).keyResults.get('company/O1/KR1')!;
    expect(k).toMatchObject({ score: 0.4, computed: 0.4, manual: null, weight: 1, goal: 0.7, expected: 0.35 });
  });

  it('a dropped KR is reported but excluded from the mean', () => {
    const result = scoreKrs([metric('KR1', 10), kr('KR2', { type: 'binary', status: 'dropped' })]);
    const dropped = result.keyResults.get('company/O1/KR2')!;
    expect(dropped).toMatchObject({ dropped: true, status: 'dropped', score: 0, stale: false, optimistic: false });
    expect(result.objectives.get('company/O1')!.score).toBe(1);
  });
});

describe('objective and unit means', () => {
  it('an objective is the mean of its active KRs weighted by KR weight', () => {
    const result = scoreKrs([metric('KR1', 10), metric('KR2', 0, { weight: 3 })]);
    expect(result.objectives.get('company/O1')!.score).toBe(0.25);
  });

  it('an objective without an active KR has no score and says so', () => {
    const result = scoreKrs([kr('KR1', { type: 'binary', done: true, status: 'dropped' })]);
    expect(result.objectives.get('company/O1')).toMatchObject({
      score: null,
      note: 'no active key result',
      grade: null,
      status: 'none',
    });
    const empty = scoreCycle(cascadeOf(unitDoc('company', 'company', [objective('O1', [])])), config, cycle, {
      asOf: HALF_WAY,
    });
    expect(empty.objectives.get('company/O1')!.note).toBe('no active key result');
    expect(empty.units[0]).toMatchObject({ score: null, status: 'none' });
    expect(empty.overall).toBeNull();
  });

  it('KRs without a score are left out of the objective mean', () => {
    const result = scoreKrs([metric('KR1', 8), kr('KR2', { start: 3, target: 3, current: 3 })]);
    expect(result.objectives.get('company/O1')!.score).toBe(0.8);
  });

  it('a unit is the mean of its objectives weighted by objective weight, skipping those with no score', () => {
    const cascade = cascadeOf(
      unitDoc('company', 'company', [
        objective('O1', [metric('KR1', 10)]),
        objective('O2', [metric('KR1', 2)], { weight: 3 }),
        objective('O3', []),
      ]),
    );
    const result = scoreCycle(cascade, config, cycle, { asOf: HALF_WAY });
    expect(result.units[0].score).toBeCloseTo((1 + 0.2 * 3) / 4, 12);
    expect(result.units[0].objectives.map((o) => o.weight)).toEqual([1, 3, 1]);
  });

  it('overall is the mean of company units, else of all units', () => {
    const company = unitDoc('company', 'company', [objective('O1', [metric('KR1', 6)])]);
    const sales = unitDoc('sales', 'department', [objective('O1', [metric('KR1', 2)])]);
    const ops = unitDoc('ops', 'department', [objective('O1', [metric('KR1', 4)])]);
    expect(scoreCycle(cascadeOf(company, sales, ops), config, cycle, { asOf: HALF_WAY }).overall).toBe(0.6);
    const withoutCompany = scoreCycle(cascadeOf(sales, ops), config, cycle, { asOf: HALF_WAY });
    expect(withoutCompany.overall).toBeCloseTo(0.3, 12);
    expect(withoutCompany.grade).toBe('red');
  });

  it('indexes every objective and KR by reference, in file order', () => {
    const result = scoreCycle(
      cascadeOf(
        unitDoc('company', 'company', [objective('O1', [kr('KR1')]), objective('O2', [kr('KR1'), kr('KR2')])]),
      ),
      config,
      cycle,
      { asOf: HALF_WAY },
    );
    expect([...result.objectives.keys()]).toEqual(['company/O1', 'company/O2']);
    expect([...result.keyResults.keys()]).toEqual(['company/O1/KR1', 'company/O2/KR1', 'company/O2/KR2']);
    expect(result).toMatchObject({ cycle: '2026-Q1', asOf: HALF_WAY, elapsed: 0.5, ended: false });
  });
});

describe('roll-ups', () => {
  it('roll up recursively through the cascade', () => {
    const cascade = cascadeOf(
      unitDoc('company', 'company', [objective('O1', [kr('KR1')])]),
      unitDoc('eng', 'department', [objective('O1', [kr('KR1')], { alignsTo: 'company/O1/KR1' })]),
      unitDoc('platform', 'team', [
        objective('O1', [kr('KR1', { type: 'binary', done: true })], { alignsTo: 'eng/O1/KR1', weight: 3 }),
        objective('O2', [kr('KR1', { type: 'binary' })], { alignsTo: 'eng/O1/KR1' }),
      ]),
    );
    const result = scoreCycle(cascade, config, cycle, { asOf: HALF_WAY });
    expect(result.keyResults.get('eng/O1/KR1')).toMatchObject({ type: 'rollup', score: 0.75, stale: false });
    expect(result.keyResults.get('company/O1/KR1')).toMatchObject({ type: 'rollup', score: 0.75 });
    expect(result.overall).toBe(0.75);
  });

  it('a roll-up with nothing aligned has no score and says so', () => {
    const k = scoreKrs([kr('KR1', { type: 'rollup' })]).keyResults.get('company/O1/KR1')!;
    expect(k).toMatchObject({ score: null, note: 'no objective aligned', status: 'none', grade: null });
  });

  it('does not loop on a cycle in the cascade, and treats the loop as no score', () => {
    const cascade = cascadeOf(
      unitDoc('a', 'department', [objective('O1', [kr('KR1', { type: 'rollup' })], { alignsTo: 'b/O1/KR1' })]),
      unitDoc('b', 'department', [objective('O1', [kr('KR1', { type: 'rollup' })], { alignsTo: 'a/O1/KR1' })]),
      unitDoc('c', 'team', [objective('O1', [kr('KR1', { type: 'rollup' })], { alignsTo: 'c/O1/KR1' })]),
    );
    const result = scoreCycle(cascade, config, cycle, { asOf: HALF_WAY });
    expect(result.objectives.get('a/O1')!.score).toBeNull();
    expect(result.objectives.get('b/O1')!.score).toBeNull();
    expect(result.objectives.get('c/O1')!.score).toBeNull();
    expect(result.overall).toBeNull();
  });

  it('scores each objective once, however many roll-ups it feeds', () => {
    let reads = 0;
    const counted = kr('KR1', { type: 'binary' });
    Object.defineProperty(counted, 'done', {
      get: () => {
        reads++;
        return true;
      },
    });
    const cascade = cascadeOf(
      unitDoc('company', 'company', [objective('O1', [kr('KR1'), kr('KR2')]), objective('O2', [kr('KR1')])]),
      unitDoc('eng', 'department', [
        objective('O1', [counted], { alignsTo: ['company/O1/KR1', 'company/O1/KR2', 'company/O2/KR1'] }),
      ]),
    );
    reads = 0;
    const result = scoreCycle(cascade, config, cycle, { asOf: HALF_WAY });
    expect(reads).toBe(1);
    expect(result.overall).toBe(1);
  });
});

describe('status', () => {
  // Half-way, aspirational: goal 0.7, expected 0.35, on track from 0.25, at risk from 0.1.
  it('follows pace against the aspirational goal', () => {
    const result = scoreKrs([metric('KR1', 2.5), metric('KR2', 1), metric('KR3', 0.5), metric('KR4', 7)]);
    const status = (id: string) => result.keyResults.get(`company/O1/${id}`)!.status;
    expect(status('KR1')).toBe('on_track');
    expect(status('KR2')).toBe('at_risk');
    expect(status('KR3')).toBe('off_track');
    expect(status('KR4')).toBe('done');
  });

  it('uses the committed goal for KRs of committed objectives', () => {
    const result = scoreKrs([metric('KR1', 4), metric('KR2', 7), metric('KR3', 10)], {}, 'committed');
    const k = (id: string) => result.keyResults.get(`company/O1/${id}`)!;
    expect(k('KR1')).toMatchObject({ goal: 1, expected: 0.5, status: 'on_track' });
    expect(k('KR2').status).toBe('on_track');
    expect(k('KR3').status).toBe('done');
  });

  it('is none without a score', () => {
    expect(scoreKrs([kr('KR1', { start: 1, target: 1 })]).keyResults.get('company/O1/KR1')!.status).toBe('none');
  });

  it('is the grade once the cycle has ended', () => {
    const result = scoreKrs([metric('KR1', 3), metric('KR2', 5), metric('KR3', 7)], { asOf: AFTER_END });
    expect(result).toMatchObject({ elapsed: 1, ended: true });
    const status = (id: string) => result.keyResults.get(`company/O1/${id}`)!.status;
    expect([status('KR1'), status('KR2'), status('KR3')]).toEqual(['red', 'yellow', 'green']);
    expect(result.objectives.get('company/O1')!.status).toBe('yellow');
    expect(result.units[0].status).toBe('yellow');
  });

  it('is still pace on the last day of the cycle', () => {
    const k = scoreKrs([metric('KR1', 5)], { asOf: cycle.end }).keyResults.get('company/O1/KR1')!;
    expect(k.status).toBe('at_risk');
  });

  it('an objective is paced against its own goal, a unit against the aspirational goal', () => {
    const result = scoreKrs([metric('KR1', 7)], {}, 'committed');
    expect(result.objectives.get('company/O1')!.status).toBe('on_track');
    expect(result.units[0].status).toBe('done');
  });
});

describe('stale', () => {
  const timelines = (checkins: Checkin[]) => new Map([['company/O1/KR1', checkins]]);

  it('replaces on_track, but not other statuses', () => {
    const old = timelines([{ date: '2026-02-01', value: 3 }]);
    const onTrack = scoreKrs([metric('KR1', 3)], { timelines: old }).keyResults.get('company/O1/KR1')!;
    expect(onTrack).toMatchObject({ stale: true, status: 'stale', lastCheckin: '2026-02-01' });
    const offTrack = scoreKrs([metric('KR1', 0)], { timelines: old }).keyResults.get('company/O1/KR1')!;
    expect(offTrack).toMatchObject({ stale: true, status: 'off_track' });
    const done = scoreKrs([metric('KR1', 8)], { timelines: old }).keyResults.get('company/O1/KR1')!;
    // A key result at its goal owes no more check-ins: never stale.
    expect(done).toMatchObject({ stale: false, status: 'done' });
  });

  it('is not stale within everyDays of the last check-in', () => {
    const recent = timelines([{ date: '2026-02-13', value: 3 }]);
    expect(scoreKrs([metric('KR1', 3)], { timelines: recent }).keyResults.get('company/O1/KR1')!).toMatchObject({
      stale: false,
      status: 'on_track',
    });
  });

  it('without a check-in, falls back to the file date of the unit', () => {
    const k = (fileDate: string) =>
      scoreKrs([metric('KR1', 3)], { fileDates: new Map([['company', fileDate]]) }).keyResults.get('company/O1/KR1')!;
    expect(k('2026-02-12').stale).toBe(true);
    expect(k('2026-02-13').stale).toBe(false);
    expect(scoreKrs([metric('KR1', 3)]).keyResults.get('company/O1/KR1')!.stale).toBe(false);
  });

  it('ignores check-ins dated after asOf', () => {
    const k = scoreKrs([metric('KR1', 3)], {
      timelines: timelines([
        { date: '2026-02-01', value: 3 },
        { date: '2026-03-01', value: 5 },
      ]),
    }).keyResults.get('company/O1/KR1')!;
    expect(k).toMatchObject({ stale: true, lastCheckin: '2026-02-01' });
  });

  it('after the cycle, counts silence up to its last day only; status stays the grade', () => {
    const near = timelines([{ date: '2026-04-06', value: 3 }]);
    const k = scoreKrs([metric('KR1', 3)], { asOf: '2026-06-01', timelines: near }).keyResults.get('company/O1/KR1')!;
    expect(k).toMatchObject({ stale: false, status: 'red' });
    const far = timelines([{ date: '2026-03-01', value: 3 }]);
    const k2 = scoreKrs([metric('KR1', 3)], { asOf: '2026-06-01', timelines: far }).keyResults.get('company/O1/KR1')!;
    expect(k2).toMatchObject({ stale: true, status: 'red' });
  });
});

describe('confidence, optimistic and forecast', () => {
  const timelines = (checkins: Checkin[]) => new Map([['company/O1/KR1', checkins]]);

  it('confidence is the KR field, else the latest in its timeline', () => {
    const history = timelines([
      { date: '2026-02-01', confidence: 0.4 },
      { date: '2026-02-15', confidence: 0.6 },
    ]);
    expect(scoreKrs([metric('KR1', 3)], { timelines: history }).keyResults.get('company/O1/KR1')!.confidence).toBe(
      0.6,
    );
    const own = scoreKrs([metric('KR1', 3, { confidence: 0.9 })], { timelines: history });
    expect(own.keyResults.get('company/O1/KR1')!.confidence).toBe(0.9);
    expect(scoreKrs([metric('KR1', 3)]).keyResults.get('company/O1/KR1')!.confidence).toBeNull();
  });

  it('flags high confidence off track, not high confidence on track', () => {
    const offTrack = scoreKrs([metric('KR1', 0.5, { confidence: 0.7 })]).keyResults.get('company/O1/KR1')!;
    expect(offTrack).toMatchObject({ status: 'off_track', optimistic: true });
    const onTrack = scoreKrs([metric('KR1', 3, { confidence: 0.9 })]).keyResults.get('company/O1/KR1')!;
    expect(onTrack.optimistic).toBe(false);
  });

  it('flags a value stuck over three check-ins with high confidence', () => {
    const stuck = timelines([
      { date: '2026-02-06', value: 3 },
      { date: '2026-02-13', value: 3 },
      { date: '2026-02-20', value: 3 },
    ]);
    const k = scoreKrs([metric('KR1', 3, { confidence: 0.8 })], { timelines: stuck }).keyResults.get('company/O1/KR1')!;
    expect(k).toMatchObject({ status: 'on_track', optimistic: true, stale: false });
    const doubtful = scoreKrs([metric('KR1', 3, { confidence: 0.5 })], { timelines: stuck });
    expect(doubtful.keyResults.get('company/O1/KR1')!.optimistic).toBe(false);
  });

  it('forecasts from three check-in values, not from two', () => {
    const three = timelines([
      { date: '2026-01-01', value: 0 },
      { date: '2026-01-21', value: 1 },
      { date: '2026-02-10', value: 2 },
    ]);
    // Scores 0, 0.1, 0.2 on days 0, 20, 40: 0.5 on day 100, the cycle's last day.
    const k = scoreKrs([metric('KR1', 2)], { timelines: three }).keyResults.get('company/O1/KR1')!;
    expect(k.forecast).toBeCloseTo(0.5, 12);
    const two = new Map([['company/O1/KR1', three.get('company/O1/KR1')!.slice(1)]]);
    expect(scoreKrs([metric('KR1', 2)], { timelines: two }).keyResults.get('company/O1/KR1')!.forecast).toBeNull();
  });

  it('clamps the forecast', () => {
    const fast = timelines([
      { date: '2026-01-01', value: 0 },
      { date: '2026-01-11', value: 2 },
      { date: '2026-01-21', value: 4 },
    ]);
    expect(scoreKrs([metric('KR1', 4)], { timelines: fast }).keyResults.get('company/O1/KR1')!.forecast).toBe(1);
  });
});
