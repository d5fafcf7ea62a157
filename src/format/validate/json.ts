// `okr validate --format json`: { diagnostics, summary }, for scripts and editors.

import { jsonText } from '../../escape/json.js';
import { summarize, type ValidateResult } from '../../validate/result.js';
import type { Formatter } from '../formatter.js';

export const formatValidateJson: Formatter<ValidateResult> = (result) => jsonText({ diagnostics: result.diagnostics, summary: summarize(result) });
