import { describe, expect, it } from 'vitest';
import { formatPath, locateFindings } from '../../src/load/locate.js';
import type { Finding } from '../../src/model.js';

const text = `cycle: 2026-Q4
unit: platform
objectives:
  - id: O1
    title: Make deploys boring
    keyResults:
      - id: KR1
        title: Fast
        lead:
      - { id: KR2, title: Flow, lead: bob }
`;

function locate(path: Finding['path'], atKey = false) {
  const finding: Finding = { file: 'f.yaml', path, atKey, severity: 'error', rule: 'test', message: 'm' };
  return locateFindings([finding], new Map([['f.yaml', { absPath: '/f.yaml', file: 'f.yaml', text }]]))[0];
}

describe('locateFindings', () => {
  it('points at a value', () => {
    expect(locate(['objectives', 0, 'title'])).toMatchObject({ line: 5, column: 12, endLine: 5, endColumn: 31, path: 'objectives[0].title' });
  });

  it('points at a key when asked', () => {
    expect(locate(['objectives', 0, 'title'], true)).toMatchObject({ line: 5, column: 5 });
  });

  it('points at a key that has no value', () => {
    expect(locate(['objectives', 0, 'keyResults', 0, 'lead'])).toMatchObject({ line: 9, column: 9 });
  });

  it('finds values inside flow maps', () => {
    expect(locate(['objectives', 0, 'keyResults', 1, 'lead'])).toMatchObject({ line: 10, column: 39 });
  });

  it('falls back to the deepest node that exists (a missing key points at its map)', () => {
    expect(locate(['objectives', 0, 'weight'])).toMatchObject({ line: 4, column: 5 });
  });

  it('passes a known position through', () => {
    const finding: Finding = { file: 'f.yaml', path: [], severity: 'error', rule: 'yaml', message: 'm', position: { line: 3, column: 2 } };
    expect(locateFindings([finding], new Map())[0]).toMatchObject({ line: 3, column: 2, endLine: 3, endColumn: 2 });
  });

  it('formats paths like JavaScript accessors', () => {
    expect(formatPath(['objectives', 0, 'keyResults', 12, 'lead'])).toBe('objectives[0].keyResults[12].lead');
    expect(formatPath([])).toBe('');
  });
});

describe('asSentence', () => {
  it('capitalises and closes a message, but leaves a camelCase key as written', async () => {
    const { asSentence } = await import('../../src/load/locate.js');
    expect(asSentence("unknown key 'titel'")).toBe("Unknown key 'titel'.");
    expect(asSentence('Already a sentence.')).toBe('Already a sentence.');
    expect(asSentence("did you mean 'x'?")).toBe("Did you mean 'x'?");
    expect(asSentence("alignsTo 'a/O1' is not an objective")).toBe("alignsTo 'a/O1' is not an objective.");
  });
});
