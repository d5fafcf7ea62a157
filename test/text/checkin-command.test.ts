// The command a reminder or a post names for a key result: its last values, so that run as it
// is it records a check-in where nothing moved, for each kind of key result.

import { describe, expect, it } from 'vitest';
import type { KeyResultDoc, KeyResultType } from '../../src/model.js';
import { checkinCommand } from '../../src/text/checkin-command.js';

const kr = (type: KeyResultType, doc: Partial<KeyResultDoc>) => checkinCommand({ ref: 'platform/O2/KR1', type, doc: { id: 'KR1', title: 'T', ...doc } });

describe('the check-in command of a key result', () => {
  it.each<[KeyResultType, Partial<KeyResultDoc>, string]>([
    ['metric', { start: 40, target: 10, current: 22, confidence: 0.6 }, 'okr checkin platform/O2/KR1 --value 22 --confidence 0.6'],
    ['metric', { start: 40, target: 10 }, 'okr checkin platform/O2/KR1 --value N --confidence C'],
    ['baseline', { current: 3.5 }, 'okr checkin platform/O2/KR1 --value 3.5 --confidence C'],
    ['maintain', { min: 99.9, current: 99.95, confidence: 0.9 }, 'okr checkin platform/O2/KR1 --value 99.95 --confidence 0.9'],
    ['binary', { done: false, confidence: 0.5 }, 'okr checkin platform/O2/KR1 --not-done --confidence 0.5'],
    ['binary', { done: true, confidence: 1 }, 'okr checkin platform/O2/KR1 --done --confidence 1'],
    ['milestone', { milestones: [{ title: 'a', done: true }], confidence: 0.7 }, 'okr checkin platform/O2/KR1 --confidence 0.7'],
  ])('%s %j: %s', (type, doc, expected) => {
    expect(kr(type, doc)?.join(' ')).toBe(expected);
  });

  it('has none for a roll-up (computed) or a dropped key result', () => {
    expect(kr('rollup', {})).toBeNull();
    expect(kr('metric', { status: 'dropped', current: 1 })).toBeNull();
  });
});
