// The semantic rules, in the order their findings read best: structure first (ids, files,
// references, cycles, levels, leads), then coaching (size, wording, alignment, confidence).
// `yaml` and `schema` run before these in the loader and validator.

import { alignUpward } from './align-upward.js';
import { aligned } from './aligned.js';
import { committedConfidence } from './committed-confidence.js';
import { companyAnchor } from './company-anchor.js';
import { fileLocation } from './file-location.js';
import { krHasLead } from './kr-has-lead.js';
import { krMeasurable } from './kr-measurable.js';
import { maxObjectives } from './max-objectives.js';
import { metricLevels } from './metric-levels.js';
import { noCycles } from './no-cycles.js';
import { objectiveHasKrs } from './objective-has-krs.js';
import { objectiveQualitative } from './objective-qualitative.js';
import { refResolves } from './ref-resolves.js';
import { sourceFitsKind } from './source-fits-kind.js';
import { sourceKrType } from './source-kr-type.js';
import { sourceResolves } from './source-resolves.js';
import { NO_OPTIONS, type OptionsSchema, type Rule } from './rule.js';
import { uniqueIds } from './unique-ids.js';

export const RULES: Rule[] = [
  uniqueIds,
  fileLocation,
  refResolves,
  noCycles,
  metricLevels,
  krHasLead,
  objectiveHasKrs,
  maxObjectives,
  objectiveQualitative,
  krMeasurable,
  aligned,
  alignUpward,
  companyAnchor,
  committedConfidence,
  sourceResolves,
  sourceKrType,
  sourceFitsKind,
];

/** Rules that compare against a base revision; they run only with `--base` (their code lives in src/diff/). */
/** The rules that read one unit at a time (`scope: 'unit'`), and those that read the cycle. */
export const UNIT_RULES: Rule[] = RULES.filter((rule) => rule.scope === 'unit');
export const CYCLE_RULES: Rule[] = RULES.filter((rule) => rule.scope !== 'unit');

export const BASE_ONLY_RULES: readonly Pick<Rule, 'id' | 'optionsSchema'>[] = [{ id: 'eased-target', optionsSchema: NO_OPTIONS }];

export const BASE_ONLY_RULE_IDS: readonly string[] = BASE_ONLY_RULES.map((rule) => rule.id);

/**
 * Every rule id `rules:` in the config may name: the rules above, plus `eased-target`,
 * which lives with the git code and runs only with `--base`.
 */
export const RULE_IDS: readonly string[] = [...RULES.map((rule) => rule.id), ...BASE_ONLY_RULE_IDS];

/** The schema of each rule's options, by rule id, for checking the config's `rules:`. */
export const OPTIONS_SCHEMAS: ReadonlyMap<string, OptionsSchema> = new Map([...RULES, ...BASE_ONLY_RULES].map((rule) => [rule.id, rule.optionsSchema]));
