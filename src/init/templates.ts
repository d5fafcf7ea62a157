// The text of the files `okr init` writes. Templates rather than stringified objects, because
// the comments are the point: a new OKR repository explains itself to whoever opens it.

import type { CycleDoc } from '../model.js';
import { VERSION } from '../version.js';
import type { Identity } from './identity.js';
import { modeline, yamlString } from './yaml-text.js';

export interface ScaffoldInput {
  organization: string;
  cycle: Required<CycleDoc>;
  /** Who runs init: the company's lead and the first entry of the people registry. */
  person: Identity | null;
}

/** A placeholder lead when git does not know who is running init (no registry: it resolves). */
export const NO_PERSON = 'me';

export function configYaml({ organization, cycle, person }: ScaffoldInput): string {
  const people = person
    ? [
      '# Everyone who leads or contributes. While this registry exists, every person named in a unit',
      '# file must be in it. Reports and reminders use name and email; `github` maps people to accounts.',
      'people:',
      `  ${person.id}: { name: ${yamlString(person.name, true)}${person.email ? `, email: ${yamlString(person.email, true)}` : ''} }`,
      '  # bob: { name: Bob Stone, email: bob@example.com, github: bobstone }',
    ]
    : [
      '# Everyone who leads or contributes. Once this registry exists, every person named in a unit',
      '# file must be in it (`okr validate` checks). Reports and reminders use name and email.',
      '# people:',
      '#   alice: { name: Alice Ng, email: alice@example.com, github: alice-ng }',
    ];
  const owner = person?.id ?? 'alice';
  return [
    modeline('config', 'okr.config.yaml'),
    '#',
    '# The OKR program: its cycles, people and settings. OKRs live in okrs/<cycle>/, one file per',
    '# unit (the company, a department, a team or a person). `okr validate` checks everything;',
    '# your editor completes and explains every key (the schema is in .okr/schemas/).',
    'version: 1',
    `organization: ${yamlString(organization)}`,
    'okrsDir: okrs',
    '',
    'cycles:',
    `  - id: ${cycle.id}`,
    `    start: ${cycle.start}`,
    `    end: ${cycle.end}`,
    commented(`    postBy: ${cycle.postBy}`, 'every unit has posted its OKRs'),
    commented(`    midpoint: ${cycle.midpoint}`, 'the mid-cycle check-in'),
    commented(`    retroBy: ${cycle.retroBy}`, 'learnings published'),
    '',
    ...people,
    '',
    '# Who runs the program (all optional; `okr people` shows them):',
    '# roles:',
    commented(`#   sponsor: ${owner}`, 'executive sponsor'),
    commented(`#   programOwner: ${owner}`, 'runs the OKR program'),
    commented(`#   coordinator: ${owner}`, 'reminders at postBy, midpoint and retroBy'),
    '#   coaches: []',
    '',
    '# themes: [growth, customers, people, excellence, innovation]',
    '',
    '# Scoring, with its defaults:',
    '# scoring:',
    '#   bands: { yellow: 0.4, green: 0.7 }   # red < 0.4 <= yellow < 0.7 <= green',
    '#   aspirationalGoal: 0.7',
    '#   committedGoal: 1.0',
    '#   atRiskMargin: 0.10',
    '#   offTrackMargin: 0.25',
    '',
    'checkins:',
    '  everyDays: 7                         # a key result with no check-in for longer is stale',
    '',
    '# Rule severities, ESLint-style: error | warning | off, or [severity, { options }].',
    '# rules:',
    '#   aligned: error',
    '#   max-objectives: [warning, { max: 5 }]',
    '',
  ].join('\n');
}

export function companyYaml({ organization, cycle, person }: ScaffoldInput): string {
  const lead = person?.id ?? NO_PERSON;
  const leadNote = person ? 'a person id from okr.config.yaml' : 'your person id; add yourself to `people:` in okr.config.yaml';
  return `${modeline('unit', `okrs/${cycle.id}/company.yaml`)}
#
# The company's OKRs for ${cycle.id}: a first draft to replace with your own. Aim for three to
# five objectives with two to five key results each. When they are agreed, set the status to
# committed (before ${cycle.postBy}, the cycle's postBy date); departments and teams then add
# their own files beside this one and align their objectives to these.
${commented(`cycle: ${cycle.id}`, 'must equal the folder name')}
${commented('unit: company', 'must equal the file name')}
name: ${yamlString(organization)}
${commented('level: company', 'company | department | team | individual')}
${commented(`lead: ${lead}`, `the OKR lead: ${leadNote}`)}
${commented('status: draft', 'draft | shared | committed | closed')}
objectives:
  # An objective says what should be true at the end of the cycle, in words that inspire.
  # No numbers here: they belong in the key results.
  - id: O1
    title: New customers get real value from us in their first week
    type: aspirational         # aspirational (aims at 0.7) | committed (must reach 1.0)
    keyResults:
      # A key result is an outcome you can measure, from where you start to where you aim.
      # Record progress with: okr checkin company/O1/KR1 --value 3 --confidence 0.6
      - id: KR1
        title: Cut median time from signup to first value from 5 days to 1 day
${commented(`        lead: ${lead}`, 'one person leads each key result')}
        start: 5
        target: 1              # below start: a number that should go down
        current: 5
        unit: days
      - id: KR2
        title: Raise the share of new customers still active after 30 days from 60% to 80%
        lead: ${lead}
        start: 60
        target: 80
        current: 60
        unit: "%"
      # Other kinds: milestones (a list of steps), done: true|false, type: baseline (measure a
      # number for the first time), min/max (keep a number inside a band). See \`okr schema unit\`.
`;
}

/** A line with its comment in the column the others use. */
function commented(code: string, comment: string, column = 31): string {
  return `${code.padEnd(column - 1)} # ${comment}`;
}

/**
 * Where the okr GitHub Action (action.yml at the top of okr-cli's repository) is published.
 * A placeholder until the repository has its public home: set it there, and tag releases
 * `v<major>` so `@v0` follows the package's major version.
 */
export const ACTION_REPOSITORY = 'okr-cli/okr-cli';

/**
 * The pull-request check: the okr action, which validates (annotations, and only the problems
 * the change introduces) and writes okr diff and okr report to the job summary. `dir` is the OKR
 * root relative to the repository top ('' when they are the same), since GitHub reads workflows
 * only from the top.
 */
export function workflowYaml(dir: string): string {
  const major = VERSION.split('.')[0];
  const where = dir ? `\n        with:\n          working-directory: ${dir}` : '';
  return `# yaml-language-server: $schema=https://json.schemastore.org/github-workflow.json
#
# Checks the OKRs in every pull request: problems appear as annotations on the
# changed lines, the job summary shows what the change does to scores and goals,
# then the status report, and one comment on the pull request (kept up to date)
# says what the change brings and who must review it. The action's inputs: version,
# working-directory, base, mode (new: fail only on problems the change introduces
# | all), report (true | false) and comment (true | false).
name: OKRs
on:
  pull_request:
permissions:
  contents: read
  pull-requests: write           # the pull request comment
jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0           # the whole history: okr compares with the base branch
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - uses: ${ACTION_REPOSITORY}@v${major}${where}
`;
}

export function readme({ organization, cycle }: ScaffoldInput): string {
  return `# OKRs of ${organization}

This repository holds our Objectives and Key Results, one YAML file per unit and cycle,
checked and scored by [okr](https://www.npmjs.com/package/okr-cli) (\`npm install --global okr-cli\`).

\`\`\`
okr.config.yaml          the program: cycles, people, roles, scoring, rules
okrs/${cycle.id}/          one folder per cycle
  company.yaml           one file per unit: company, departments, teams, people
.okr/schemas/            JSON Schemas for editors (refresh: okr schema unit > .okr/schemas/unit.schema.json)
\`\`\`

\`\`\`sh
okr validate                                    # check every file, like a linter
okr tree                                        # the cascade, with scores and pace
okr score                                       # scores of every unit
okr checkin company/O1/KR1 --value 3 --confidence 0.6 --note "What happened"
\`\`\`

Changes go through pull requests; the workflow in \`.github/workflows/okr.yml\` checks them.
`;
}
