// `okr checkin --format json`: what was recorded, written and committed, as it is.

import type { CheckinOutcome } from '../../checkin/outcome.js';
import { jsonText } from '../../escape/json.js';
import type { Formatter } from '../formatter.js';

export const formatCheckinJson: Formatter<CheckinOutcome> = (outcome) => jsonText(outcome);
