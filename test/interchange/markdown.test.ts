// Markdown OKR documents: headings or nested lists, owners before or after the title, grades
// as fractions or percentages, and clear refusals with positions.

import { describe, expect, it } from 'vitest';
import { NotAnOkrDocument, readMarkdownOkrs } from '../../src/interchange/markdown.js';
import { InputError } from '../../src/interchange/wanted.js';

describe('readMarkdownOkrs', () => {
  it('reads objective headings with KR items, owner suffixes and grades', () => {
    const doc = '# Platform OKRs Q4\n\nWhat we want this quarter.\n\n## Objective: Make deploys boring\n'
      + '- KR: Cut deploy time from 40 to 10 minutes — Owner: bob => 0.7\n- KR2: Blue/green everywhere (Owner: carol) => 70%\n- No Sev-1 from deploys\n';
    expect(readMarkdownOkrs(doc, 'okrs.md')).toEqual([{
      title: 'Make deploys boring', line: 5, keyResults: [
        { title: 'Cut deploy time from 40 to 10 minutes', owner: 'bob', grade: 0.7, line: 6 },
        { title: 'Blue/green everywhere', owner: 'carol', grade: 0.7, line: 7 },
        { title: 'No Sev-1 from deploys', line: 8 },
      ],
    }]);
  });

  it('reads nested lists with Owner: prefixes', () => {
    const doc = '- O: Make deploys boring\n  - KR Owner: bob — Cut deploy time => 0.4\n  - Roll back in 5 minutes\n- O2: Hire well\n  - Owner: dana: Hire 3 engineers => 100%\n';
    expect(readMarkdownOkrs(doc, 'okrs.md')).toEqual([
      { title: 'Make deploys boring', line: 1, keyResults: [
        { title: 'Cut deploy time', owner: 'bob', grade: 0.4, line: 2 },
        { title: 'Roll back in 5 minutes', line: 3 },
      ] },
      { title: 'Hire well', line: 4, keyResults: [{ title: 'Hire 3 engineers', owner: 'dana', grade: 1, line: 5 }] },
    ]);
  });

  it('says a document with no objective is not an OKR document, quoting its first line', () => {
    expect(() => readMarkdownOkrs('# Shopping list\n- milk\n', 'list.md')).toThrow(NotAnOkrDocument);
    expect(() => readMarkdownOkrs('# Shopping list\n- milk\n', 'list.md')).toThrow("line 1: '# Shopping list'");
  });

  it('reports lines inside the document that are neither objective nor key result, and bad grades, with positions', () => {
    let error: unknown;
    try {
      readMarkdownOkrs('## Objective: A\n- KR: B => 7\nsome prose\n', 'okrs.md');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems).toEqual([
      { line: 2, column: 9, message: "'=> 7' is not a grade; write => 0.7 or => 70% (0 to 1, or 0% to 100%)" },
      { line: 3, column: 1, message: expect.stringMatching(/^not an objective or a key result: 'some prose'/) },
    ]);
  });
});
