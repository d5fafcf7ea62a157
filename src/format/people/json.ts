// `okr people --format json`: the report as it is (src/people/build.ts), for scripts.

import { jsonText } from '../../escape/json.js';
import type { PeopleReport } from '../../people/build.js';
import type { Formatter } from '../formatter.js';

export const formatPeopleJson: Formatter<PeopleReport> = (report) => jsonText(report);
