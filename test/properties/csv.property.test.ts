// CSV both ways. The parser, on any input, returns rows or throws its own CsvError (with a
// position), never anything else; the import reader on top of it throws only InputError. And
// a repository whose texts are hostile goes out through `okr export` and back in through
// `okr import --write` (in-process, the real commands) as the same data.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, csvRows, detectDelimiter, parseCsv } from '../../src/text/csv-parse.js';
import { readImportCsv } from '../../src/interchange/import-csv.js';
import { COLUMNS } from '../../src/interchange/columns.js';
import { InputError } from '../../src/interchange/wanted.js';
import { parseYaml } from '../../src/load/yaml/parse.js';
import { tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { anyText, HOSTILE } from '../escape/hostile.js';
import { runsFor } from './arbitraries.js';

const CSV_TOKENS = [',', ';', '\t', '"', '""', '\r\n', '\n', '\r', ' ', '\uFEFF', "'", '=', 'a', 'unit', 'kr', 'title', '0,5', '1e3'];

/** CSV-looking text: delimiters, quotes and line breaks among bits of anything; sometimes a real header first. */
const csvishText = fc
  .tuple(
    fc.constantFrom('', `${COLUMNS.map((c) => c.name).join(',')}\r\n`, `${COLUMNS.map((c) => c.name).join(';')}\n`, 'unit,objective,kr,title\n'),
    fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...CSV_TOKENS) }, { weight: 1, arbitrary: anyText }), { maxLength: 60 }),
  )
  .map(([header, parts]) => header + parts.join(''));

const anyCsvInput = fc.oneof(anyText, fc.string({ unit: 'binary', maxLength: 300 }), csvishText);

describe('the CSV parser (property)', () => {
  it('returns rows or throws a CsvError with a position, whatever the input and limits', () => {
    const options = fc.record({
      delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
      maxField: fc.integer({ min: 0, max: 50 }),
      maxFields: fc.integer({ min: 1, max: 20 }),
    }, { requiredKeys: ['delimiter'] });
    fc.assert(fc.property(anyCsvInput, options, (text, opts) => {
      try {
        for (const row of csvRows(text, opts)) {
          expect(row.length).toBeGreaterThan(0);
          for (const cell of row) expect(cell.line >= 1 && cell.column >= 1).toBe(true);
        }
      } catch (error) {
        if (!(error instanceof CsvError)) throw error;
        expect(error.line >= 1 && error.column >= 1, error.message).toBe(true);
      }
      expect([',', ';', '\t']).toContain(detectDelimiter(text, (name) => name === 'unit'));
    }), runsFor(1));
  });

  it('reads back any grid of texts it was given, written RFC 4180 style', () => {
    // A row of one empty field is a blank line, which is no row at all.
    const grid = fc.array(fc.array(anyText, { minLength: 1, maxLength: 5 }).filter((row) => row.length > 1 || row[0] !== ''), { minLength: 1, maxLength: 5 });
    fc.assert(fc.property(grid, (rows) => {
      const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
      const text = rows.map((row) => row.map(quote).join(',')).join('\r\n');
      expect(parseCsv(text).map((row) => row.map((cell) => cell.value))).toEqual(rows);
    }), runsFor(1));
  });

  it('the import reader throws nothing but InputError', () => {
    fc.assert(fc.property(anyCsvInput, (text) => {
      try {
        readImportCsv(text, 'in.csv', '2026-Q4');
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
      }
    }), runsFor(1));
  });
});

const CONFIG = `version: 1
organization: Test Co
cycles:
  - id: 2026-Q4
    start: 2026-10-01
    end: 2026-12-31
people:
  ann: { name: Ann Lee, email: ann@test.example }
  bob: { name: Bob Stone, email: bob@test.example }
`;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Any text a field could hold: hostile, random, and nothing a UTF-8 file cannot store (a lone
 * surrogate). A NUL, which stops an export, only now and then, so that most runs go both ways.
 */
const fieldText = fc.tuple(fc.oneof(fc.constantFrom(...HOSTILE.map((h) => h.text).filter((t) => t.trim() !== '')), anyText), fc.nat(30))
  .map(([text, dice]) => (dice === 0 ? text : text.replaceAll('\0', '\u2400')))
  .filter((text) => text.trim() !== '' && !LONE_SURROGATE.test(text));

const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constantFrom(0, 0.5, 1e21, 1e-7, 5e-324, Number.MAX_VALUE))
  .filter((n) => !Object.is(n, -0));

/** A valid unit whose every free text is hostile, in both KR kinds that carry texts of their own. */
const hostileUnit = fc
  .record({
    name: fieldText, objectiveTitle: fieldText, description: fieldText, standalone: fieldText,
    metricTitle: fieldText, measure: fieldText, learning: fieldText, milestoneTitle: fieldText, milestonesTitle: fieldText,
    healthTitle: fieldText, retro: fieldText, start: number, target: number, current: number, health: number,
    done: fc.boolean(), confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .filter((u) => u.start !== u.target)
  .map((u) => ({
    cycle: '2026-Q4', unit: 'company', name: u.name, level: 'company', lead: 'ann',
    objectives: [{
      id: 'O1', title: u.objectiveTitle, description: u.description, type: 'aspirational', standalone: u.standalone,
      keyResults: [
        { id: 'KR1', title: u.metricTitle, lead: 'ann', type: 'metric', start: u.start, target: u.target, current: u.current, unit: u.measure, confidence: u.confidence, learning: u.learning },
        { id: 'KR2', title: u.milestonesTitle, lead: 'bob', type: 'milestone', milestones: [{ title: u.milestoneTitle, done: u.done }] },
      ],
    }],
    healthMetrics: [{ id: 'H1', title: u.healthTitle, current: u.health }],
    retro: { learnings: u.retro },
  }));

type HostileUnit = typeof hostileUnit extends fc.Arbitrary<infer T> ? T : never;

/** The texts that go into CSV cells of their own (the others go into JSON cells). */
function textCells(unit: HostileUnit): string[] {
  const [objective] = unit.objectives;
  const [metric, milestone] = objective.keyResults;
  return [unit.name, objective.title, objective.description, objective.standalone, metric.title, metric.unit!, metric.learning!, milestone.title];
}

function loadUnit(dir: string): unknown {
  const parsed = parseYaml(readFileSync(join(dir, 'okrs/2026-Q4/company.yaml'), 'utf8'), 'company.yaml');
  if (!parsed.ok) throw new Error(parsed.findings[0].message);
  return parsed.data;
}

describe('okr export → okr import (property)', () => {
  const outcomes = { roundTrips: 0, refused: 0 };

  it('gives back the same data, however hostile its texts', async () => {
    await fc.assert(fc.asyncProperty(hostileUnit, async (unit) => {
      // JSON is YAML: every string, control characters included, written as an escape.
      const source = tempRepo({ 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/company.yaml': JSON.stringify(unit, null, 2) });
      const valid = await runOkr(['-C', source, 'validate', '--format', 'json']);
      expect(JSON.parse(valid.stdout).summary.errors, valid.stdout).toBe(0);

      const exported = await runOkr(['-C', source, 'export', '--cycle', '2026-Q4']);
      // A NUL cannot be carried by a CSV text cell (a JSON cell escapes it): export says so.
      if (textCells(unit).some((text) => text.includes('\0'))) {
        expect(exported.code).toBe(2);
        expect(exported.stderr).toContain('holds a NUL character');
        outcomes.refused++;
        return;
      }
      expect(exported.code, exported.stderr).toBe(0);
      const target = tempRepo({ 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/.keep': '', 'in.csv': exported.stdout });
      const imported = await runOkr(['-C', target, 'import', join(target, 'in.csv'), '--write', '--cycle', '2026-Q4']);
      expect(imported.code, imported.stderr).toBe(0);
      expect(loadUnit(target)).toEqual(loadUnit(source));
      outcomes.roundTrips++;
    }), runsFor(40, 3));
    // A property that only ever saw refusals would prove nothing.
    expect(outcomes.roundTrips).toBeGreaterThan(outcomes.refused);
  });
});
