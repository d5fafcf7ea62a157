// Inputs the property tests share: the example organisation's real files, YAML-ish text built
// from the grammar's own tokens, and real files damaged the ways files get damaged (a bad
// merge, an editor's stray keystroke, a truncated write, a paste of hostile text).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { EXAMPLES } from '../helpers/cli.js';
import { anyText, FC_PARAMS, HOSTILE } from '../escape/hostile.js';

/**
 * Runs of a property that costs `cost` times a cheap one: FC_PARAMS.numRuns divided by it,
 * at least `floor`. `npm test` keeps the default count; `npm run fuzz` raises FC_NUM_RUNS.
 */
export function runsFor(cost: number, floor = 5): { numRuns: number; seed: number } {
  return { ...FC_PARAMS, numRuns: Math.max(floor, Math.round(FC_PARAMS.numRuns / cost)) };
}

/** Every YAML file of the example organisation (config and unit files), by path. */
export function exampleFiles(): { name: string; text: string }[] {
  const root = join(EXAMPLES, 'acme');
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(root, name), 'utf8') }));
}

/** Pieces YAML is made of, the tricky ones included: indicators, tags, anchors, directives. */
export const YAML_TOKENS = [
  'key', 'id', 'title', 'objectives', 'keyResults', 'lead', '__proto__', 'constructor', '0', '-1', '.5', '1e999', 'null', '~', 'true', 'no',
  ': ', ':', '- ', '-', '? ', '?', ',', '[', ']', '{', '}', '[]', '{}', '&a ', '*a', '&b', '*b', '!!str ', '!!int ', '!!map', '!!binary ', '!custom ', '!<tag:x> ',
  '|', '|-', '|+', '>', '>2', '|9', '"', "'", '""', "''", '\\', '\\x', '\\u12', '#', ' #c', '---', '...', '--- ', '%YAML 1.2', '%TAG ! x', '\n', '\r\n', '\r', '\t',
  ' ', '  ', '    ', '\n  ', '\n    ', '\n- ', '\n  - ', '\uFEFF', '\u0000', '\u0085', '\u2028', '@', '`', '%', '<<: ', '<<',
];

/** Text that looks like YAML: tokens, indentation and line breaks in random order, with bits of anything. */
export const yamlishText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...YAML_TOKENS) }, { weight: 1, arbitrary: anyText }), { maxLength: 40 })
  .map((parts) => parts.join(''));

export type Damage =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'flip'; at: number; char: string }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'delete-line'; at: number }
  | { kind: 'indent'; at: number; by: number }
  | { kind: 'truncate'; at: number };

/** Positions are fractions of the text's length, so one damage fits any file. */
const at = fc.double({ min: 0, max: 1, noNaN: true });
const fragment = fc.oneof(yamlishText, fc.constantFrom(...HOSTILE.map((h) => h.text)), anyText);

export const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at, text: fragment }),
  fc.record({ kind: fc.constant('flip' as const), at, char: fc.oneof(fc.constantFrom(...YAML_TOKENS.filter((t) => t.length === 1)), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at }),
  fc.record({ kind: fc.constant('delete-line' as const), at }),
  fc.record({ kind: fc.constant('indent' as const), at, by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at }),
);

/** The text with one damage done to it. */
export function applyDamage(text: string, d: Damage): string {
  const offset = Math.min(text.length, Math.floor(d.at * (text.length + 1)));
  const lines = text.split('\n');
  const line = Math.min(lines.length - 1, Math.floor(d.at * lines.length));
  switch (d.kind) {
    case 'delete':
      return text.slice(0, offset) + text.slice(offset + d.length);
    case 'insert':
      return text.slice(0, offset) + d.text + text.slice(offset);
    case 'flip':
      return text.slice(0, offset) + d.char + text.slice(offset + 1);
    case 'duplicate-line':
      return [...lines.slice(0, line + 1), lines[line], ...lines.slice(line + 1)].join('\n');
    case 'delete-line':
      return [...lines.slice(0, line), ...lines.slice(line + 1)].join('\n');
    case 'indent': {
      const changed = d.by >= 0 ? ' '.repeat(d.by) + lines[line] : lines[line].replace(new RegExp(`^ {0,${-d.by}}`), '');
      return [...lines.slice(0, line), changed, ...lines.slice(line + 1)].join('\n');
    }
    case 'truncate':
      return text.slice(0, offset);
  }
}

/** A real file of the example organisation, with a few damages done to it. */
export const damagedExampleFile: fc.Arbitrary<string> = fc
  .record({ file: fc.constantFrom(...exampleFiles().map((f) => f.text)), damages: fc.array(damage, { minLength: 1, maxLength: 4 }) })
  .map(({ file, damages }) => damages.reduce(applyDamage, file));
