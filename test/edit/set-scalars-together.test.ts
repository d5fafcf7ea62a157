// Many values set at once (okr sync, checkin --from) are spliced together and read back once:
// the result is exactly what setting them one by one gives, and whatever cannot be done
// together (a new key, the same value twice, a failing edit) is done one by one, as before.

import { describe, expect, it } from 'vitest';
import { EditError, setScalars, type ScalarEdit } from '../../src/edit/index.js';

const TEXT = `# Growth
objectives:
  - id: O1
    keyResults:
      - id: KR1
        current: 10   # by hand
      - { id: KR2, current: 2.5, done: false }
      - id: KR3
        current: "7"
      - id: KR4
        current: &n 4
        start: *n
`;

const one = (text: string, edits: ScalarEdit[]) => edits.reduce((out, edit) => setScalars(out, [edit]), text);
const at = (kr: number, key: string): (string | number)[] => ['objectives', 0, 'keyResults', kr, key];

describe('setScalars with many edits', () => {
  it('gives what the edits give one by one', () => {
    const edits: ScalarEdit[] = [{ path: at(0, 'current'), value: 17.5 }, { path: at(1, 'current'), value: -3 }, { path: at(1, 'done'), value: true }, { path: at(2, 'current'), value: 8 }];
    const together = setScalars(TEXT, edits);
    expect(together).toBe(one(TEXT, edits));
    expect(together).toContain('        current: 17.5   # by hand\n');
    expect(together).toContain('      - { id: KR2, current: -3, done: true }\n');
  });

  it('adds a missing key the one-by-one way, with the rest', () => {
    const edits: ScalarEdit[] = [{ path: at(0, 'current'), value: 11 }, { path: at(2, 'confidence'), value: 0.5 }];
    expect(setScalars(TEXT, edits)).toBe(one(TEXT, edits));
    expect(setScalars(TEXT, edits)).toContain('        confidence: 0.5\n');
  });

  it('lets the last of two edits of one value win', () => {
    const edits: ScalarEdit[] = [{ path: at(0, 'current'), value: 11 }, { path: at(0, 'current'), value: 12 }];
    expect(setScalars(TEXT, edits)).toBe(one(TEXT, edits));
    expect(setScalars(TEXT, edits)).toContain('current: 12   # by hand');
  });

  it('refuses as before when one edit cannot be made', () => {
    expect(() => setScalars(TEXT, [{ path: at(0, 'current'), value: 11 }, { path: at(3, 'start'), value: 5 }])).toThrow(EditError);
    expect(() => setScalars(TEXT, [{ path: at(0, 'current'), value: 11 }, { path: at(9, 'current'), value: 5 }])).toThrow(/out of range/);
  });

  it('sets hundreds of values in a large file, each exactly', () => {
    const krs = Array.from({ length: 300 }, (_, i) => `      - id: KR${i}\n        current: ${i}   # ${i}\n`).join('');
    const text = `objectives:\n  - id: O1\n    keyResults:\n${krs}`;
    const edits = Array.from({ length: 300 }, (_, i): ScalarEdit => ({ path: at(i, 'current'), value: i * 2 + 0.5 }));
    const out = setScalars(text, edits);
    expect(out).toBe(text.replace(/current: (\d+) {3}#/g, (_, n: string) => `current: ${Number(n) * 2 + 0.5}   #`));
  });
});
