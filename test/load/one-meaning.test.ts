// SPEC 10: the same bytes mean the same values on every path through okr. Every path that
// reads a value (the loader, history's line index, the editor's own read-back) goes through
// one parser with the YAML 1.2 core schema; this checks each of them against the schema's
// tag-resolution table, scalar by scalar, and against eemeli/yaml's core schema as an
// implementation written by other people.

import fc from 'fast-check';
import { parse as yamlParse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { tryReadDocument } from '../../src/edit/source-document.js';
import { parseLineValue } from '../../src/git/history-line-index.js';
import { resolvePlainScalar } from '../../src/load/yaml/core-schema.js';
import { parseYaml } from '../../src/load/yaml/parse.js';
import { tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';

/** Property runs: bounded in `npm test`, raised by `npm run fuzz` (FC_NUM_RUNS). */
const RUNS = Number(process.env.FC_NUM_RUNS ?? 300);

/** YAML 1.2.2, 10.3.2 (the core schema's tag resolution), every row, plus the forms users write. */
const TABLE: [string, unknown][] = [
  // null
  ['null', null], ['Null', null], ['NULL', null], ['~', null], ['', null],
  // bool
  ['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false],
  // int, base 10, 8, 16
  ['0', 0], ['12', 12], ['+12', 12], ['-12', -12], ['-0', 0], ['+0', 0], ['007', 7], ['0o17', 15], ['0o7', 7], ['0x1F', 31], ['0xff', 255], ['0x0', 0],
  // float
  ['1.5', 1.5], ['+.5', 0.5], ['-.5', -0.5], ['.5', 0.5], ['1.', 1], ['1e3', 1000], ['1E3', 1000], ['+1.5e-3', 0.0015], ['-0.0', -0], ['0.', 0],
  ['1e400', Infinity], ['-1e400', -Infinity], ['.5e1', 5],
  ['.inf', Infinity], ['.Inf', Infinity], ['.INF', Infinity], ['+.inf', Infinity], ['-.inf', -Infinity], ['-.Inf', -Infinity],
  ['.nan', NaN], ['.NaN', NaN], ['.NAN', NaN],
  // strings: YAML 1.1 forms and near misses
  ['yes', 'yes'], ['no', 'no'], ['on', 'on'], ['off', 'off'], ['y', 'y'], ['n', 'n'], ['Yes', 'Yes'], ['NO', 'NO'],
  ['tRue', 'tRue'], ['nUll', 'nUll'], ['0b101', '0b101'], ['1_000', '1_000'], ['0.1_0', '0.1_0'], ['-0x1F', '-0x1F'], ['+0x1F', '+0x1F'], ['0X1F', '0X1F'],
  ['0o8', '0o8'], ['0O17', '0O17'], ['-0o17', '-0o17'], ['0x', '0x'], ['0o', '0o'], ['1:30', '1:30'], ['190:20:30', '190:20:30'], ['1,000', '1,000'],
  ['12e', '12e'], ['e3', 'e3'], ['.', '.'], ['+', '+'], ['.nAn', '.nAn'], ['inf', 'inf'], ['-inf', '-inf'], ['NaN', 'NaN'],
  ['2026-10-01', '2026-10-01'], ['2026-10-01T10:00:00Z', '2026-10-01T10:00:00Z'], ['12:00', '12:00'], ['1.2.3', '1.2.3'],
];

/** eemeli/yaml reads `-0` (an integer) as negative zero; the table says an integer has none. */
const EEMELI_DIFFERS = new Set(['-0']);

const same = (a: unknown, b: unknown) => Object.is(a, b) || (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b));

function loaderValue(scalar: string): unknown {
  const parsed = parseYaml(`v: ${scalar}\n`, 'f.yaml');
  if (!parsed.ok) throw new Error(parsed.findings[0].message);
  return (parsed.data as { v: unknown }).v;
}

function loaderFlowValue(scalar: string): unknown {
  const parsed = parseYaml(`v: [${scalar}]\n`, 'f.yaml');
  if (!parsed.ok) throw new Error(parsed.findings[0].message);
  return (parsed.data as { v: unknown[] }).v[0];
}

describe('one meaning for every scalar', () => {
  it.each(TABLE)('%j', async (scalar, expected) => {
    expect(same(resolvePlainScalar(scalar), expected)).toBe(true);
    expect(same(loaderValue(scalar), expected), 'loader').toBe(true);
    if (!/[,:]/.test(scalar) && scalar !== '') expect(same(loaderFlowValue(scalar), expected), 'loader, in a flow list').toBe(true);
    const line = parseLineValue(scalar);
    if (line.ok) expect(same(line.value, expected), 'history line index').toBe(true);
    const edited = tryReadDocument(`v: ${scalar}\n`);
    if ('error' in edited) throw new Error(edited.error);
    expect(same((edited.fastData as { v: unknown }).v, expected), 'editor').toBe(true);
    if (!EEMELI_DIFFERS.has(scalar)) expect(same((yamlParse(`v: ${scalar}\n`, { schema: 'core' }) as { v: unknown }).v, expected), 'eemeli/yaml core').toBe(true);
  });

  it('quoted scalars are strings, whatever they hold', async () => {
    for (const [scalar] of TABLE) {
      expect(loaderValue(JSON.stringify(scalar))).toBe(scalar);
      expect(loaderValue(`'${scalar}'`)).toBe(scalar);
    }
  });

  it('the history line index reads most scalars on its own (so the comparison above bites)', async () => {
    const read = TABLE.filter(([scalar]) => parseLineValue(scalar).ok);
    expect(read.length).toBeGreaterThan(TABLE.length / 2);
  });
});

describe('one meaning, for any plain scalar', () => {
  // Strings built from the characters numbers, booleans and nulls are made of, so that most
  // of them sit near an edge of the table.
  const scalar = fc.stringMatching(/^[-+]?[0-9.eExXoObB_a-fnNulLtTrRsS~]{1,10}$/);

  it('every path reads what the core schema table says', async () => {
    fc.assert(fc.property(scalar, (text) => {
      let expected: unknown;
      try {
        expected = resolvePlainScalar(text);
        // A scalar that does not parse as one plain value (`e: x` shapes, indicators) is not this test's business.
        loaderValue(text);
      } catch {
        return;
      }
      expect(same(loaderValue(text), expected)).toBe(true);
      const line = parseLineValue(text);
      if (line.ok) expect(same(line.value, expected)).toBe(true);
    }), { numRuns: RUNS, seed: 20261207 });
  });
});

describe('one meaning, end to end', () => {
  const config = 'version: 1\norganization: T\ncycles:\n  - { id: 2026-Q4, start: 2026-10-01, end: 2026-12-31 }\n';
  const unit = (extra: string) => `${extra}cycle: 2026-Q4\nunit: company\nlevel: company\nlead: ann\nobjectives:\n  - id: O1\n    title: Grow\n    keyResults:\n      - { id: KR1, title: Revenue up, lead: ann, start: 0, target: 1, current: +.5 }\n      - { id: KR2, title: Ship, lead: ann, type: baseline, current: 1, unit: 0b101 }\n`;

  it.each([['without', ''], ['with', '# see *the* notes & the &anchors\n']])('a file %s a comment holding * and & reads the same', async (_label, comment) => {
    const dir = tempRepo({ 'okr.config.yaml': config, 'okrs/2026-Q4/company.yaml': unit(comment) });
    const validated = await runOkr(['-C', dir, 'validate', '--format', 'json']);
    expect(JSON.parse(validated.stdout).summary.errors).toBe(0);
    const scored = JSON.parse((await runOkr(['-C', dir, 'score', '--format', 'json', '--as-of', '2026-11-15'])).stdout);
    expect(scored.units[0].objectives[0].keyResults[0].score).toBeCloseTo(0.5, 12);
  });
});
