// The repository okr new's tests edit: a company, a department and a team whose file holds
// comments, blank lines and both YAML styles, which every edit must leave as they are.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { tempRepo } from '../helpers/cli.js';

export const CONFIG = `version: 1
organization: Test Co
cycles:
  - id: 2026-Q4
    start: 2026-10-01
    end: 2026-12-31
people:
  ann: { name: Ann Lee }
  bob: { name: Bob Hart }
  carol: { name: Carol Diaz }
`;

export const COMPANY = `cycle: 2026-Q4
unit: company
level: company
lead: ann
objectives:
  - id: O1
    title: Delight our customers
    keyResults:
      - { id: KR1, title: Raise NPS from 20 to 40, lead: ann, start: 20, target: 40 }
      - { id: KR2, title: Cut churn from 5% to 3%, lead: ann, start: 5, target: 3 }
`;

export const ENGINEERING = `cycle: 2026-Q4
unit: engineering
level: department
parent: company
lead: bob
objectives:
  - id: O1
    title: Make the product dependable
    alignsTo: [company/O1]
    keyResults:
      - { id: KR1, title: Cut Sev-1 incidents from 6 to 2, lead: bob, start: 6, target: 2 }
      - { id: KR2, title: Raise test coverage from 40% to 70%, lead: bob, start: 40, target: 70 }
`;

// Comments, blank lines, flow and block styles, and a list after the objectives: all of it
// must come through an edit untouched.
export const PLATFORM = `# yaml-language-server: $schema=../../schemas/unit.schema.json
# Platform's OKRs. Keep this comment.
cycle: 2026-Q4
unit: platform
name: Platform Engineering   # the display name
level: team
parent: engineering
lead: carol
objectives:
  # Our one objective so far.
  - id: O1
    title: Make deploys boring   # short and qualitative
    alignsTo: [engineering/O1]

    keyResults:
      - id: KR1
        title: Cut deploy time from 40 to 10 minutes
        lead: bob      # owns the pipeline
        start: 40
        target: 10
      - { id: KR2, title: Blue/green for every service, lead: carol, type: binary }
healthMetrics:
  - { id: H1, title: Uptime, current: 99.95, min: 99.9 }   # watched, not scored
`;

export function repo(files: Record<string, string> = {}) {
  return tempRepo({
    'okr.config.yaml': CONFIG,
    'okrs/2026-Q4/company.yaml': COMPANY,
    'okrs/2026-Q4/engineering.yaml': ENGINEERING,
    'okrs/2026-Q4/platform.yaml': PLATFORM,
    ...files,
  });
}

export const read = (dir: string, file = 'okrs/2026-Q4/platform.yaml') => readFileSync(join(dir, file), 'utf8');

/**
 * What an edit inserted, after checking that every byte outside it is unchanged: the
 * longest common prefix and suffix leave the inserted text, and nothing of the old one.
 */
export function inserted(before: string, after: string): string {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  // Whole lines are inserted: back up to the start of the line where they differ.
  start = before.lastIndexOf('\n', start - 1) + 1;
  let end = 0;
  while (end < before.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  expect(before.length - start - end, 'bytes of the old text changed').toBe(0);
  return after.slice(start, after.length - end);
}
