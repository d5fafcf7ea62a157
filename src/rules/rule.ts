// What a semantic rule is. Each rule lives in its own module as `src/rules/<id>.ts` and is
// listed in `src/rules/index.ts`. A rule reads the resolved cycle and reports findings by
// document path; positions are attached later, only for files that have findings.

import type { Cascade } from '../graph/cascade.js';
import type { Config, CycleDoc, DocPath, Severity } from '../model.js';

export interface RuleReport {
  /** Repository-relative file the finding is in (a unit file, or the config file). */
  file: string;
  path: DocPath;
  message: string;
  /** Point at the key of the map entry instead of its value (for "unknown"/"duplicate" keys). */
  atKey?: boolean;
  /**
   * A severity for this finding when the user has not configured the rule's severity
   * (for rules whose default differs by case, like `objective-has-krs`).
   */
  severity?: Severity;
}

export interface RuleContext {
  config: Config;
  /** Repository-relative path of okr.config.yaml, for findings about the config itself. */
  configFile: string;
  cycle: CycleDoc;
  cascade: Cascade;
  /** The rule's options: its defaults merged with what `rules:` in the config gives. */
  options: Record<string, unknown>;
  report(finding: RuleReport): void;
}

/**
 * The draft-07 JSON Schema of a rule's options object (ESLint's `meta.schema`): the config's
 * `rules:` is checked against it when the config loads. Always a closed map, so a misspelt
 * option is refused with a "did you mean" instead of being ignored.
 */
export interface OptionsSchema {
  type: 'object';
  additionalProperties: false;
  properties: Record<string, OptionSchema>;
}

/** The schema of one option: a number or integer with its bounds, and what it means. */
export interface OptionSchema {
  type: 'integer' | 'number';
  minimum?: number;
  maximum?: number;
  description: string;
}

/** The schema of a rule that takes no options: `[warning, {}]` is all it accepts. */
export const NO_OPTIONS: OptionsSchema = { type: 'object', additionalProperties: false, properties: {} };

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** One line, shown by `okr validate --help` style listings and in SARIF. */
  description: string;
  /** What `[severity, { options }]` may say for this rule. */
  optionsSchema: OptionsSchema;
  defaultOptions?: Record<string, unknown>;
  /**
   * `unit`: the rule reads one unit at a time and nothing of the others (not even what aligns
   * to its key results), so `okr validate` runs it where each file is read. Otherwise the rule
   * reads the cycle: it runs once over every unit, after all are read; under `okr validate`
   * it then sees skeletons (src/load/skeleton.ts), so it may read only what they keep
   * (test/load/per-file-check.test.ts compares both ways over every example).
   */
  scope?: 'unit' | 'cycle';
  check(context: RuleContext): void;
}
