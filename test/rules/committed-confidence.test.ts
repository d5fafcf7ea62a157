import { describe, expect, it } from 'vitest';
import { committedConfidence } from '../../src/rules/committed-confidence.js';
import { CLEAN, cleanWith, runRule } from './harness.js';

const lowered = cleanWith({ engineering: CLEAN.engineering.replace('confidence: 0.8', 'confidence: 0.5') });

describe('committed-confidence', () => {
  it('lets confident committed key results and aspirational ones through', () => {
    expect(runRule(committedConfidence, { units: CLEAN })).toEqual([]);
    expect(runRule(committedConfidence, { units: cleanWith({ engineering: CLEAN.engineering.replace('confidence: 0.8', 'confidence: 0.5').replace('type: committed', 'type: aspirational') }) })).toEqual([]);
  });

  it('reports a committed key result with low confidence', () => {
    expect(runRule(committedConfidence, { units: lowered })).toEqual([{
      rule: 'committed-confidence', severity: 'warning', file: 'okrs/2026-Q4/engineering.yaml', path: ['objectives', 0, 'keyResults', 0, 'confidence'],
      message: "Key result 'KR1' of committed objective 'O1' has confidence 0.5, below 0.7; escalate or make the objective aspirational.",
    }]);
  });

  it('honours the min option and skips dropped key results', () => {
    expect(runRule(committedConfidence, { units: lowered, options: { min: 0.5 } })).toEqual([]);
    const dropped = cleanWith({ engineering: CLEAN.engineering.replace('confidence: 0.8', 'confidence: 0.5, status: dropped') });
    expect(runRule(committedConfidence, { units: dropped })).toEqual([]);
  });
});
