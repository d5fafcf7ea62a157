// The whole command line as commander declares it: every command, its arguments, options and
// help examples, and nothing that runs. src/cli.ts gives each command its action; shell
// completion (src/completion/) reads the same declaration, so nothing is declared twice.

import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { readConfidence } from '../text/confidence.js';
import { VERSION } from '../version.js';

/** What okr is, in one line: the program's description and the package's. */
export const DESCRIPTION = 'OKRs as code: validate, cascade, score and report OKRs kept in a git repository.';

export async function declareProgram(): Promise<Command> {
  const { Command, Option } = await import('commander');
  const program = new Command('okr')
    .description(DESCRIPTION)
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('-C <dir>', 'run as if okr was started in DIR')
    .option('--config <file>', 'use this okr.config.yaml (its folder is the root)')
    .option('--cycle <id>', 'the cycle to work on (default: the one containing today, else the latest)')
    .option('--as-of <date>', 'the date that counts as today (YYYY-MM-DD)')
    .option('--no-color', 'never colour output (NO_COLOR is honoured too)')
    .option('-q, --quiet', 'print only errors and data')
    .option('--debug', 'show stack traces of internal errors')
    .showSuggestionAfterError(true)
    // Every command's --help lists these too, as git's and commander's users expect; commands
    // made below copy the setting.
    .configureHelp({ showGlobalOptions: true })
    .addHelpText('after', examples([
      'okr validate                      check every cycle, like a linter',
      'okr tree                          the cascade of the current cycle, with scores',
      'okr score platform --format md    one unit\'s scores as a markdown table',
    ]));

  program
    .command('validate')
    .alias('lint')
    .description('check the OKR files against the schema and the rules')
    .argument('[paths...]', 'only report on these files or folders (references still resolve against the whole cycle)')
    .addOption(new Option('--format <format>', 'output format').choices(['stylish', 'json', 'github', 'sarif']).default('stylish'))
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', parseCount('--max-warnings'))
    .option('--base <rev>', 'pull-request mode: also report what changed against REV (eased targets) and only problems new since REV')
    .addHelpText('after', examples([
      'okr validate                                  every cycle, stylish output',
      'okr validate okrs/2026-Q4/platform.yaml       one file (the cycle still resolves)',
      'okr validate --format github                  annotations in GitHub Actions',
      'okr validate --format sarif > okr.sarif       for code scanning',
      'okr lint --max-warnings 0                     warnings fail too',
      'okr validate --base origin/main               in a pull request: what the change introduces',
    ]));

  program
    .command('tree')
    .description('print the cascade as a tree, with scores, grades and status')
    .argument('[ref]', 'start at this unit, objective or key result (platform, platform/O1)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--depth <n>', 'levels of objectives to show; what aligns below is counted on its parent\'s line', parseCount('--depth'))
    .option('--at <rev|date>', 'the repository as it stood at a commit or on a date')
    .option('--no-history', 'score from the files alone: no staleness or forecast from git history')
    .addHelpText('after', examples([
      'okr tree                        the whole cascade of the current cycle',
      'okr tree --depth 2              the company\'s objectives and what aligns to them directly',
      'okr tree company/O1             what aligns to one company objective',
      'okr tree --cycle 2026-Q3 --format json',
    ]));

  program
    .command('score')
    .description('print scores of key results, objectives and units')
    .argument('[ref]', 'a unit id, or a reference (platform/O1, platform/O1/KR2)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'md', 'csv']).default('table'))
    .option('--at <rev|date>', 'the repository as it stood at a commit or on a date')
    .option('--no-history', 'score from the files alone: no staleness or forecast from git history')
    .addHelpText('after', examples([
      'okr score                           every unit of the current cycle',
      'okr score platform                  one unit',
      'okr score --as-of 2026-11-15        pace and status as of a date',
      'okr score --format csv > q4.csv',
      'okr score --at 2026-11-01           the scores as they stood on a date (from git history)',
    ]));

  program
    .command('init')
    .description('scaffold an OKR repository: config, first cycle, company file, CI workflow, editor settings')
    .argument('[dir]', 'where to create it (default: the current folder)')
    .option('--example', 'create the demo organisation, with weeks of back-dated check-in commits')
    .option('--organization <name>', 'the organisation\'s name')
    .option('--start <date>', 'first day of the first cycle (default: the current quarter)')
    .option('--end <date>', 'last day of the first cycle')
    .addOption(new Option('--quarter <which>', 'start with this calendar quarter or the next (default: this one, the next when less than a third of it is left; asked on a terminal)').choices(['current', 'next']))
    .option('--force', 'overwrite files that already exist')
    .option('--no-git', 'do not run git init')
    .addHelpText('after', examples([
      'okr init                                  in the current folder, the current quarter',
      'okr init --quarter next                   start with the next quarter',
      'okr init okrs-repo --organization "Acme"  in a new folder',
      'okr init --cycle FY27-Q1 --start 2026-11-01 --end 2027-01-31',
      'okr init demo --example                   a demo organisation with ten weeks of history',
    ]));

  program
    .command('new')
    .description('add a unit, an objective or a key result (prompts on a terminal, flags otherwise)')
    .argument('<what>', 'unit, objective or kr')
    .option('--id <id>', 'the new item\'s id (default: the next free one, O3 or KR4)')
    .option('--unit <id>', 'for objective: the unit to add it to; for unit: the new unit\'s id')
    .option('--objective <ref>', 'for kr: the objective to add it to (platform/O1)')
    .option('--title <text>', 'objective or key result title')
    .option('--name <text>', 'unit: display name')
    .option('--level <level>', 'unit: company, department, team or individual')
    .option('--parent <id>', 'unit: the unit it belongs to')
    .option('--lead <person>', 'unit: the OKR lead; kr: the key-result lead')
    .option('--members <people>', 'unit: contributors, comma-separated')
    .option('--type <type>', 'objective: aspirational or committed; kr: metric, milestone, binary, baseline, maintain or rollup')
    .option('--aligns-to <ref>', 'objective: a parent objective or key result (repeatable)', collect, [])
    .option('--standalone <reason>', 'objective: why it aligns to nothing')
    .option('--theme <theme>', 'objective: its theme')
    .option('--start <n>', 'kr: the value at the start', parseNumber)
    .option('--target <n>', 'kr: the value to reach', parseNumber)
    .option('--commit <n>', 'kr: the committed level (scores 0.3)', parseNumber)
    .option('--stretch <n>', 'kr: the stretch level (scores 1.0)', parseNumber)
    .option('--min <n>', 'kr (maintain): lowest value in the band', parseNumber)
    .option('--max <n>', 'kr (maintain): highest value in the band', parseNumber)
    .option('--measure <unit>', 'kr: unit of measure (min, %, €)')
    .option('--milestone <title>', 'kr (milestone): a milestone (repeatable)', collect, [])
    .option('--contributors <people>', 'kr: contributors, comma-separated')
    .option('--confidence <c>', 'kr: confidence from 0 to 1', parseNumber)
    .addHelpText('after', examples([
      'okr new kr                                                 prompts for everything',
      'okr new unit --unit platform --level team --parent engineering --lead alice',
      'okr new objective --unit platform --title "Make deploys boring" --aligns-to engineering/O2',
      'okr new kr --objective platform/O1 --title "Cut deploy time from 40 to 10 minutes" --lead bob --start 40 --target 10 --measure min',
    ]));

  program
    .command('checkin')
    .description('record progress on a key result, and commit it')
    .argument('[ref]', 'the key result (platform/O1/KR1)')
    .option('--value <n>', 'the current value of a metric, baseline or maintain key result (the same value again: a check-in with no change)', parseNumber)
    .option('--done', 'a binary key result is done')
    .option('--not-done', 'a binary key result is not done (after all)')
    .option('--milestone <title>', 'mark this milestone done')
    .option('--unchanged', 'nothing moved this time: a check-in that records no new value (committed all the same)')
    .option('--score <s>', 'enter a score by hand (0 to 1); it wins over the value', parseNumber)
    .option('--clear-score', 'take away a score entered by hand, so the value scores the key result again')
    .option('--confidence <c>', 'your confidence that it will reach its goal: 0 to 1, or a percentage (0.7 or 70%)', parseConfidence)
    .option('--note <text>', 'what happened: the commit message body')
    .option('--date <date>', 'the date the check-in is for, inside the cycle and not after today (default: today)')
    .option('--from <file>', 'several check-ins from a CSV file (- for stdin), in one commit')
    .option('--no-commit', 'only edit the file')
    .addOption(new Option('--format <format>', 'what is printed: a message (text, on stderr) or what was recorded and committed (json, on stdout)').choices(['text', 'json']).default('text'))
    .addHelpText('after', examples([
      'okr checkin                                        on a terminal: pick one of your key results, then prompts',
      'okr checkin platform/O1/KR1                        prompts, showing the last values and pace',
      'okr checkin platform/O1/KR1 --value 18 --confidence 0.6 --note "Pipeline rolled out"',
      'okr checkin platform/O1/KR1 --value 18 --confidence 60% --note "No movement this week"',
      'okr checkin platform/O1/KR2 --unchanged --confidence 0.8 --note "Waiting on security review"',
      'okr checkin platform/O1/KR2 --milestone "Design approved"',
      'okr checkin platform/O1/KR3 --done --clear-score   done, and scored by it again instead of a hand score',
      'okr checkin platform/O1/KR1 --value 20 --date 2026-11-13    for last Friday',
      'okr checkin --from checkins.csv                    columns: ref,value,confidence,note,...',
      'okr checkin platform/O1/KR1 --value 18 --format json        what was committed, as JSON',
    ]));

  program
    .command('sync')
    .description('read key-result values from their sources (databases, APIs, GitHub, scripts) and check them in as one commit')
    .argument('[refs...]', 'only these key results, or those under these objectives or units (default: every one with a source:)')
    .option('--dry-run', 'read and show the values, write nothing')
    .option('--check', 'write nothing; exit 1 when a value in the files differs from its source (a CI check)')
    .option('--timeout <seconds>', 'time limit for each source (default 30)', parsePositive('--timeout'))
    .option('--concurrency <n>', 'sources read at the same time (default 4)', parseCount('--concurrency'))
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addHelpText('after', examples([
      'okr sync                            read every source, commit the values in one check-in',
      'okr sync growth platform/O1/KR2     only the key results under growth, and one more',
      'okr sync --dry-run                  what the sources say now, without writing',
      'okr sync --check                    in CI: fail when a committed value is not what its source says',
      'okr sync --timeout 10 --concurrency 8 --format json',
    ]));

  program
    .command('history')
    .description('the audit trail from git: every change of a key result, who made it, when and why')
    .argument('[ref]', 'a unit, objective or key result')
    .addOption(new Option('--kind <kind>', 'only check-ins (progress) or only changes to the goals (definition)').choices(['progress', 'definition']))
    .option('--since <date|rev>', 'only changes after a date or a commit', parseSince)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'md']).default('table'))
    .addHelpText('after', examples([
      'okr history                                  every change this cycle',
      'okr history platform/O1/KR1                  one key result',
      'okr history --kind definition --since 2026-10-14   goals redefined after posting',
      'okr history --format json',
    ]));

  program
    .command('diff')
    .description('what a change does to the OKRs, as markdown for a pull-request comment')
    .argument('<base>', 'the revision to compare with (origin/main)')
    .argument('[head]', 'the revision to compare (default: the working tree)')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'json']).default('md'))
    .addHelpText('after', examples([
      'okr diff origin/main                  the working tree against main',
      'okr diff main feature/q4-okrs         two revisions',
      'okr diff HEAD~1 HEAD --format json',
    ]));

  program
    .command('report')
    .description('the status report of a cycle: markdown for the company meeting, a self-contained HTML page, or JSON')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'html', 'json']).default('md'))
    .option('--at <rev|date>', 'the report as the repository stood at a commit or on a date')
    .option('--unit <id>', 'only this unit and the units below it')
    .option('--out <file>', 'write to FILE instead of stdout')
    .option('--depth <n>', 'levels of the cascade diagram to draw before collapsing (default 3)', parseCount('--depth'))
    .option('--no-history', 'from the files alone: no trends, staleness or forecasts from git history')
    .option('--post <name>', 'also post the summary to the chat webhook NAME of notify.webhooks in okr.config.yaml (nothing leaves the machine without it)')
    .addHelpText('after', examples([
      'okr report > status.md                        the current cycle, as markdown',
      'okr report --post leadership > status.md      and its summary to a Slack, Teams or JSON webhook',
      'okr report --format html --out status.html    one self-contained page with charts',
      'okr report --unit engineering --at 2026-11-15',
      'okr report >> "$GITHUB_STEP_SUMMARY"          in a GitHub Actions job summary',
    ]));

  program
    .command('remind')
    .description('who still owes what, grouped by person: posting, mid-cycle check-in, stale check-ins, learnings')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'json']).default('md'))
    .option('--emails <dir>', 'also write one draft .eml per person into DIR')
    .option('--send', 'send each person their reminder mail through notify.smtp in okr.config.yaml (nothing leaves the machine without it)')
    .addHelpText('after', examples([
      'okr remind                                as of today',
      'okr remind --as-of 2026-10-15 --format json',
      'okr remind --emails drafts/               one draft email per person, for any mail client',
      'SMTP_USER=… SMTP_PASSWORD=… okr remind --send   mail them (exit 1 when some did not go)',
    ]));

  program
    .command('retro')
    .description('the end-of-cycle retrospective; on a terminal, fill in a unit\'s learnings and decisions')
    .argument('[unit]', 'fill in this unit\'s learnings and decisions (prompts on a terminal, flags otherwise)')
    .addOption(new Option('--format <format>', 'output format of the retrospective').choices(['md', 'json']).default('md'))
    .option('--kr <ref>', 'the key result the following flags are about')
    .option('--learning <text>', 'what was learned (of --kr, or of the unit without --kr)')
    .addOption(new Option('--decision <decision>', 'keep, modify or remove --kr next cycle').choices(['keep', 'modify', 'remove']))
    .option('--score <s>', 'the final score of --kr (0 to 1)', parseNumber)
    .option('--no-commit', 'only edit the file')
    .addHelpText('after', examples([
      'okr retro --cycle 2026-Q3                       the retrospective of a cycle',
      'okr retro platform                              fill in platform\'s learnings, by prompts',
      'okr retro platform --kr platform/O1/KR1 --score 0.6 --decision modify --learning "Staging was the bottleneck"',
    ]));

  program
    .command('next')
    .description('start the next cycle from what was learned: draft files carrying every KR marked keep or modify')
    .requiredOption('--from <cycle>', 'the cycle that ended')
    .requiredOption('--to <cycle>', 'the cycle to start')
    .option('--start <date>', 'first day of the new cycle (default: the day after --from ends)')
    .option('--end <date>', 'last day of the new cycle (default: three months)')
    .option('--force', 'overwrite draft files that already exist')
    .addHelpText('after', examples([
      'okr next --from 2026-Q3 --to 2026-Q4',
      'okr next --from 2026-Q4 --to 2027-Q1 --start 2027-01-01 --end 2027-03-31',
    ]));

  program
    .command('people')
    .description('who leads what: OKR leads, key-result leads, load per person, roles, coach ratio')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'md', 'json']).default('table'))
    .addHelpText('after', examples([
      'okr people',
      'okr people --cycle 2026-Q3 --format json',
    ]));

  program
    .command('owners')
    .description('generate CODEOWNERS (each unit file → its OKR lead\'s GitHub handle), or check one is in step')
    .option('--check', 'compare with the existing CODEOWNERS; exit 1 with the differences')
    .option('--out <file>', 'where CODEOWNERS lives (default: .github/CODEOWNERS)')
    .option('--write', 'write the generated file (default: print it)')
    .addOption(new Option('--format <format>', 'output format: the section, differences or a message (text), or the rules and what was found or written (json)').choices(['text', 'json']).default('text'))
    .addHelpText('after', examples([
      'okr owners                        print the CODEOWNERS section okr would write',
      'okr owners --write                write .github/CODEOWNERS',
      'okr owners --check                in CI: fail when CODEOWNERS is out of step',
      'okr owners --check --format json  the rules and the differences, as JSON',
    ]));

  program
    .command('reviewers')
    .description('who must approve a pull request: leads of the changed units and key results, and of every newly aligned-to goal; never its author')
    .requiredOption('--base <rev>', 'the revision the pull request is based on')
    .option('--author <who>', 'the pull request\'s author, left out: an email, GitHub login or person id (default: from $GITHUB_EVENT_PATH in GitHub Actions)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'md', 'json']).default('text'))
    .addHelpText('after', examples([
      'okr reviewers --base origin/main',
      'okr reviewers --base origin/main --author bob@acme.example',
      'okr reviewers --base origin/main --format json',
    ]));

  program
    .command('pr-comment')
    .description('the pull-request comment the okr action keeps up to date: what validation finds, okr diff, and who must review')
    .requiredOption('--base <rev>', 'the revision the pull request is based on')
    .option('--author <who>', 'the pull request\'s author, not asked to review: an email, GitHub login or person id (default: from $GITHUB_EVENT_PATH)')
    .option('--post', 'create the comment on the pull request, or edit the one okr made, through the GitHub REST API (GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL); without it, print it')
    .option('--pr <n>', 'the pull request\'s number (default: from $GITHUB_EVENT_PATH)', parseCount('--pr'))
    .addHelpText('after', examples([
      'okr pr-comment --base origin/main                the comment, printed',
      'okr pr-comment --base origin/main --post         in a pull-request workflow: create it, or edit it in place',
      'okr pr-comment --base origin/main --post --pr 12 --author alice-ng',
    ]));

  program
    .command('audit')
    .description('from git history: changes to key results made by someone who does not own them, and eased targets with no reason')
    .option('--since <date|rev>', 'only changes after a date or a commit', parseSince)
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'json']).default('md'))
    .addHelpText('after', examples([
      'okr audit                                 the whole cycle; exit 1 when something is found',
      'okr audit --since origin/main             what a branch did: gate a pull request',
      'okr audit --since 2026-11-01 --format json',
    ]));

  program
    .command('export')
    .description('every key result of a cycle as CSV, one row each (imports back without loss)')
    .option('--out <file>', 'write to FILE instead of stdout')
    .addHelpText('after', examples([
      'okr export > q4.csv',
      'okr export --cycle 2026-Q3 --out q3.csv',
    ]));

  program
    .command('import')
    .description('read OKRs from CSV (as okr export writes it) or a markdown OKR document; a dry run unless --write')
    .argument('<file>', 'a .csv or .md file (- for stdin, with --type)')
    .addOption(new Option('--type <type>', 'the input\'s format (default: from the file\'s extension)').choices(['csv', 'md']))
    .option('--write', 'write the unit files (default: print what would be written)')
    .option('--unit <id>', 'for a markdown document: the unit it belongs to')
    .addOption(new Option('--format <format>', 'output format: the changes file by file (text), or the files and their changes as data (json)').choices(['text', 'json']).default('text'))
    .addHelpText('after', examples([
      'okr import q4.csv                         what would change, file by file',
      'okr import q4.csv --write                 write it',
      'okr import team-okrs.md --unit platform   a markdown OKR document',
      'okr import q4.csv --write --format json   what was written, as JSON',
    ]));

  program
    .command('completion')
    .description('print a shell completion script (commands, options, unit ids and references)')
    .argument('<shell>', 'bash, zsh or fish')
    .addHelpText('after', examples([
      'okr completion bash > /etc/bash_completion.d/okr',
      'okr completion zsh > "${fpath[1]}/_okr"',
      'okr completion fish > ~/.config/fish/completions/okr.fish',
    ]));

  program
    .command('schema')
    .description('print the JSON Schema of a unit file or of okr.config.yaml')
    .argument('[which]', 'unit, config or people', 'unit')
    .addHelpText('after', examples([
      'okr schema unit > unit.schema.json',
      'okr schema config',
      'okr schema people               the people file that people: may name',
    ]));

  return program;
}

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}

/** Repeatable options collect into a list. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** A confidence as a fraction (0.7) or a percentage (70%): text/confidence.ts. */
function parseConfidence(value: string): number {
  const read = readConfidence(value);
  if ('error' in read) throw new UsageError(`--confidence: ${read.error}`);
  return read.value;
}

function parseNumber(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) throw new UsageError(`expected a number, not '${value}'`);
  return number;
}

/** A whole number, for the option named `flag`. */
function parseCount(flag: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value)) throw new UsageError(`${flag} expects a whole number, not '${value}'`);
    return Number(value);
  };
}

/** A number of seconds (or other amount) above zero, for the option named `flag`. */
function parsePositive(flag: string): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (value.trim() === '' || !Number.isFinite(number) || number <= 0) throw new UsageError(`${flag} expects a number above 0, not '${value}'`);
    return number;
  };
}

/** A date (a real one, when it is shaped as one) or a revision, which git judges later. */
function parseSince(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && Number.isNaN(Date.parse(value))) {
    throw new UsageError(`--since expects a date as YYYY-MM-DD or a revision, not '${value}'`);
  }
  return value;
}
