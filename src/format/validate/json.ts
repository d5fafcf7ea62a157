// `okr validate --format json`: { diagnostics, summary }, for scripts and editors; in chunks,
// since a large organisation's drafts can hold a warning in every file.

import { jsonChunks } from '../../escape/json.js';
import { summarize, type ValidateResult } from '../../validate/result.js';
import type { ChunkFormatter } from '../formatter.js';

export const formatValidateJson: ChunkFormatter<ValidateResult> = (result) => jsonChunks({ diagnostics: result.diagnostics, summary: summarize(result) });
