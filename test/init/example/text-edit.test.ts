import { describe, expect, it } from 'vitest';
import { applyEdits, parseSource, valueAt } from '../../../src/init/example/text-edit.js';

const TEXT = `# yaml-language-server: $schema=../../.okr/schemas/unit.schema.json
cycle: 2026-Q4
unit: platform
status: committed     # posted on time
objectives:
  - id: O1
    title: Make deploys boring
    keyResults:
      - id: KR1
        title: Cut deploy time from 40 to 10 minutes
        start: 40
        target: 10
        current: 22        # from the dashboard
        confidence: 0.6
      - id: KR2
        title: Blue/green deploys
        milestones:
          - { title: Design approved, done: true }
          - { title: All services, done: false, weight: 2 }
        score: 0.5         # entered by hand
  - id: O2
    title: Restore service fast
    keyResults: []
`;

describe('earlier versions of a file, made from its final text', () => {
  const source = parseSource(TEXT);

  it('changes values and keeps every other byte, comments included', () => {
    const text = applyEdits(source, [
      { path: ['status'], value: 'draft' },
      { path: ['objectives', 0, 'keyResults', 0, 'current'], value: 31.5 },
      { path: ['objectives', 0, 'keyResults', 1, 'milestones', 0, 'done'], value: false },
      { path: ['objectives', 0, 'title'], value: 'Deploys: boring' },
    ]);
    expect(text).toBe(TEXT
      .replace('status: committed', 'status: draft')
      .replace('current: 22', 'current: 31.5')
      .replace('Design approved, done: true', 'Design approved, done: false')
      .replace('title: Make deploys boring', 'title: "Deploys: boring"'));
  });

  it('leaves out a key\'s line, with its comment', () => {
    const text = applyEdits(source, [
      { path: ['objectives', 0, 'keyResults', 0, 'confidence'], remove: true },
      { path: ['objectives', 0, 'keyResults', 1, 'score'], remove: true },
    ]);
    expect(text).toBe(TEXT.replace('        confidence: 0.6\n', '').replace('        score: 0.5         # entered by hand\n', ''));
  });

  it('leaves out a whole list item, and edits inside it with it', () => {
    const text = applyEdits(source, [
      { path: ['objectives', 0, 'keyResults', 1], remove: true },
      { path: ['objectives', 0, 'keyResults', 1, 'milestones', 0, 'done'], value: false },
      { path: ['objectives', 0, 'keyResults', 0, 'current'], value: 40 },
    ]);
    const start = TEXT.indexOf('      - id: KR2');
    const end = TEXT.indexOf('  - id: O2');
    expect(text).toBe((TEXT.slice(0, start) + TEXT.slice(end)).replace('current: 22', 'current: 40'));
  });

  it('makes no change without edits, and reads the final values', () => {
    expect(applyEdits(source, [])).toBe(TEXT);
    expect(valueAt(source, ['objectives', 0, 'keyResults', 0, 'current'])).toBe(22);
    expect(valueAt(source, ['objectives', 0, 'keyResults', 0, 'done'])).toBeUndefined();
  });

  it('refuses a path that is not in the file', () => {
    expect(() => applyEdits(source, [{ path: ['objectives', 0, 'keyResults', 0, 'done'], value: true }])).toThrow('no scalar');
    expect(() => applyEdits(source, [{ path: ['objectives', 0, 'keyResults', 0, 'done'], remove: true }])).toThrow('no key');
  });
});
