// Runs the semantic rules over one resolved cycle, with severities and options as the
// config's `rules:` sets them (ESLint-style: "off" | "warning" | "error", or [severity, options]).

import type { Cascade } from '../graph/cascade.js';
import type { Config, CycleDoc, Finding, RuleSetting, Severity, SeveritySetting } from '../model.js';
import { own } from '../lookup.js';
import { RULES } from './index.js';
import type { Rule } from './rule.js';

export interface RuleRun {
  config: Config;
  configFile: string;
  cycle: CycleDoc;
  cascade: Cascade;
}

export function runRules(run: RuleRun, rules: Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const { severity: configured, options } = settingOf(run.config, rule.id);
    if (configured === 'off') continue;
    rule.check({
      config: run.config,
      configFile: run.configFile,
      cycle: run.cycle,
      cascade: run.cascade,
      options: { ...rule.defaultOptions, ...options },
      report: (report) => {
        findings.push({
          file: report.file,
          path: report.path,
          atKey: report.atKey,
          message: report.message,
          rule: rule.id,
          // A severity the user chose wins over a rule's per-case default.
          severity: configured ?? report.severity ?? rule.defaultSeverity,
        });
      },
    });
  }
  return findings;
}

/** What the config's `rules:` says about one rule (own keys only: see lookup.ts). */
export function settingOf(config: Pick<Config, 'rules'>, ruleId: string): { severity?: Severity | 'off'; options: Record<string, unknown> } {
  return resolveSetting(own(config.rules, ruleId));
}

export function resolveSetting(setting: RuleSetting | undefined): { severity?: Severity | 'off'; options: Record<string, unknown> } {
  if (setting === undefined) return { options: {} };
  const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
  return { severity: normaliseSeverity(severity), options: options ?? {} };
}

function normaliseSeverity(severity: SeveritySetting): Severity | 'off' {
  return severity === 'warn' ? 'warning' : severity;
}
