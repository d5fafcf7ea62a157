// Every command's --format choices, as the command line declares them, are exactly the keys of
// that command's formats, and each format loads a formatter: a format cannot be offered that
// nothing renders, or rendered that nobody can choose.

import { describe, expect, it } from 'vitest';
import type { Formats } from '../../src/format/formatter.js';
import { AUDIT_FORMATS } from '../../src/format/audit/index.js';
import { CHECKIN_FORMATS } from '../../src/format/checkin/index.js';
import { IMPORT_FORMATS } from '../../src/format/import/index.js';
import { OWNERS_FORMATS } from '../../src/format/owners/index.js';
import { DIFF_FORMATS } from '../../src/format/diff/index.js';
import { HISTORY_FORMATS } from '../../src/format/history/index.js';
import { PEOPLE_FORMATS } from '../../src/format/people/index.js';
import { REMIND_FORMATS } from '../../src/format/remind/index.js';
import { REPORT_FORMATS } from '../../src/format/report/index.js';
import { RETRO_FORMATS } from '../../src/format/retro/index.js';
import { REVIEWERS_FORMATS } from '../../src/format/reviewers/index.js';
import { SCORE_FORMATS } from '../../src/format/score/index.js';
import { SYNC_FORMATS } from '../../src/format/sync/index.js';
import { TREE_FORMATS } from '../../src/format/tree/index.js';
import { VALIDATE_FORMATS } from '../../src/format/validate/index.js';
import { declareProgram } from '../../src/program/declare.js';

const REGISTRIES: Record<string, Formats<string, never>> = {
  validate: VALIDATE_FORMATS, tree: TREE_FORMATS, score: SCORE_FORMATS, history: HISTORY_FORMATS, diff: DIFF_FORMATS,
  report: REPORT_FORMATS, remind: REMIND_FORMATS, retro: RETRO_FORMATS, people: PEOPLE_FORMATS, reviewers: REVIEWERS_FORMATS, audit: AUDIT_FORMATS,
  checkin: CHECKIN_FORMATS, import: IMPORT_FORMATS, owners: OWNERS_FORMATS, sync: SYNC_FORMATS,
};

describe('the format registries', () => {
  it('offer exactly the formats each command declares, every one loading a formatter', async () => {
    const program = await declareProgram();
    const declared = program.commands.flatMap((command) => {
      const option = command.options.find((o) => o.long === '--format');
      return option ? [[command.name(), [...option.argChoices!].sort()] as const] : [];
    });
    expect(declared.map(([name]) => name).sort()).toEqual(Object.keys(REGISTRIES).sort());
    for (const [name, choices] of declared) {
      expect(Object.keys(REGISTRIES[name]).sort(), name).toEqual(choices);
      for (const load of Object.values(REGISTRIES[name])) expect(typeof await load()).toBe('function');
    }
  });
});
