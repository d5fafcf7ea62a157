// `okr owners --format json`: the rules, and what --check found or --write did.

import type { OwnersOutcome } from '../../codeowners/outcome.js';
import { jsonText } from '../../escape/json.js';
import type { Formatter } from '../formatter.js';

export const formatOwnersJson: Formatter<OwnersOutcome> = (outcome) => jsonText(outcome);
