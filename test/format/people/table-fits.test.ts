// okr people at the terminal's width: prose wrapped at spaces, the table cut to fit.

import { describe, expect, it } from 'vitest';
import { formatPeopleTable } from '../../../src/format/people/table.js';
import { PLAIN } from '../../../src/terminal/medium.js';
import { displayWidth } from '../../../src/text/display-width.js';
import { peopleReport } from '../fixtures.js';

describe('okr people, table at the terminal\'s width', () => {
  it('keeps every line within the width, wrapping the roles and cutting the table', async () => {
    const report = await peopleReport();
    for (const columns of [80, 120]) {
      const text = formatPeopleTable(report, { paint: PLAIN, tty: false, columns });
      expect(Math.max(...text.trimEnd().split('\n').map(displayWidth)), `${columns}`).toBeLessThanOrEqual(columns);
    }
    const narrow = formatPeopleTable(report, { paint: PLAIN, tty: false, columns: 80 });
    expect(narrow).toMatch(/^Roles: sponsor .*\n {2}\S/m);
    expect(narrow).toMatch(/│ Person │ Name +│ OKR lead of +│ KRs │ Contrib\. │ Member │/);
  });
});
