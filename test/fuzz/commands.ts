// The commands the repository fuzzer runs on each damaged repository, and what every result
// must be, whatever the damage (SPEC 7 and 10): an exit code of 0, 1 or 2; no internal error
// and no stack; JSON that parses; no control character, workflow command or broadcast mention
// that came from a file; nothing of a file outside the repository.

import { hasStackTrace } from '../helpers/cli.js';
import type { Outcome } from './command-runner.js';
import { SECRET } from './mutations.js';
import type { Random } from './random.js';

export type Medium = 'json' | 'text' | 'md' | 'html' | 'csv' | 'github';

export interface FuzzCommand {
  argv: string[];
  /** What stdout is, for the checks that depend on it. */
  medium: Medium;
}

/** References that exist in the example, a near miss, and nonsense. */
const REFS = ['platform', 'platform/O1', 'platform/O1/KR1', 'company/O1', 'company/O3/KR2', 'engineering', 'nobody', 'platform/O9', 'constructor', '__proto__/O1'];
const REVISIONS = ['HEAD~1', 'HEAD~5', 'HEAD~40', 'HEAD', '2026-11-01', '2026-09-01'];
/** Revisions that cannot be: they stop a command at once, so they are drawn less often. */
const BAD_REVISIONS = ['HEAD~9999', '--output=x', 'no-such-branch', '1999-01-01', 'HEAD^{tree}'];

/** Every command of the brief, in every format, with a random choice of the options that change what runs. */
export function commandsFor(rng: Random): FuzzCommand[] {
  const maybe = (p: number, ...args: string[]) => (rng.chance(p) ? args : []);
  const revision = () => rng.pick(rng.chance(0.8) ? REVISIONS : BAD_REVISIONS);
  const history = () => maybe(0.5, '--no-history');
  const at = () => maybe(0.15, '--at', revision());
  const ref = () => maybe(0.3, rng.pick(REFS));
  const commands: FuzzCommand[] = [
    ...(['stylish', 'json', 'github', 'sarif'] as const).map((format) => ({
      argv: ['validate', '--format', format, ...maybe(0.1, '--max-warnings', '0'), ...maybe(0.1, '--base', revision()),
        ...maybe(0.15, rng.pick(['okrs/2026-Q4/platform.yaml', 'okrs/2026-Q4', 'okrs/2026-Q5/x.yaml', 'okrs', '../outside/secret.yaml', 'okr.config.yaml']))],
      medium: format === 'sarif' ? 'json' as const : format === 'github' ? 'github' as const : format === 'json' ? 'json' as const : 'text' as const,
    })),
    ...(['text', 'json'] as const).map((format) => ({ argv: ['tree', ...ref(), '--format', format, ...history(), ...at()], medium: format === 'json' ? 'json' as const : 'text' as const })),
    ...(['table', 'json', 'md', 'csv'] as const).map((format) => ({
      argv: ['score', ...ref(), '--format', format, ...history(), ...at()],
      medium: format === 'table' ? 'text' as const : format,
    })),
    ...(['md', 'json', 'html'] as const).map((format) => ({
      argv: ['report', '--format', format, ...history(), ...at(), ...maybe(0.2, '--unit', rng.pick(REFS)), ...maybe(0.2, '--out', `report.${format}`)],
      medium: format,
    })),
    { argv: ['export', ...maybe(0.3, '--out', 'export.csv')], medium: 'csv' },
    ...(['table', 'md', 'json'] as const).map((format) => ({ argv: ['people', '--format', format], medium: format === 'table' ? 'text' as const : format })),
    { argv: ['owners', ...maybe(0.5, '--check')], medium: 'text' },
    ...(['md', 'json'] as const).map((format) => ({ argv: ['remind', '--format', format, ...maybe(0.2, '--emails', 'mail')], medium: format })),
    ...(['table', 'json'] as const).map((format) => ({
      argv: ['history', ...ref(), '--format', format, ...maybe(0.2, '--since', revision()), ...maybe(0.2, '--kind', rng.pick(['progress', 'definition']))],
      medium: format === 'table' ? 'text' as const : format,
    })),
    ...(['md', 'json'] as const).map((format) => ({ argv: ['diff', revision(), ...maybe(0.3, 'HEAD'), '--format', format], medium: format })),
    { argv: ['audit', '--format', rng.pick(['md', 'json'])], medium: 'md' },
    { argv: ['reviewers', '--base', revision(), '--format', rng.pick(['text', 'md', 'json'])], medium: 'text' },
    { argv: ['retro', '--format', rng.pick(['md', 'json'])], medium: 'md' },
  ];
  // The format of the three whose format was drawn above decides their medium.
  for (const command of commands) {
    const format = command.argv[command.argv.indexOf('--format') + 1];
    if (format === 'json') command.medium = 'json';
    if (format === 'md' && command.medium === 'text') command.medium = 'md';
  }
  // Global options, before or after the command: a date, now and then a cycle.
  const global = ['--as-of', '2026-11-23', '--debug', ...maybe(0.2, '--cycle', rng.pick(['2026-Q3', '2026-Q3', '2026-Q4', '2027-Q9']))];
  return commands.map((command) => ({ ...command, argv: rng.chance(0.5) ? [...global, ...command.argv] : [...command.argv, ...global] }));
}

// Control characters, C1, bidi overrides and line separators: shown by every text medium (src/escape/visible.ts).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
// A line GitHub Actions would read as a workflow command (after what .NET trims), or the legacy form anywhere.
// eslint-disable-next-line no-control-regex
const WORKFLOW_COMMAND = /(^|[\r\n])[\s\x1c-\x1f\x85]*::/;
// okr's own annotations in --format github: a command, escaped properties, then `::`.
const OWN_ANNOTATION = /^::(error|warning|notice)( [^\r\n:]*)?::/;
const BROADCAST = /@(everyone|here|channel)\b/;

/** What is wrong with a command's outcome; empty when nothing is. */
export function problemsOf(command: FuzzCommand, outcome: Outcome): string[] {
  if (outcome.kind === 'hung') return [`no result after ${(outcome.ms / 1000).toFixed(0)} s: a hang`];
  if (outcome.kind === 'crashed') return [`the command's thread died: ${outcome.message}`];
  const { code, stdout, stderr } = outcome;
  const problems: string[] = [];
  if (![0, 1, 2].includes(code)) problems.push(`exit code ${code}`);
  if (hasStackTrace(stdout + stderr) || stderr.includes('main() threw')) problems.push('an internal error or a stack trace');
  // With --out the data goes to the file, and stdout is empty.
  if (command.medium === 'json' && !command.argv.includes('--out') && (code !== 2 || stdout !== '')) {
    try {
      JSON.parse(stdout);
    } catch (error) {
      problems.push(`stdout is not JSON (${(error as Error).message})`);
    }
  }
  if (UNSAFE.test(stderr)) problems.push(`a control character on stderr: ${excerpt(stderr, UNSAFE)}`);
  // A CSV to a file or pipe is written byte for byte; every other medium shows controls.
  if (command.medium !== 'csv' && UNSAFE.test(stdout)) problems.push(`a control character on stdout: ${excerpt(stdout, UNSAFE)}`);
  for (const [name, text] of [['stdout', stdout], ['stderr', stderr]] as const) {
    const lines = text.split(/\r\n|\r|\n/).filter((line) => WORKFLOW_COMMAND.test(line) && !(name === 'stdout' && command.medium === 'github' && OWN_ANNOTATION.test(line)));
    if (lines.length > 0) problems.push(`a workflow command on ${name}: ${JSON.stringify(lines[0].slice(0, 200))}`);
    if (text.includes('##[')) problems.push(`a legacy workflow command (##[) on ${name}: ${excerpt(text, /##\[/)}`);
    if (text.includes(SECRET)) problems.push(`a file outside the repository reached ${name}: ${excerpt(text, new RegExp(SECRET))}`);
  }
  if (command.medium === 'md' && BROADCAST.test(stdout)) problems.push(`a mention that pings in markdown: ${excerpt(stdout, BROADCAST)}`);
  return problems;
}

function excerpt(text: string, pattern: RegExp): string {
  const at = text.search(pattern);
  return JSON.stringify(text.slice(Math.max(0, at - 60), at + 60));
}
