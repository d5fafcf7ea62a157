// okr import on input as spreadsheets and people really produce it: Latin-1 bytes are refused
// at their position (never turned into U+FFFD and written), semicolon and tab files parse by
// their header, and the input is bounded before it is parsed.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { csvRows, detectDelimiter, MAX_FIELD_CHARS, parseCsv } from '../../src/text/csv-parse.js';
import { readImportCsv } from '../../src/interchange/import-csv.js';
import { readMarkdownOkrs } from '../../src/interchange/markdown.js';
import { MAX_IMPORT_BYTES } from '../../src/interchange/read-input.js';
import { MINIMAL_CONFIG, tempRepo } from '../helpers/cli.js';
import { expectNoCrash, runOkr } from '../helpers/run-okr.js';

const PLATFORM = `cycle: 2026-Q4
unit: platform
level: company
lead: alice
objectives:
  - id: O1
    title: Make deploys boring
    keyResults:
      - id: KR1
        title: Cut deploy time
        lead: bob
        start: 40
        target: 10
        current: 22
`;

const latin1 = (text: string) => Buffer.from(text, 'latin1');

function repo(files: Record<string, string | Uint8Array> = {}): string {
  return tempRepo({ 'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/platform.yaml': PLATFORM, ...files });
}

const platformText = (dir: string) => readFileSync(join(dir, 'okrs/2026-Q4/platform.yaml'), 'utf8');
const keyResult = (dir: string) => (parse(platformText(dir)) as { objectives: { keyResults: Record<string, unknown>[] }[] }).objectives[0].keyResults[0];

/** Runs import --write expecting a refusal: exit 2, the message, nothing written. */
async function refusedImport(dir: string, args: string[], says: string, stdin?: string | Uint8Array): Promise<void> {
  const result = await runOkr(['import', ...args, '--write'], { cwd: dir, input: stdin });
  expectNoCrash(result);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(says);
  expect(result.stdout).toBe('');
  expect(platformText(dir)).toBe(PLATFORM);
}

describe('encodings', () => {
  it('refuses a Latin-1 CSV at its first bad byte, with the fix, writing nothing', async () => {
    const dir = repo({ 'in.csv': latin1('unit,objective,kr,title\nplatform,O1,KR1,Réduire le temps\n') });
    await refusedImport(dir, ['in.csv'], 'okr: in.csv cannot be imported; nothing written:\nin.csv:2:18: file is not valid UTF-8 (byte 0xe9); save it as "CSV UTF-8" (in Excel: File › Save As › CSV UTF-8) and import that\n');
  });

  it('refuses Latin-1 on standard input too', async () => {
    await refusedImport(repo(), ['-', '--type', 'csv'], '<stdin>:2:18: file is not valid UTF-8 (byte 0xe9)', latin1('unit,objective,kr,title\nplatform,O1,KR1,Réduire le temps\n'));
  });

  it('refuses UTF-16', async () => {
    const dir = repo({ 'in.csv': Buffer.from('\ufeffunit,objective,kr,title\nplatform,O1,KR1,x\n', 'utf16le') });
    await refusedImport(dir, ['in.csv'], 'in.csv:1:1: file is UTF-16');
  });

  it('imports UTF-8 with the byte order mark Excel writes, accents intact', async () => {
    const dir = repo({ 'in.csv': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('unit,objective,kr,title\nplatform,O1,KR1,Réduire le temps\n')]) });
    const result = await runOkr(['import', 'in.csv', '--write'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(keyResult(dir).title).toBe('Réduire le temps');
  });

  it('refuses a Latin-1 markdown document the same way', async () => {
    const dir = repo({ 'okrs.md': latin1('## Objective: Make deploys boring\n- KR: Cut deploy time — Owner: bob\n- KR: Réduire\n') });
    await refusedImport(dir, ['okrs.md', '--unit', 'platform'], 'okrs.md:3:8: file is not valid UTF-8 (byte 0xe9); save it as UTF-8 and import that');
  });
});

describe('delimiters', () => {
  it('imports a semicolon CSV (Excel in many locales), decimal commas included', async () => {
    const csv = '\ufeffunit;objective;kr;title;current;confidence\r\nplatform;O1;KR1;"Cut deploy time; then more";18,5;0,6\r\n';
    const dir = repo({ 'in.csv': csv });
    const result = await runOkr(['import', 'in.csv', '--write'], { cwd: dir });
    expectNoCrash(result);
    expect(result.code).toBe(0);
    expect(keyResult(dir)).toMatchObject({ title: 'Cut deploy time; then more', current: 18.5, confidence: 0.6 });
  });

  it('imports a tab-separated file', async () => {
    const dir = repo({ 'in.csv': 'unit\tobjective\tkr\tcurrent\nplatform\tO1\tKR1\t20\n' });
    expect((await runOkr(['import', 'in.csv', '--write'], { cwd: dir })).code).toBe(0);
    expect(keyResult(dir).current).toBe(20);
  });

  it('reads decimal commas only in semicolon files, and only as a decimal', () => {
    const comma = () => readImportCsv('unit,objective,kr,current\nplatform,O1,KR1,"18,5"\n', 'in.csv', '2026-Q4');
    expect(comma).toThrow("current: '18,5' is not a number");
    const thousands = () => readImportCsv('unit;objective;kr;current\nplatform;O1;KR1;1.000,5\n', 'in.csv', '2026-Q4');
    expect(thousands).toThrow("current: '1.000,5' is not a number");
  });

  it('tells the delimiter by the known column names of the header', () => {
    const known = (name: string) => ['unit', 'objective', 'kr', 'title'].includes(name);
    expect(detectDelimiter('unit,objective;kr\n', known)).toBe(',');
    expect(detectDelimiter('unit;objective;kr,x\n', known)).toBe(';');
    expect(detectDelimiter('"unit"\t"kr"\n', known)).toBe('\t');
    expect(detectDelimiter('\ufeffunit;title', known)).toBe(';');
    expect(detectDelimiter('nothing known here', known)).toBe(',');
  });
});

describe('size limits', () => {
  it(`refuses a file over ${MAX_IMPORT_BYTES / 1024 / 1024} MB before reading it`, async () => {
    const dir = repo({ 'in.csv': `unit,title\nplatform,"${'x'.repeat(MAX_IMPORT_BYTES)}"\n` });
    await refusedImport(dir, ['in.csv'], 'in.csv:1:1: the input is 10 MB, larger than the 10 MB an import may be');
  });

  it('refuses standard input over the limit while reading it', async () => {
    await refusedImport(repo(), ['-', '--type', 'md', '--unit', 'platform'], '<stdin>:1:1: the input is more than 10 MB, larger than the 10 MB an import may be', 'x'.repeat(MAX_IMPORT_BYTES + 1));
  });

  it('refuses a field over 64 KB at its position', async () => {
    const dir = repo({ 'in.csv': `unit,objective,kr,title\nplatform,O1,KR1,"${'x'.repeat(MAX_FIELD_CHARS + 1)}"\n` });
    await refusedImport(dir, ['in.csv'], `in.csv:2:17: a field of ${MAX_FIELD_CHARS + 1} characters, longer than the ${MAX_FIELD_CHARS} a field may be`);
  });

  it('refuses a row of more than 1000 fields, and stops listing after 100 problems', () => {
    expect(() => readImportCsv(`unit\n${','.repeat(5000)}\n`, 'in.csv', '2026-Q4')).toThrow('in.csv:2:1001: a row of more than 1000 fields');
    let message = '';
    try {
      readImportCsv(`unit,objective,kr,current\n${'platform,O1,,x\n'.repeat(500)}`, 'in.csv', '2026-Q4');
    } catch (error) {
      message = (error as Error).message;
    }
    const lines = message.split('\n');
    expect(lines).toHaveLength(101);
    expect(lines.at(-1)).toBe('in.csv:102:1: stopped after 100 problems; fix these and import again');
  });

  it('a 10 MB file of one-byte cells is read a row at a time, to its end', () => {
    const units = readImportCsv(`unit\n${'platform\n'.repeat(1_000_000)}`, 'in.csv', '2026-Q4');
    expect(units).toEqual([{ cycle: '2026-Q4', unit: 'platform', fields: {}, objectives: [] }]);
  });
});

describe('the CSV parser', () => {
  it('slices fields: quotes, doubled quotes, line breaks and delimiters inside quotes', () => {
    const text = '\ufeffa;"b ""quoted""";"multi\nline"\r\n"";x;"semi;colon"\n\n';
    expect(parseCsv(text, { delimiter: ';' })).toEqual([
      [{ value: 'a', line: 1, column: 1 }, { value: 'b "quoted"', line: 1, column: 3 }, { value: 'multi\nline', line: 1, column: 18 }],
      [{ value: '', line: 3, column: 1 }, { value: 'x', line: 3, column: 4 }, { value: 'semi;colon', line: 3, column: 6 }],
    ]);
  });

  it('gives rows one at a time, failing only when the parse reaches a problem', () => {
    const rows = csvRows('a,b\nc,d\ne,"f\n');
    expect(rows.next().value.map((c: { value: string }) => c.value)).toEqual(['a', 'b']);
    expect(rows.next().value.map((c: { value: string }) => c.value)).toEqual(['c', 'd']);
    expect(() => rows.next()).toThrow('line 3, column 3: a quoted field is never closed');
  });

  it('keeps a field of doubled quotes up to the limit whole', () => {
    const quotes = '"'.repeat(MAX_FIELD_CHARS / 2);
    const [[cell]] = parseCsv(`"${quotes.replace(/"/g, '""')}"`);
    expect(cell.value).toBe(quotes);
  });

  it('reports a quote in an unquoted field, and text after a closing quote, where they are', () => {
    expect(() => parseCsv('ab,c"d\n')).toThrow('line 1, column 5: a quote inside an unquoted field');
    expect(() => parseCsv('x\n"ab"c\n')).toThrow('line 2, column 5: text after a closing quote');
  });
});

describe('markdown input', () => {
  it('reads a line of a million spaces as the text it is (the patterns are linear)', () => {
    const [objective] = readMarkdownOkrs(`## Objective: Grow\n- KR: Reach${' '.repeat(1_000_000)}ten => 0.5\n- o${' '.repeat(1_000_000)}x\n`, 'okrs.md');
    expect(objective.keyResults.map((kr) => [kr.title.replace(/ +/, ' '), kr.grade])).toEqual([['Reach ten', 0.5], ['o x', undefined]]);
  });

  it('still reads owners and grades at the end of a key result', () => {
    const [objective] = readMarkdownOkrs('## O1: Grow\n- KR: Reach ten — Owner: bob => 70%\n- KR: Keep churn (owner: carol)\n- Owner: dan: Ship it\n', 'okrs.md');
    expect(objective.keyResults).toEqual([
      { title: 'Reach ten', owner: 'bob', grade: 0.7, line: 2 },
      { title: 'Keep churn', owner: 'carol', line: 3 },
      { title: 'Ship it', owner: 'dan', line: 4 },
    ]);
  });
});
