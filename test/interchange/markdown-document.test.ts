// Markdown OKR documents as teams write them for one owner: a document lead (`Lead: id`),
// `Aligns to:` under an objective, numbered lists as key results; and how they become one
// unit's wanted values.

import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readMarkdownDocument, readMarkdownOkrs } from '../../src/interchange/markdown.js';
import { markdownToWanted } from '../../src/interchange/markdown-unit.js';
import { InputError, type InputProblem } from '../../src/interchange/wanted.js';
import type { UnitDoc } from '../../src/model.js';

function problems(text: string): InputProblem[] {
  try {
    readMarkdownDocument(text, 'okrs.md');
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  return [];
}

describe('readMarkdownDocument', () => {
  it('reads a document lead, what each objective aligns to, and numbered key results', () => {
    const doc = [
      '---', 'lead: omar', '---', '# Mobile OKRs', '',
      '## Objective: Make the app feel instant', 'Aligns to: engineering/O1, company/O1/KR2',
      '1. Cut cold start from 4 to 1.5 seconds', '2) Crash-free sessions to 99.8% — Owner: lena => 60%', '',
      '## O2: Ship offline mode', '**Aligns to:** product/O1', '- Offline reading',
    ].join('\n');
    expect(readMarkdownDocument(doc, 'okrs.md')).toEqual({
      lead: 'omar',
      objectives: [
        { title: 'Make the app feel instant', line: 6, alignsTo: ['engineering/O1', 'company/O1/KR2'], keyResults: [
          { title: 'Cut cold start from 4 to 1.5 seconds', line: 8 },
          { title: 'Crash-free sessions to 99.8%', owner: 'lena', grade: 0.6, line: 9 },
        ] },
        { title: 'Ship offline mode', line: 11, alignsTo: ['product/O1'], keyResults: [{ title: 'Offline reading', line: 13 }] },
      ],
    });
  });

  it('reads them in nested and numbered lists too, and a plain Lead: line', () => {
    const doc = 'Lead: @alice\n\n1. O: Make deploys boring\n   - Aligns to: engineering/O2\n   1. Cut deploy time\n   2. Roll back in minutes\n';
    const read = readMarkdownDocument(doc, 'okrs.md');
    expect(read.lead).toBe('alice');
    expect(read.objectives).toEqual([{ title: 'Make deploys boring', line: 3, alignsTo: ['engineering/O2'], keyResults: [
      { title: 'Cut deploy time', line: 5 }, { title: 'Roll back in minutes', line: 6 },
    ] }]);
    expect(readMarkdownOkrs(doc, 'okrs.md')).toEqual(read.objectives);
  });

  it('refuses an Aligns to: with no objective or no reference, and two document leads, with positions', () => {
    expect(problems('Aligns to: company/O1\n## Objective: A\n- B\n')).toEqual([
      { line: 1, column: 1, message: "'Aligns to:' belongs under an objective: put it on the line after the objective's" },
    ]);
    expect(problems('## Objective: A\nAligns to: the company goals\n- B\n')).toEqual([
      { line: 2, column: 1, message: "'the' is not a reference after 'Aligns to:'; write objectives or key results of other units, like company/O1, engineering/O2/KR1" },
    ]);
    expect(problems('## Objective: A\n- Aligns to:\n- B\n')[0].message).toMatch(/^no reference after 'Aligns to:'/);
    expect(problems('Lead: alice\nOwner: bob\n## Objective: A\n- B\n')).toEqual([
      { line: 2, column: 1, message: "a second document lead 'bob' (line 1 says 'alice'); name one, and give other key results 'Owner: id'" },
    ]);
  });
});

const FILE = `cycle: 2026-Q4
unit: mobile
level: team
lead: omar
objectives:
  - id: O1
    title: Make the app feel instant
    alignsTo: [engineering/O1]
    keyResults:
      - { id: KR1, title: Cut cold start, lead: lena }
      - { id: KR2, title: Smaller downloads }
`;

describe('markdownToWanted with a document lead and alignments', () => {
  it('gives the document lead to key results naming no owner unless the file names one, and adds alignments', () => {
    const wanted = markdownToWanted(parse(FILE) as UnitDoc, [
      { title: 'Make the app feel instant', line: 1, alignsTo: ['engineering/O1', 'company/O1'], keyResults: [
        { title: 'Cut cold start', line: 2 },
        { title: 'Smaller downloads', line: 3 },
        { title: 'Crash-free sessions', owner: 'lena', line: 4 },
        { title: 'Dark mode', line: 5 },
      ] },
      { title: 'Ship offline mode', line: 6, alignsTo: ['product/O1'], keyResults: [] },
    ], 'omar');
    expect(wanted.objectives).toEqual([
      { id: 'O1', fields: { alignsTo: ['engineering/O1', 'company/O1'] }, keyResults: [
        { id: 'KR1', fields: {} },
        { id: 'KR2', fields: { lead: 'omar' } },
        { id: 'KR3', fields: { title: 'Crash-free sessions', lead: 'lena' } },
        { id: 'KR4', fields: { title: 'Dark mode', lead: 'omar' } },
      ] },
      { id: 'O2', fields: { title: 'Ship offline mode', alignsTo: ['product/O1'] }, keyResults: [] },
    ]);
  });
});
