// Every rule declares the schema of its options (ESLint's meta.schema), and the config's
// `rules:` is checked against it when the config loads: a misspelt option gets a "did you
// mean", a wrong type or an out-of-range value is refused at its position, and exit is 2.

import { describe, expect, it } from 'vitest';
import { BASE_ONLY_RULES, OPTIONS_SCHEMAS, RULES, RULE_IDS } from '../../src/rules/index.js';
import { checkRuleOptions } from '../../src/rules/check-options.js';
import { createAjv } from '../../src/schema/create-ajv.js';
import { tempRepo } from '../helpers/cli.js';
import { expectNoCrash, runOkr } from '../helpers/run-okr.js';

/** Each rule's documented options (README "Rules"), and a misspelling of one with what it means. */
const DOCUMENTED: Record<string, { options: Record<string, unknown>; typo?: [string, string] }> = {
  'max-objectives': { options: { max: 4, company: 5, department: 3, team: 2, individual: 0 }, typo: ['mxa', 'max'] },
  'objective-has-krs': { options: { max: 6 }, typo: ['mx', 'max'] },
  'objective-qualitative': { options: { maxWords: 12 }, typo: ['maxWord', 'maxWords'] },
  'committed-confidence': { options: { min: 0.5 }, typo: ['mni', 'min'] },
};

const check = (id: string, options: unknown) => checkRuleOptions({ [id]: ['warning', options as Record<string, unknown>] }, 'okr.config.yaml');

describe('rule option schemas', () => {
  it('exist for every id the config may name, eased-target included, and compile in strict mode', () => {
    expect([...OPTIONS_SCHEMAS.keys()].sort()).toEqual([...RULE_IDS].sort());
    expect(BASE_ONLY_RULES.map((r) => r.id)).toEqual(['eased-target']);
    const ajv = createAjv();
    for (const [id, schema] of OPTIONS_SCHEMAS) {
      expect(schema, id).toMatchObject({ type: 'object', additionalProperties: false });
      expect(() => ajv.compile(schema), id).not.toThrow();
    }
  });

  it("accept each rule's defaults", async () => {
    for (const rule of RULES) expect(await check(rule.id, rule.defaultOptions ?? {}), rule.id).toEqual([]);
  });

  it.each(Object.entries(DOCUMENTED))('%s: accepts its documented options and refuses a misspelt one with a suggestion', async (id, { options, typo }) => {
    expect(await check(id, options)).toEqual([]);
    const [wrong, meant] = typo!;
    const findings = await check(id, { [wrong]: 1 });
    expect(findings).toEqual([{
      file: 'okr.config.yaml', path: ['rules', id, 1, wrong], atKey: true, severity: 'error', rule: 'config',
      message: `rule '${id}': unknown option '${wrong}' (did you mean '${meant}'?)`,
    }]);
  });

  it.each([...RULES.filter((r) => !Object.hasOwn(DOCUMENTED, r.id)).map((r) => r.id), 'eased-target'])('%s: takes no options, and says so for any given', async (id) => {
    expect(await check(id, {})).toEqual([]);
    expect(await check(id, { max: 3 })).toEqual([expect.objectContaining({
      path: ['rules', id, 1, 'max'], atKey: true, message: `rule '${id}' takes no options, so 'max' would change nothing`,
    })]);
  });

  it('refuses wrong types and values out of range, every one, in the order of the schema', async () => {
    const findings = await check('max-objectives', { max: 'five', team: -1, company: 2.5 });
    expect(findings.map((f) => [f.path.at(-1), f.message])).toEqual([
      ['max', "rule 'max-objectives': 'max' must be a whole number, not \"five\""],
      ['company', "rule 'max-objectives': 'company' must be a whole number, not 2.5"],
      ['team', "rule 'max-objectives': 'team' must be >= 0, not -1"],
    ]);
    expect((await check('committed-confidence', { min: 1.5 }))[0].message).toBe("rule 'committed-confidence': 'min' must be <= 1, not 1.5");
    expect((await check('objective-has-krs', { max: 0 }))[0].message).toBe("rule 'objective-has-krs': 'max' must be >= 1, not 0");
  });

  it('needs nothing compiled when no rule is given options', async () => {
    expect(await checkRuleOptions(undefined, 'okr.config.yaml')).toEqual([]);
    expect(await checkRuleOptions({ 'kr-has-lead': 'error', aligned: ['off'] }, 'okr.config.yaml')).toEqual([]);
  });
});

describe('rule options in okr.config.yaml', () => {
  const config = (rules: string) => `version: 1\norganization: Test Co\ncycles:\n  - { id: 2026-Q4, start: 2026-10-01, end: 2026-12-31 }\nrules:\n${rules}`;

  it.each([
    ['a misspelt option', '  max-objectives: [warning, { mxa: 5 }]\n', { line: 6, column: 31, message: "Rule 'max-objectives': unknown option 'mxa' (did you mean 'max'?)." }],
    ['a wrong type', '  max-objectives: [warning, { max: "five" }]\n', { line: 6, column: 36, message: "Rule 'max-objectives': 'max' must be a whole number, not \"five\"." }],
    ['a value out of range', '  max-objectives: [warning, { max: -1 }]\n', { line: 6, column: 36, message: "Rule 'max-objectives': 'max' must be >= 0, not -1." }],
    ['an option of a rule that takes none', '  kr-has-lead: [error, { strict: true }]\n', { line: 6, column: 26, message: "Rule 'kr-has-lead' takes no options, so 'strict' would change nothing." }],
  ])('refuses %s with exit 2 and its position', async (_, rules, expected) => {
    const dir = tempRepo({ 'okr.config.yaml': config(rules), 'okrs/2026-Q4/.keep': '' });
    const result = await runOkr(['validate', '--format', 'json'], { cwd: dir });
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).diagnostics).toEqual([expect.objectContaining({ file: 'okr.config.yaml', rule: 'config', ...expected })]);
    const score = await runOkr(['score'], { cwd: dir });
    expect(score.code).toBe(2);
    expect(score.stderr).toContain(expected.message);
  });

  it('still refuses an unknown rule id through the config schema, with a suggestion', async () => {
    const dir = tempRepo({ 'okr.config.yaml': config('  max-objective: [warning, { max: 5 }]\n'), 'okrs/2026-Q4/.keep': '' });
    const result = await runOkr(['validate', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).diagnostics[0]).toMatchObject({ line: 6, column: 3, message: "Unknown key 'max-objective' (did you mean 'max-objectives'?)." });
  });

  it('applies valid options', async () => {
    const unit = 'cycle: 2026-Q4\nunit: company\nlevel: company\nobjectives:\n'
      + [1, 2, 3].map((n) => `  - id: O${n}\n    title: Objective ${'abc'[n - 1]}\n    keyResults: []\n`).join('');
    const dir = tempRepo({ 'okr.config.yaml': config('  max-objectives: [error, { company: 2 }]\n  objective-has-krs: off\n'), 'okrs/2026-Q4/company.yaml': unit });
    const result = await runOkr(['validate', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).diagnostics).toEqual([expect.objectContaining({ rule: 'max-objectives', severity: 'error', message: expect.stringContaining('more than 2') })]);
  });
});
