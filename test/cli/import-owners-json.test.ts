// --format json on okr import and okr owners: what was (or would be) written, as data on
// stdout, with the messages on stderr; and a markdown document with one owner and alignments,
// imported for real.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MINIMAL_CONFIG, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { BOB, gitRepo } from '../helpers/git.js';

const CONFIG = `${MINIMAL_CONFIG}people:
  alice: { name: Alice Ng, email: alice@acme.example, github: alice-ng }
  omar: { name: Omar Haddad, email: omar@acme.example, github: ohaddad }
  lena: { name: Lena Fischer, email: lena@acme.example }
roles:
  programOwner: alice
`;

const COMPANY = `cycle: 2026-Q4
unit: company
level: company
lead: alice
objectives:
  - id: O1
    title: Customers love the product
    keyResults:
      - { id: KR1, title: NPS from 20 to 40, lead: alice, start: 20, target: 40 }
`;

const MOBILE = `cycle: 2026-Q4
unit: mobile
level: team
parent: company
lead: omar
objectives: []
`;

const DOCUMENT = `# Mobile OKRs, Q4
Lead: omar

## Objective: Make the app feel instant
Aligns to: company/O1
1. Cut cold start from 4 to 1.5 seconds
2. Crash-free sessions from 99.2 to 99.8 — Owner: lena
`;

const files = { 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/company.yaml': COMPANY, 'okrs/2026-Q4/mobile.yaml': MOBILE, 'okrs.md': DOCUMENT };

describe('okr import --format json', () => {
  it('a dry run: the files and their changes on stdout, written false, the message on stderr', async () => {
    const dir = tempRepo(files);
    const result = await runOkr(['-C', dir, 'import', 'okrs.md', '--unit', 'mobile', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      cycle: '2026-Q4', source: 'okrs.md', written: false, refused: [],
      files: [{ file: 'okrs/2026-Q4/mobile.yaml', created: false, changes: [
        '+ objective O1: Make the app feel instant',
        '+ key result O1/KR1: Cut cold start from 4 to 1.5 seconds',
        '+ key result O1/KR2: Crash-free sessions from 99.2 to 99.8',
      ] }],
    });
    expect(result.stderr).toContain('dry run: 1 file(s) would be written');
    expect(readFileSync(join(dir, 'okrs/2026-Q4/mobile.yaml'), 'utf8')).toBe(MOBILE);
  });

  it('--write: written true, and the unit holds the document lead, the owner of one key result and the alignment', async () => {
    const dir = tempRepo(files);
    const result = await runOkr(['-C', dir, 'import', 'okrs.md', '--unit', 'mobile', '--write', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ written: true, files: [{ file: 'okrs/2026-Q4/mobile.yaml' }] });
    expect(result.stderr).not.toContain('✔');
    const doc = parse(readFileSync(join(dir, 'okrs/2026-Q4/mobile.yaml'), 'utf8'));
    expect(doc.objectives).toEqual([{ id: 'O1', title: 'Make the app feel instant', alignsTo: ['company/O1'], keyResults: [
      { id: 'KR1', title: 'Cut cold start from 4 to 1.5 seconds', lead: 'omar', start: 4, target: 1.5 },
      { id: 'KR2', title: 'Crash-free sessions from 99.2 to 99.8', lead: 'lena', start: 99.2, target: 99.8 },
    ] }]);
    expect((await runOkr(['-C', dir, 'validate', '-q'])).code).toBe(0);
  });

  it('a refusal: the errors in the JSON, exit 1, nothing written', async () => {
    const dir = tempRepo({ ...files, 'okrs.md': DOCUMENT.replace('company/O1', 'company/O9') });
    const result = await runOkr(['-C', dir, 'import', 'okrs.md', '--unit', 'mobile', '--write', '--format', 'json']);
    expect(result.code).toBe(1);
    const data = JSON.parse(result.stdout);
    expect(data).toMatchObject({ written: false, files: [] });
    expect(data.refused.map((d: { rule: string }) => d.rule)).toContain('ref-resolves');
    expect(result.stderr).toContain('import refused, nothing was written');
    expect(readFileSync(join(dir, 'okrs/2026-Q4/mobile.yaml'), 'utf8')).toBe(MOBILE);
  });
});

describe('okr owners --format json', () => {
  const repository = () => gitRepo([{ files: { 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/company.yaml': COMPANY, 'okrs/2026-Q4/mobile.yaml': MOBILE }, message: 'Post', date: '2026-10-05', author: BOB }]);
  const RULES = [
    { pattern: '/okr.config.yaml', owner: '@alice-ng', person: 'alice' },
    { pattern: '/okrs/2026-Q4/company.yaml', owner: '@alice-ng', person: 'alice' },
    { pattern: '/okrs/2026-Q4/mobile.yaml', owner: '@ohaddad', person: 'omar' },
  ];

  it('prints the rules and the section; --check says whether it is in step, with the differences; --write whether it wrote', async () => {
    const dir = repository();
    const printed = await runOkr(['-C', dir, 'owners', '--format', 'json']);
    expect(printed.code).toBe(0);
    const print = JSON.parse(printed.stdout);
    expect(print).toMatchObject({ mode: 'print', rules: RULES, problems: [] });
    expect(print.section).toContain('/okrs/2026-Q4/mobile.yaml  @ohaddad\n');

    const missing = await runOkr(['-C', dir, 'owners', '--check', '--format', 'json']);
    expect(missing.code).toBe(1);
    const check = JSON.parse(missing.stdout);
    expect(check).toMatchObject({ mode: 'check', file: '.github/CODEOWNERS', inStep: false });
    expect(check.differences[0].message).toContain('.github/CODEOWNERS does not exist; run okr owners --write');

    const wrote = await runOkr(['-C', dir, 'owners', '--write', '--format', 'json']);
    expect(wrote.code).toBe(0);
    expect(JSON.parse(wrote.stdout)).toEqual({ mode: 'write', file: '.github/CODEOWNERS', rules: RULES, written: true, problems: [] });
    expect(wrote.stderr).toBe('');
    const again = await runOkr(['-C', dir, 'owners', '--write', '--format', 'json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ written: false });
    const inStep = await runOkr(['-C', dir, 'owners', '--check', '--format', 'json']);
    expect(inStep.code).toBe(0);
    expect(JSON.parse(inStep.stdout)).toMatchObject({ inStep: true, differences: [] });
  });
});
