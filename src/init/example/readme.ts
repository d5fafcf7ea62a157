// The README of a demo repository: what it is, and commands that show its history.

import { STORY } from './story.js';

export function demoReadme(end: string): string {
  return `# Acme Corp OKRs: a demo made by \`okr init --example\`

Acme Corp is a software company of about 45 people with twelve units: the company, four
departments, five teams and two people. 2026-Q3 is closed and scored. The git history
follows ${STORY.cycle} from the first drafts in September to ${end}: units posting their OKRs,
weekly check-ins by the key-result leads, a key result dropped, one added after posting, a
target eased in a pull request, and a number changed by someone who does not own it. Two key
results read their value from a source (\`source:\`, a script over a CSV in \`data/\`): \`okr sync\`
reads them and commits what it finds, and \`.github/workflows/okr-sync.yml\` would do it weekly.

\`\`\`sh
okr validate                                         # clean: no errors, no warnings
okr tree --as-of ${end}                          # the cascade, with scores and pace
okr score --as-of ${end}
okr history company/O3/KR2                           # every change of one key result, with notes
okr history --kind definition --since 2026-10-14      # goals redefined after posting (postBy)
okr diff HEAD~20                                     # what the last twenty commits changed
okr sync --dry-run                                   # read the key results' sources (scripts/, data/)
git log --format='%ad  %<(16)%an %s' --date=short    # the check-ins as git sees them
\`\`\`

The files are the \`examples/acme\` organisation of the okr-cli package; each unit file starts
with a modeline that points your editor at the schema in \`.okr/schemas/\`.
`;
}
