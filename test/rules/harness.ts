// Runs one rule over units written as YAML strings, the way `okr validate` would after the
// schema passed: load → buildCascade → rule.check. Returns the findings with rule id and the
// severity they would get by default.

import { parse } from 'yaml';
import { buildCascade } from '../../src/graph/cascade.js';
import { DEFAULT_SCORING, type Config, type DocPath, type LoadedUnit, type Severity, type UnitDoc } from '../../src/model.js';
import type { Rule, RuleContext } from '../../src/rules/rule.js';

export const CYCLE = '2026-Q4';
export const CONFIG_FILE = 'okr.config.yaml';

export interface Found {
  rule: string;
  file: string;
  path: DocPath;
  message: string;
  severity: Severity;
}

export interface RunInput {
  /** Unit files by repository-relative path; a bare name `platform` means `okrs/2026-Q4/platform.yaml`. */
  units: Record<string, string>;
  options?: Record<string, unknown>;
  config?: Partial<Config>;
  /** The cycle being validated; default 2026-Q4. */
  cycle?: string;
}

/** Removes the indentation common to all lines, so YAML can sit indented in a test. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const lines = text.split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

export function makeConfig(overrides: Partial<Config> = {}): Config {
  return {
    organization: 'Acme Corp',
    okrsDir: 'okrs',
    cycles: [{ id: CYCLE, start: '2026-10-01', end: '2026-12-31' }],
    roles: {},
    scoring: DEFAULT_SCORING,
    checkins: { everyDays: 7 },
    rules: {},
    ...overrides,
  };
}

export function fileName(key: string): string {
  return key.includes('/') ? key : `okrs/${CYCLE}/${key}.yaml`;
}

export function loadUnits(units: Record<string, string>): LoadedUnit[] {
  return Object.entries(units).map(([key, text]) => {
    const file = fileName(key);
    const parts = file.split('/');
    return {
      file, absPath: `/repo/${file}`,
      stem: parts[parts.length - 1].replace(/\.ya?ml$/, ''),
      folder: parts[1],
      doc: parse(text) as UnitDoc,
    };
  });
}

export function runRule(rule: Rule, input: RunInput): Found[] {
  const config = makeConfig(input.config);
  const cycleId = input.cycle ?? CYCLE;
  const cycle = config.cycles.find((c) => c.id === cycleId) ?? { id: cycleId, start: '2026-10-01', end: '2026-12-31' };
  const found: Found[] = [];
  const context: RuleContext = {
    config,
    configFile: CONFIG_FILE,
    cycle,
    cascade: buildCascade(loadUnits(input.units)),
    options: { ...rule.defaultOptions, ...input.options },
    report(finding) {
      found.push({
        rule: rule.id, file: finding.file, path: finding.path, message: finding.message,
        severity: finding.severity ?? rule.defaultSeverity,
      });
    },
  };
  rule.check(context);
  return found;
}

/** A small, clean cycle that every rule lets through: company → engineering → platform. */
export const CLEAN: Record<string, string> = {
  company: yaml`
    cycle: 2026-Q4
    unit: company
    level: company
    lead: carla
    objectives:
      - id: O1
        title: Delight our customers
        keyResults:
          - { id: KR1, title: Raise NPS from 30 to 50, lead: carla, start: 30, target: 50 }
          - { id: KR2, title: Cut churn from 5 to 3 percent, lead: dan, start: 5, target: 3 }
  `,
  engineering: yaml`
    cycle: 2026-Q4
    unit: engineering
    level: department
    parent: company
    lead: alice
    members: [bob]
    objectives:
      - id: O1
        title: Ship with confidence
        alignsTo: company/O1/KR1
        type: committed
        keyResults:
          - { id: KR1, title: Cut failed deploys from 10 to 2 per month, lead: alice, start: 10, target: 2, confidence: 0.8 }
          - id: KR2
            title: Blue/green deploys for every service
            lead: bob
            milestones:
              - { title: Design approved, done: true }
              - { title: All services, done: false }
  `,
  platform: yaml`
    cycle: 2026-Q4
    unit: platform
    level: team
    parent: engineering
    lead: bob
    objectives:
      - id: O1
        title: Make deploys boring
        alignsTo: [engineering/O1, company/O1]
        keyResults:
          - { id: KR1, title: Cut median deploy time from 40 to 10 minutes, lead: bob, start: 40, target: 10, commit: 30, stretch: 8 }
          - { id: KR2, title: Keep uptime above 99.9 percent, lead: bob, min: 99.9 }
    healthMetrics:
      - { id: H1, title: Uptime, min: 99.9 }
  `,
};

export const PEOPLE: Config['people'] = { alice: {}, bob: {}, carla: {}, dan: {} };

/** CLEAN with one unit file replaced or added. */
export function cleanWith(units: Record<string, string>): Record<string, string> {
  return { ...CLEAN, ...units };
}
