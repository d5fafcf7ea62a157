// `okr report --format json`: the report's data as it is (src/report/model.ts).

import { jsonText } from '../../escape/json.js';
import type { Report } from '../../report/model.js';
import type { Formatter } from '../formatter.js';

export const formatReportJson: Formatter<Report> = (report) => jsonText(report);
