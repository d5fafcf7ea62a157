// The byte-preserving editor, for any value at any scalar of a real unit file: setScalars
// either refuses with its own EditError, or returns a text that the loader reads as the
// original data with exactly that value changed, and whose bytes before and after the edited
// value are the original's.

import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EditError, setScalars, type ScalarValue } from '../../src/edit/index.js';
import { parseYaml } from '../../src/load/yaml/parse.js';
import type { DocPath } from '../../src/model.js';
import { changedOnlyWithin, corpus, scalarsOf, valueSpan, withValue } from '../edit/corpus.js';
import { anyText, HOSTILE } from '../escape/hostile.js';
import { exampleFiles, runsFor } from './arbitraries.js';

interface Target {
  name: string;
  text: string;
  path: DocPath;
}

/** Every scalar of every example unit file and corpus file: the places an edit can go. */
const TARGETS: Target[] = [...exampleFiles().filter((f) => f.name.startsWith('okrs')), ...corpus()].flatMap(({ name, text }) =>
  scalarsOf(text).map(({ path }) => ({ name, text, path })),
);

/** Numbers at the edges of what a double and YAML's float syntax hold. */
const EDGE_NUMBERS = [0, -0, 1, -1, 0.1, 0.5, 1e21, 1e-7, -1e-7, 5e-324, -5e-324, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 2 ** 53 + 2,
  Number.MAX_VALUE, -Number.MAX_VALUE, Number.EPSILON, 123456789.12345679, 1 / 3];

/** Strings that a plain scalar cannot hold as they are, and the ones it can but must not look like. */
const TRICKY_STRINGS = ['', ' ', ' lead', 'trail ', 'a: b', 'a:b', 'a #b', '#x', '- x', '-', '? x', '[x]', '{x}', '&a', '*a', '!x', '|', '>', '%x', '@x', '`x',
  '"', "'", "it's", '"q"', 'a\nb', 'a\n\nb', '\n', 'a\n', ' \n ', 'a\r\nb', '\t', 'a\tb', 'null', '~', 'true', 'False', 'no', '12', '0x1F', '1e3', '.inf', '-.nan', '0o7',
  '2026-10-01', '1:30', '---', '...', 'a\\b', '\\', 'é', 'Kai Müller', '😀', '\u2028', '\u0085', '\uFEFF', 'a\u0000b', '\x1b[2J'];

const anyValue: fc.Arbitrary<ScalarValue | number> = fc.oneof(
  fc.constantFrom(...EDGE_NUMBERS),
  fc.double(),
  fc.integer(),
  fc.constantFrom(...TRICKY_STRINGS),
  fc.constantFrom(...HOSTILE.map((h) => h.text)),
  anyText,
  fc.boolean(),
  fc.constant(null),
  // Not scalars okr writes: refused with an EditError.
  fc.constantFrom(Infinity, -Infinity, NaN),
);

function dataOf(text: string): unknown {
  const parsed = parseYaml(text, 'f.yaml');
  if (!parsed.ok) throw new Error(`the edited text does not load: ${parsed.findings[0].message}`);
  return parsed.data;
}

/** How the edits ended: a property that only ever saw refusals would prove nothing. */
const outcomes = { made: 0, refused: 0 };

function checkEdit({ text, path }: Target, value: ScalarValue): void {
  let after: string;
  try {
    after = setScalars(text, [{ path, value }]);
  } catch (error) {
    if (!(error instanceof EditError)) throw error;
    outcomes.refused++;
    return;
  }
  outcomes.made++;
  expect(isDeepStrictEqual(dataOf(after), withValue(dataOf(text), path, value)), 'reads as the original with exactly that value changed').toBe(true);
  const span = valueSpan(text, path);
  // A key with no value (`lead:`) has an empty span: the value goes after its colon.
  const [start, end] = span[0] === span[1] ? [text.lastIndexOf(':', span[0]) + 1, span[1]] : span;
  expect(changedOnlyWithin(text, after, [start, end]), `bytes outside ${JSON.stringify(text.slice(start, end))} changed`).toBe(true);
}

describe('the byte-preserving editor (property)', () => {
  it('has places to edit in every file', () => {
    expect(TARGETS.length).toBeGreaterThan(500);
  });

  it('changes exactly the value, or refuses with an EditError', () => {
    fc.assert(fc.property(fc.constantFrom(...TARGETS), anyValue, checkEdit), runsFor(4));
    // Only non-finite numbers must be refused; a refusal of anything else is rare.
    expect(outcomes.made).toBeGreaterThan(outcomes.refused * 4);
  });

  it('refuses what is not a finite number', () => {
    for (const value of [Infinity, -Infinity, NaN]) expect(() => setScalars(TARGETS[0].text, [{ path: TARGETS[0].path, value }])).toThrow(EditError);
  });
});
