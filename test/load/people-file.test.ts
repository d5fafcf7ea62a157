// `people:` may name a YAML or CSV file holding the registry (SPEC 11): checked like the
// config, every problem at its line and column, as large as the company.

import { describe, expect, it } from 'vitest';
import { hasStackTrace, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';

const config = (people: string) => `version: 1
organization: Big Co
people: ${people}
cycles:
  - { id: 2026-Q4, start: 2026-10-01, end: 2026-12-31 }
`;

const company = `cycle: 2026-Q4
unit: company
level: company
lead: p39999
objectives:
  - id: O1
    title: Grow
    keyResults:
      - { id: KR1, title: Revenue from 1 to 2, lead: p1, start: 1, target: 2 }
      - { id: KR2, title: Customers from 1 to 2, lead: p2, start: 1, target: 2 }
`;

function people(count: number): string {
  let csv = 'id,name,email,github\r\n';
  for (let i = 0; i < count; i++) csv += `p${i},Person ${i},p${i}@big.example,person-${i}\r\n`;
  return csv;
}

async function validate(files: Record<string, string>) {
  const dir = tempRepo(files);
  const result = await runOkr(['-C', dir, 'validate', '--format', 'json']);
  expect(hasStackTrace(result.stderr)).toBe(false);
  expect(result.stderr).not.toMatch(/internal error/);
  return { ...result, json: result.stdout ? JSON.parse(result.stdout) : undefined };
}

describe('a people file', () => {
  it('holds a company of 40,000 people as CSV', async () => {
    const csv = people(40_000);
    expect(csv.length).toBeGreaterThan(2_000_000);
    const result = await validate({ 'okr.config.yaml': config('people.csv'), 'people.csv': csv, 'okrs/2026-Q4/company.yaml': company });
    expect(result.code).toBe(0);
    expect(result.json.summary.errors).toBe(0);
  });

  it('resolves person references against the file', async () => {
    const result = await validate({ 'okr.config.yaml': config('people.csv'), 'people.csv': people(3), 'okrs/2026-Q4/company.yaml': company });
    expect(result.code).toBe(1);
    expect(result.json.diagnostics).toEqual([expect.objectContaining({ rule: 'ref-resolves', line: 4, message: expect.stringContaining("'p39999'") })]);
  });

  it('may be YAML, holding the map `people:` would', async () => {
    const yaml = 'p1: { name: One, email: one@big.example }\np2: { name: Two }\np39999: { name: Last }\n';
    expect((await validate({ 'okr.config.yaml': config('hr/people.yaml'), 'hr/people.yaml': yaml, 'okrs/2026-Q4/company.yaml': company })).code).toBe(0);
  });

  it('reports a bad value in a YAML file at its position', async () => {
    const yaml = 'p1: { name: One }\np2: { name: Two, email: not-an-email }\n';
    const result = await validate({ 'okr.config.yaml': config('people.yaml'), 'people.yaml': yaml, 'okrs/2026-Q4/company.yaml': company });
    expect(result.code).toBe(2);
  });

  it.each([
    ['a bad email, at its cell', 'id,name,email\np1,One,one@big.example\np2,Two,not-an-email\n', 3, 8, /email/],
    ['an unknown column, with a suggestion', 'id,name,mail\np1,One,x@y.example\n', 1, 9, /unknown column 'mail' \(did you mean 'email'\?\)/i],
    ['a missing id column', 'name,email\nOne,x@y.example\n', 1, 1, /no 'id' column/i],
    ['a duplicate id, at the second row', 'id,name\np1,One\np1,Uno\n', 3, 1, /duplicate id 'p1': it is already on line 2/i],
    ['an id that is no slug', 'id,name\nP One,One\n', 2, 1, /id|key/i],
    ['a row longer than the header', 'id,name\np1,One,extra\n', 2, 8, /more than the 2 columns/],
    ['a quote left open', 'id,name\np1,"One\n', 2, 4, /never closed/],
  ])('reports %s', async (_name, csv, line, column, message) => {
    const dir = tempRepo({ 'okr.config.yaml': config('people.csv'), 'people.csv': csv, 'okrs/2026-Q4/company.yaml': company });
    const result = await runOkr(['-C', dir, 'validate']);
    expect(result.code).toBe(2);
    expect(hasStackTrace(result.stderr)).toBe(false);
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toContain('people.csv');
    expect(output).toMatch(new RegExp(`^\\s+${line}:${column}\\s+error`, 'm'));
    expect(output).toMatch(message);
  });

  it.each([
    ['outside the repository', '../people.csv', /outside the repository/],
    ['missing', 'nobody.csv', /does not exist/],
    ['of another kind', 'people.txt', /people/],
  ])('refuses a path %s, at people: in the config', async (_name, path, message) => {
    const dir = tempRepo({ 'okr.config.yaml': config(path), 'okrs/2026-Q4/company.yaml': company });
    const result = await runOkr(['-C', dir, 'validate']);
    expect(result.code).toBe(2);
    expect(`${result.stdout}${result.stderr}`).toMatch(/okr\.config\.yaml/);
    expect(`${result.stdout}${result.stderr}`).toMatch(message);
  });
});
