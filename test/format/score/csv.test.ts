import { describe, expect, it } from 'vitest';
import { formatScoreCsv } from '../../../src/format/score/csv.js';
import { scoreView } from '../fixtures.js';
import { PIPE, TERMINAL } from '../expect-output.js';

describe('okr score, csv', () => {
  it('writes one row per unit, objective and key result, data as it is for a pipe', async () => {
    const view = await scoreView();
    const csv = formatScoreCsv(view, PIPE);
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe('ref,kind,title,type,score,manual_score,grade,status,confidence,lead,flags,note,computed_score,confidence_trend,latest_note_date,latest_note');
    const items = view.units.reduce((n, u) => n + 1 + u.objectives.reduce((m, o) => m + 1 + o.keyResults.length, 0), 0);
    expect(rows).toHaveLength(1 + items);
    expect(csv).toContain('platform/O1,objective,Deploys | @everyone <img src=x onerror=alert(1)> \x1b[2J `done`,aspirational,');
  });

  it('shows the control characters on a terminal, where a person reads it', async () => {
    const csv = formatScoreCsv(await scoreView(), TERMINAL);
    expect(csv).not.toContain('\x1b');
    expect(csv).toContain('␛[2J');
  });
});
