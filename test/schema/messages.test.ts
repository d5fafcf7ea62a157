import { beforeAll, describe, expect, it } from 'vitest';
import { prepareValidator, validateSchema } from '../../src/schema/validate.js';

beforeAll(async () => {
  await prepareValidator('unit');
  await prepareValidator('config');
});

const unit = (extra: Record<string, unknown> = {}, objective: Record<string, unknown> = {}, kr: Record<string, unknown> = {}) => ({
  cycle: '2026-Q4', unit: 'platform', level: 'team', parent: 'engineering',
  objectives: [{ id: 'O1', title: 'Make deploys boring', keyResults: [{ id: 'KR1', title: 'Fast deploys', lead: 'bob', ...kr }], ...objective }],
  ...extra,
});

describe('schema messages', () => {
  it('accepts a valid unit', () => {
    expect(validateSchema('unit', unit(), 'f.yaml')).toEqual([]);
  });

  it('names an unknown key, points at the key and suggests the known one', () => {
    const [finding] = validateSchema('unit', unit({}, { titel: 'x' }), 'f.yaml');
    expect(finding).toMatchObject({ rule: 'schema', path: ['objectives', 0, 'titel'], atKey: true, message: "unknown key 'titel' (did you mean 'title'?)" });
  });

  it('says what type a value must have', () => {
    const [finding] = validateSchema('unit', unit({}, {}, { confidence: 'high' }), 'f.yaml');
    expect(finding).toMatchObject({ path: ['objectives', 0, 'keyResults', 0, 'confidence'], message: `'confidence' must be a number, not "high"` });
  });

  it('names a missing required key at its map', () => {
    const doc = unit();
    delete (doc as Record<string, unknown>).objectives;
    expect(validateSchema('unit', doc, 'f.yaml')).toEqual([expect.objectContaining({ path: [], message: "missing required key 'objectives'" })]);
  });

  it('suggests the closest enum value', () => {
    const [finding] = validateSchema('unit', unit({ level: 'teem' }), 'f.yaml');
    expect(finding.message).toContain("(did you mean 'team'?)");
  });

  it('explains a malformed reference rather than the union it belongs to', () => {
    const [finding] = validateSchema('unit', unit({}, { alignsTo: ['Engineering O2'] }), 'f.yaml');
    expect(finding).toMatchObject({ path: ['objectives', 0, 'alignsTo', 0], message: expect.stringContaining('is not a valid reference') });
  });

  it('reports numbers out of range', () => {
    const [finding] = validateSchema('unit', unit({}, {}, { confidence: 1.5 }), 'f.yaml');
    expect(finding.message).toBe("'confidence' must be <= 1, not 1.5");
  });

  it('suggests a rule id for a misspelt rule in the config', () => {
    const config = { version: 1, organization: 'X', cycles: [{ id: 'q', start: '2026-10-01', end: '2026-12-31' }], rules: { 'kr-has-leed': 'error' } };
    const [finding] = validateSchema('config', config, 'okr.config.yaml');
    expect(finding).toMatchObject({ path: ['rules', 'kr-has-leed'], atKey: true, message: expect.stringContaining("did you mean 'kr-has-lead'") });
  });

  it('rejects a date that is not a date', () => {
    const config = { version: 1, organization: 'X', cycles: [{ id: 'q', start: '2026-13-01', end: '2026-12-31' }] };
    const [finding] = validateSchema('config', config, 'okr.config.yaml');
    expect(finding).toMatchObject({ path: ['cycles', 0, 'start'], message: expect.stringContaining('a date (YYYY-MM-DD)') });
  });
});
