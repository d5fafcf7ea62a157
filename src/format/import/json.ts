// `okr import --format json`: the files created or changed and how, or what refused the import.

import { jsonText } from '../../escape/json.js';
import type { ImportOutcome } from '../../interchange/outcome.js';
import type { Formatter } from '../formatter.js';

export const formatImportJson: Formatter<ImportOutcome> = (outcome) => jsonText(outcome);
