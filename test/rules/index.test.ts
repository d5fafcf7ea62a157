import { describe, expect, it } from 'vitest';
import { RULES, RULE_IDS } from '../../src/rules/index.js';
import { CLEAN, PEOPLE, runRule } from './harness.js';

describe('rule registry', () => {
  it('lists every rule once, with eased-target as a known id', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    expect(RULE_IDS).toContain('eased-target');
    expect(RULES.map((r) => r.id)).not.toContain('eased-target');
    expect(RULES.map((r) => r.id)).toEqual(RULE_IDS.filter((id) => id !== 'eased-target'));
  });

  it('lets a clean cycle through every rule, with and without a people registry', () => {
    for (const rule of RULES) {
      expect(runRule(rule, { units: CLEAN }), rule.id).toEqual([]);
      expect(runRule(rule, { units: CLEAN, config: { people: PEOPLE } }), rule.id).toEqual([]);
    }
  });

  it('describes every rule in one line', () => {
    for (const rule of RULES) expect(rule.description).not.toMatch(/\n/);
  });
});
