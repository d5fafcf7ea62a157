// Reading CSV for okr import: rows grouped by unit, objective and KR; every bad cell refused
// with its row and column, all of them at once.

import { describe, expect, it } from 'vitest';
import { readImportCsv } from '../../src/interchange/import-csv.js';
import { InputError } from '../../src/interchange/wanted.js';

const HEADER = 'unit,level,objective,objective_title,kr,title,lead,start,target,current,milestones,done,aligns_to\n';

function problems(text: string) {
  try {
    readImportCsv(text, 'in.csv', '2026-Q4');
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error('expected the CSV to be refused');
}

describe('readImportCsv', () => {
  it('groups rows into units, objectives and key results with typed values', () => {
    const units = readImportCsv(`${HEADER}platform,team,O1,Boring deploys,KR1,Fast deploys,bob,40,10,22,,,eng/O1 company/O2\n`
      + 'platform,,O1,,KR2,Blue/green,carol,,,,"[{""title"":""Design"",""done"":true}]",,\n'
      + 'platform,,O2,Alone,,,,,,,,,\n', 'in.csv', '2026-Q4');
    expect(units).toEqual([{
      cycle: '2026-Q4', unit: 'platform', fields: { level: 'team' },
      objectives: [
        { id: 'O1', fields: { title: 'Boring deploys', alignsTo: ['eng/O1', 'company/O2'] }, keyResults: [
          { id: 'KR1', fields: { title: 'Fast deploys', lead: 'bob', start: 40, target: 10, current: 22 } },
          { id: 'KR2', fields: { title: 'Blue/green', lead: 'carol', milestones: [{ title: 'Design', done: true }] } },
        ] },
        { id: 'O2', fields: { title: 'Alone' }, keyResults: [] },
      ],
    }]);
  });

  it('reports an unclosed quote where the field opens', () => {
    const row = 'platform,team,O1,"Boring,KR1\n';
    expect(problems(HEADER + row)).toEqual([{ line: 2, column: row.indexOf('"') + 1, message: 'a quoted field is never closed' }]);
  });

  it('reports a row with the wrong number of fields', () => {
    expect(problems(`${HEADER}platform,team,O1\n`)[0]).toMatchObject({ line: 2, message: 'the row has 3 fields; the header has 13' });
  });

  it('reports bad numbers, booleans, enums and JSON at their cells, all of them', () => {
    const row = 'platform,teem,O1,T,KR1,T,bob,forty,10,,[oops,maybe,\n';
    const at = (text: string) => row.indexOf(text) + 1;
    expect(problems(HEADER + row)).toEqual([
      { line: 2, column: at('teem'), message: "level: 'teem' is not one of company, department, team, individual" },
      { line: 2, column: at('forty'), message: "start: 'forty' is not a number" },
      { line: 2, column: at('[oops'), message: expect.stringMatching(/^milestones: not valid JSON/) },
      { line: 2, column: at('maybe'), message: "done: 'maybe' is not true or false" },
    ]);
  });

  it('refuses an unknown column in the header', () => {
    expect(problems('unit,colour\nplatform,red\n')).toEqual([{ line: 1, column: 6, message: expect.stringMatching(/^unknown column 'colour'/) }]);
  });

  it('refuses a key result without a unit or an objective', () => {
    expect(problems(`${HEADER},team,O1,T,KR1,T,,,,,,,\nplatform,team,,,KR1,T,,,,,,,\n`)).toEqual([
      { line: 2, column: 1, message: 'every row needs a unit' },
      { line: 3, column: 15, message: 'key result KR1 has no objective' },
    ]);
  });

  it('refuses a unit value that differs between rows of the same unit', () => {
    expect(problems(`${HEADER}platform,team,O1,T,KR1,T,,,,,,,\nplatform,company,O1,T,KR2,T,,,,,,,\n`)).toEqual([
      { line: 3, column: 10, message: "level is 'company' here but different on an earlier row of the same unit" },
    ]);
  });
});
