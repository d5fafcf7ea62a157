// The scheduled workflow `okr init` writes beside the pull-request check (SPEC 8): every Monday
// morning, and whenever someone starts it, it runs `okr sync` and pushes the check-in commit.
// The secrets a config's sources read ($NAME) reach okr as environment variables of the step,
// each from the repository secret of the same name; a command source gets them the same way.

import { VERSION } from '../version.js';

/** `dir`: the OKR root relative to the repository's top ('' when they are the same). */
export function syncWorkflowYaml(dir: string): string {
  const major = VERSION.split('.')[0];
  const where = dir ? `\n        working-directory: ${dir}` : '';
  return `# yaml-language-server: $schema=https://json.schemastore.org/github-workflow.json
#
# Reads the values of the key results that name a source (okr.config.yaml \`sources:\`, and
# \`source:\` on a key result) every Monday and on demand, and pushes the one check-in commit
# \`okr sync\` makes. A source that fails keeps its key result's value and turns the run red;
# the values that were read are pushed all the same.
#
# Secrets: every $NAME or \${NAME} in okr.config.yaml is read from the environment. Add each
# one as a repository secret (Settings → Secrets and variables → Actions) and pass it below,
# e.g. WAREHOUSE_URL: \${{ secrets.WAREHOUSE_URL }}. GITHUB_TOKEN serves \`kind: github\`
# sources that search this organisation; a search across organisations needs a token of its own.
name: OKR sync
on:
  schedule:
    - cron: '17 6 * * 1'       # Mondays at 06:17 UTC
  workflow_dispatch:
permissions:
  contents: write              # to push the check-in commit
concurrency:
  group: okr-sync
  cancel-in-progress: false
jobs:
  sync:
    runs-on: ubuntu-latest
    timeout-minutes: 20
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Read the sources and commit their values${where}
        env:
          GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}
          # WAREHOUSE_URL: \${{ secrets.WAREHOUSE_URL }}
          # STATUS_TOKEN: \${{ secrets.STATUS_TOKEN }}
        run: |
          git config user.name "okr sync"
          git config user.email "41898282+github-actions[bot]@users.noreply.github.com"
          npx --yes okr-cli@${major} sync
      - name: Push the check-in
        if: \${{ !cancelled() }}  # also after a failed source: what was read is committed
        run: |
          git pull --rebase --quiet
          git push --quiet
`;
}
