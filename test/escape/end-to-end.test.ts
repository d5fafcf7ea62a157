// The "lets things through" cases of the trust issue, each run as a user would (in-process,
// through main()) on a real repository whose files hold what an attacker would put there.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { gitRepo } from '../helpers/git.js';
import { parseEml } from '../remind/parse-eml.js';

const CONFIG = `version: 1
organization: Test Co
cycles:
  - { id: 2026-Q4, start: 2026-10-01, end: 2026-12-31, postBy: 2026-10-14 }
people:
  alice: { name: "=?utf-8?b?QWRtaW4=?=", email: alice@acme.example, github: alice-ng }
roles: { coordinator: alice }
`;

/** A unit file whose titles hold `title`, written in YAML double quotes (so escapes are real bytes). */
const unit = (title: string, status = 'committed') => `cycle: 2026-Q4
unit: company
level: company
lead: alice
status: ${status}
objectives:
  - id: O1
    title: ${JSON.stringify(`Grow ${title}`)}
    keyResults:
      - { id: KR1, title: ${JSON.stringify(`KR ${title}`)}, lead: alice, start: 0, target: 10, current: 2 }
      - { id: KR2, title: Second, lead: alice, start: 0, target: 10, current: 5 }
`;

// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

describe('a YAML key with a newline, validate --format github', () => {
  it('prints no line of the attacker\'s, and the step summary keeps one row per finding', async () => {
    const dir = tempRepo({
      'okr.config.yaml': CONFIG,
      'okrs/2026-Q4/company.yaml': `${unit('x')}"x\\n::add-mask::secret\\n::error file=README.md,line=1::pwned": 1\n`,
    });
    const summary = join(dir, 'summary.md');
    const result = await runOkr(['-C', dir, 'validate', '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split(/\r\n|\r|\n/);
    // The one annotation is okr's, about the unit file; no other line starts a command.
    expect(lines.filter((line) => /^\s*::|##\[/.test(line))).toEqual([expect.stringMatching(/^::error file=okrs\/2026-Q4\/company\.yaml,line=\d+,/)]);
    expect(result.stdout).not.toMatch(/^::add-mask::|^::error file=README/m);
    expect(lines).toHaveLength(3);

    const tokens = new MarkdownIt().parse(readFileSync(summary, 'utf8'), {});
    expect(tokens.filter((t) => t.type === 'tr_open')).toHaveLength(2);
    expect(tokens.filter((t) => t.type === 'td_open')).toHaveLength(5);
  });
});

describe('terminal escapes in titles', () => {
  const dir = tempRepo({ 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/company.yaml': unit('\x1b]0;pwned\x07 \x1b[2J \x9b31m \u202eevil 0') });

  it.each([
    ['validate'], ['tree', '--as-of', '2026-11-01'], ['score', '--as-of', '2026-11-01'], ['people'],
    ['checkin', 'company/O1/KR9', '--value', '1', '--no-commit'],
  ])('okr %s: nothing reaches the terminal to act on', async (...args) => {
    const result = await runOkr(['-C', dir, ...args]);
    expect(result.stdout + result.stderr).not.toMatch(TERMINAL_CONTROL);
    if (args[0] === 'tree' || args[0] === 'score') expect(result.stdout).toContain('␛]0;pwned␇');
  });

  it('the titles are shown, their escapes made visible', async () => {
    // Wide enough that the title is not cut to the width of a terminal.
    const result = await runOkr(['-C', dir, 'tree', '--as-of', '2026-11-01'], { env: { COLUMNS: '200' } });
    expect(result.stdout).toContain('Grow ␛]0;pwned␇ ␛[2J <U+009B>31m <U+202E>evil 0');
  });
});

describe('formulas in titles, export and import', () => {
  it('neutralises =HYPERLINK(…) and +cmd|…, and import gives back the original', async () => {
    const hostile = ['=HYPERLINK("http://x","click")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(1)', "'=already quoted"];
    const units = hostile.map((title, i) => `      - { id: KR${i + 1}, title: ${JSON.stringify(title)}, lead: alice, start: -5, target: 10, current: -2 }`).join('\n');
    const file = `cycle: 2026-Q4\nunit: company\nlevel: company\nlead: alice\nobjectives:\n  - id: O1\n    title: Grow\n    keyResults:\n${units}\n`;
    const dir = tempRepo({ 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/company.yaml': file });

    const exported = await runOkr(['-C', dir, 'export']);
    expect(exported.code).toBe(0);
    const rows = exported.stdout.split('\r\n').slice(1, -1);
    expect(rows).toHaveLength(hostile.length);
    for (const row of rows) {
      // No cell a spreadsheet would run: every field, quoted or not, starts safely.
      const fields = row.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)!.map((f) => f.replace(/,$/, '').replace(/^"|"$/g, ''));
      expect(fields.filter((f) => /^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/.test(f))).toEqual([]);
    }
    // Numbers stay numbers.
    expect(rows[0]).toContain(',-5,10,-2,');

    const target = tempRepo({ 'okr.config.yaml': CONFIG, 'in.csv': exported.stdout });
    const imported = await runOkr(['-C', target, 'import', join(target, 'in.csv'), '--write']);
    expect(imported.code).toBe(0);
    expect((await runOkr(['-C', target, 'export'])).stdout).toBe(exported.stdout);
    const titles = await runOkr(['-C', target, 'score', '--format', 'json', '--as-of', '2026-11-01']);
    const view = JSON.parse(titles.stdout) as { units: { objectives: { keyResults: { title: string }[] }[] }[] };
    expect(view.units[0].objectives[0].keyResults.map((kr) => kr.title)).toEqual(hostile);
  });
});

describe('a unit file whose name holds a newline, okr owners', () => {
  it('adds no rule and names the file in a warning', async () => {
    const dir = gitRepo([], {
      'okr.config.yaml': CONFIG,
      'okrs/2026-Q4/company.yaml': unit('x'),
      'okrs/2026-Q4/x\n*.yaml @someone.yaml': unit('y').replace('unit: company', 'unit: other').replace('level: company', 'level: team\nparent: company'),
    });
    const result = await runOkr(['-C', dir, 'owners']);
    expect(result.code).toBe(0);
    const rules = result.stdout.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(rules).toEqual(['/okrs/2026-Q4/company.yaml @alice-ng']);
    expect(result.stdout).not.toContain('@someone');
    expect(result.stderr).toContain('okrs/2026-Q4/x␊*.yaml @someone.yaml');
    expect(result.stderr).toContain('No CODEOWNERS rule for this file: its path holds a line break');
  });
});

describe('@everyone in a title, okr report', () => {
  it('the markdown mentions nobody', async () => {
    const dir = tempRepo({ 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/company.yaml': unit('@everyone @here @acme/devs') });
    const result = await runOkr(['-C', dir, 'report', '--as-of', '2026-11-01', '--no-history']);
    expect(result.code).toBe(0);
    const text = new MarkdownIt().render(result.stdout).replace(/<[^>]*>/g, ' ').replace(/&#8203;|\u200b/g, '\u200b');
    expect(result.stdout).toContain('@&#8203;everyone');
    expect(text).not.toMatch(/(?:^|[^A-Za-z0-9_])@[a-z0-9]/i);
  });
});

describe('a display name that looks like an RFC 2047 encoded word, remind --emails', () => {
  it('is written so that a mail client shows it literally', async () => {
    const dir = tempRepo({ 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/company.yaml': unit('x', 'draft') });
    const out = join(tempRepo(), 'drafts');
    const result = await runOkr(['-C', dir, 'remind', '--as-of', '2026-10-20', '--emails', out]);
    expect(result.code).toBe(0);
    const files = readdirSync(out).filter((name) => name.endsWith('.eml'));
    expect(files).toEqual(['alice.eml']);
    const [parsed] = parseEml([join(out, 'alice.eml')]);
    expect(parsed.to).toEqual({ name: '=?utf-8?b?QWRtaW4=?=', address: 'alice@acme.example' });
    expect(parsed.from.name).toBe('=?utf-8?b?QWRtaW4=?=');
    expect(parsed.defects).toEqual([]);
  });
});
