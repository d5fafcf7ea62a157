// How a key result's standing reads, the same in every view.

import { describe, expect, it } from 'vitest';
import { confidenceTrendText, handScoreWords, noteLine, statusWords } from '../../src/view/key-result-words.js';

describe('key result words', () => {
  it('says stale once, beside the pace it would otherwise hide, and never for a dropped one', () => {
    expect(statusWords({ status: 'stale', stale: true })).toEqual(['stale']);
    expect(statusWords({ status: 'at_risk', stale: true })).toEqual(['at_risk', 'stale']);
    expect(statusWords({ status: 'on_track', stale: false })).toEqual(['on_track']);
    expect(statusWords({ status: 'dropped', stale: true })).toEqual(['dropped']);
  });

  it('shows a hand score with the computed one beside it', () => {
    expect(handScoreWords({ manual: 0.5, computed: 0.33 })).toBe('hand-scored, computed 0.33');
    expect(handScoreWords({ manual: 0.5, computed: null })).toBe('hand-scored');
    expect(handScoreWords({ manual: null, computed: 0.33 })).toBeNull();
  });

  it('writes a confidence trend as its changes and an arrow, or the latest with its arrow', () => {
    expect(confidenceTrendText({ values: [0.5, 0.6, 0.6, 0.7], direction: 'up' })).toBe('0.5 0.6 0.7 ↑');
    expect(confidenceTrendText({ values: [0.8, 0.8, 0.8], direction: 'steady' })).toBe('0.8 →');
    expect(confidenceTrendText({ values: [0.8, 0.75], direction: 'down' }, false)).toBe('0.75 ↓');
    expect(confidenceTrendText({ values: [0.7], direction: 'steady' })).toBe('0.7');
    expect(confidenceTrendText(null)).toBe('');
  });

  it('puts a note on one line, cut to fit a cell', () => {
    expect(noteLine({ date: '2026-01-05', text: 'Two customers\nlive.  ' })).toBe('Two customers live.');
    expect(noteLine({ date: '2026-01-05', text: 'x'.repeat(200) })).toBe(`${'x'.repeat(79)}…`);
    expect(noteLine({ date: '2026-01-05', text: 'A long note about the week' }, 10)).toBe('A long no…');
    expect(noteLine(null)).toBe('');
  });
});
