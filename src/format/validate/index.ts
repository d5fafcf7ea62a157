// okr validate's formats (src/format/formatter.ts), and what goes with some of them.

import type { ValidateResult } from '../../validate/result.js';
import type { Formats, Formatter } from '../formatter.js';

export type ValidateFormat = 'stylish' | 'json' | 'github' | 'sarif';

export const VALIDATE_FORMATS: Formats<ValidateFormat, ValidateResult> = {
  stylish: async () => (await import('./stylish.js')).formatValidateStylish,
  json: async () => (await import('./json.js')).formatValidateJson,
  github: async () => (await import('./github.js')).formatGithub,
  sarif: async () => (await import('./sarif.js')).formatSarif,
};

/** Markdown for $GITHUB_STEP_SUMMARY, written with the format's output when the variable is set. */
export const STEP_SUMMARIES: Partial<Record<ValidateFormat, () => Promise<Formatter<ValidateResult>>>> = {
  github: async () => (await import('./step-summary.js')).formatStepSummary,
};

/** GitHub places annotations and code-scanning results by the path from the repository's top. */
export const PATHS_FROM_TOP: ReadonlySet<ValidateFormat> = new Set(['github', 'sarif']);
