// Every check-in edit, on every corpus file: the result reads as the original with exactly
// that change, and differs from the original in the edited value's bytes alone (or, for a
// missing key, in one inserted line or `, key: value`). Then the unit's retro.learnings, in
// files with a retro: section and (most of them) without one.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Scalar, YAMLMap } from 'yaml';
import { setScalars, type ScalarValue } from '../../src/edit/index.js';
import type { DocPath, UnitDoc } from '../../src/model.js';
import { prepareValidator, validateSchema } from '../../src/schema/validate.js';
import {
  allCrlf, changedOnlyWithin, corpus, dataOf, insertion, isFlowMapAt, keyColumnAt, lineEnding, parse, scalarsOf, valueSpan, withValue,
} from './corpus.js';

interface CheckinEdit {
  what: string;
  path: DocPath;
  value: ScalarValue;
}

/** The edits `okr checkin` makes, found in a unit: replacing values that exist, adding those that do not. */
function checkinEdits(unit: UnitDoc): CheckinEdit[] {
  const edits: CheckinEdit[] = [];
  unit.objectives.forEach((objective, o) => {
    objective.keyResults.forEach((kr, k) => {
      const at = (...rest: DocPath): DocPath => ['objectives', o, 'keyResults', k, ...rest];
      const metric = kr.start !== undefined || kr.target !== undefined;
      if (kr.current !== undefined) edits.push({ what: 'change current', path: at('current'), value: kr.current + 7 });
      else if (metric) edits.push({ what: 'insert current', path: at('current'), value: 12.5 });
      if (kr.confidence !== undefined) edits.push({ what: 'change confidence', path: at('confidence'), value: kr.confidence === 0.9 ? 0.1 : 0.9 });
      else if (metric) edits.push({ what: 'insert confidence', path: at('confidence'), value: 0.35 });
      kr.milestones?.forEach((milestone, m) => {
        if (milestone.done === false) edits.push({ what: 'milestone done', path: at('milestones', m, 'done'), value: true });
        if (milestone.done === undefined) edits.push({ what: 'insert milestone done', path: at('milestones', m, 'done'), value: true });
      });
      if (kr.type === 'binary' || kr.done !== undefined) edits.push({ what: kr.done === undefined ? 'insert binary done' : 'binary done', path: at('done'), value: true });
      edits.push({ what: kr.score === undefined ? 'insert score' : 'change score', path: at('score'), value: 0.45 });
    });
  });
  return edits;
}

const files = corpus();

beforeAll(async () => {
  await prepareValidator('unit');
});

describe.each(files)('$name', ({ name, text }) => {
  const original = dataOf(text);
  const edits = checkinEdits(original as UnitDoc);
  const eol = lineEnding(text);

  it.each(edits.map((edit) => ({ ...edit, where: edit.path.join('.') })))('$what at $where', ({ path, value }) => {
    const result = setScalars(text, [{ path, value }]);

    // (1) It reads as the original with exactly this change, and is still a valid unit file.
    const data = dataOf(result);
    expect(data).toEqual(withValue(original, path, value));
    expect(validateSchema('unit', data, name)).toEqual([]);

    // (2) Only the value's bytes changed; a missing key is one insertion in its map's style.
    const existed = parse(text).hasIn(path);
    const written = String(value);
    if (existed) {
      const span = valueSpan(text, path);
      expect(changedOnlyWithin(text, result, span)).toBe(true);
      expect(result.slice(span[0], result.length - (text.length - span[1]))).toBe(written);
    } else {
      const mapPath = path.slice(0, -1);
      const key = String(path[path.length - 1]);
      if (isFlowMapAt(text, mapPath)) {
        expect(insertion(text, result)?.text).toBe(`, ${key}: ${written}`);
      } else {
        const line = `${' '.repeat(keyColumnAt(text, mapPath))}${key}: ${written}`;
        const inserted = insertion(text, result, true);
        expect(inserted?.text).toBe(inserted?.at === text.length && !text.endsWith('\n') ? eol + line : line + eol);
        // The new key is its map's last, on the line right after the map's last entry.
        const map = parse(result).getIn(mapPath, true) as YAMLMap<Scalar, unknown>;
        expect(map.items[map.items.length - 1].key.value).toBe(key);
      }
    }

    // (3) Line endings and a byte order mark are kept.
    if (eol === '\r\n') expect(allCrlf(result)).toBe(true);
    expect(result.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
  });
});

/** The indentation step of the corpus files whose step is not two spaces. */
const STEPS: Record<string, number> = { 'four-space.yaml': 4, 'mixed-indent.yaml': 3 };

describe.each(files)('the unit\'s learnings in $name', ({ name, text }) => {
  const path: DocPath = ['retro', 'learnings'];
  const value = 'Measure each stage, then decide.';

  it('are written in place, or with a new retro: section after the last top-level entry', () => {
    const result = setScalars(text, [{ path, value }]);
    const data = dataOf(result);
    expect(data).toEqual(withValue(dataOf(text), path, value));
    expect(validateSchema('unit', data, name)).toEqual([]);

    const eol = lineEnding(text);
    if (parse(text).has('retro')) {
      expect(changedOnlyWithin(text, result, valueSpan(text, path))).toBe(true);
    } else {
      // Two whole lines, at the top-level keys' column and one step in, ending like the file's lines.
      const lines = ['retro:', `${' '.repeat(STEPS[name] ?? 2)}learnings: ${value}`].join(eol);
      const inserted = insertion(text, result, true);
      expect(inserted?.text).toBe(inserted?.at === text.length && !text.endsWith('\n') ? eol + lines : lines + eol);
      const root = parse(result).contents as YAMLMap<Scalar, unknown>;
      expect(root.items[root.items.length - 1].key.value).toBe('retro');
    }
    if (eol === '\r\n') expect(allCrlf(result)).toBe(true);
    expect(result.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
  });
});

describe('every number in the corpus', () => {
  const cases = files.flatMap(({ name, text }) =>
    scalarsOf(text).filter(({ node }) => typeof node.value === 'number').map(({ path, node }) => ({ name, text, path, value: node.value as number, where: path.join('.') })),
  );

  it('covers the numbers of every file', () => {
    expect(new Set(cases.map((c) => c.name)).size).toBe(files.length);
  });

  it.each(cases)('$name: $where', ({ text, path, value }) => {
    const next = value + 1.5;
    const result = setScalars(text, [{ path, value: next }]);
    expect(dataOf(result)).toEqual(withValue(dataOf(text), path, next));
    const span = valueSpan(text, path);
    expect(result).toBe(text.slice(0, span[0]) + String(next) + text.slice(span[1]));
  });
});

describe('every string in the corpus', () => {
  const cases = files.flatMap(({ name, text }) =>
    scalarsOf(text).filter(({ node }) => typeof node.value === 'string').map(({ path, node }) => ({ name, text, path, node, where: path.join('.') })),
  );

  it.each(cases)('$name: $where keeps its style', ({ text, path, node }) => {
    // A word added before any trailing line breaks, so a block scalar stays one.
    const next = (node.value as string).replace(/(\S)(\s*)$/, '$1 too$2');
    const result = setScalars(text, [{ path, value: next }]);
    expect(dataOf(result)).toEqual(withValue(dataOf(text), path, next));
    expect(changedOnlyWithin(text, result, valueSpan(text, path))).toBe(true);
    expect(parse(result).getIn(path, true)).toMatchObject({ type: node.type });
  });
});

describe('the corpus', () => {
  it('holds at least twelve files, each a valid unit file', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const { name, text } of files) expect(validateSchema('unit', dataOf(text), name)).toEqual([]);
  });

  it('has files with and without a retro: section', () => {
    const withRetro = files.filter(({ text }) => parse(text).has('retro'));
    expect(withRetro.length).toBeGreaterThanOrEqual(1);
    expect(files.length - withRetro.length).toBeGreaterThanOrEqual(10);
  });

  it('exercises every kind of check-in edit', () => {
    const kinds = new Set(files.flatMap(({ text }) => checkinEdits(dataOf(text) as UnitDoc).map((edit) => edit.what)));
    expect([...kinds].sort()).toEqual([
      'binary done', 'change confidence', 'change current', 'change score', 'insert binary done', 'insert confidence',
      'insert current', 'insert milestone done', 'insert score', 'milestone done',
    ]);
  });

  it('has CRLF files written with CRLF bytes, and a file with a byte order mark', () => {
    const crlf = files.filter((f) => f.name.includes('crlf'));
    expect(crlf.length).toBeGreaterThanOrEqual(2);
    for (const { text } of crlf) expect(allCrlf(text) && text.includes('\r\n')).toBe(true);
    expect(files.some((f) => f.text.startsWith('\uFEFF'))).toBe(true);
    expect(files.filter((f) => !f.text.endsWith('\n')).length).toBeGreaterThanOrEqual(2);
  });
});
