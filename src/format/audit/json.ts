// `okr audit --format json`: { cycle, since, shallow, findings }, for scripts.

import { jsonText } from '../../escape/json.js';
import type { AuditReport } from '../../audit/audit.js';
import type { Formatter } from '../formatter.js';

export const formatAuditJson: Formatter<AuditReport> = (report) => jsonText({ cycle: report.cycle, since: report.since ?? null, shallow: report.shallow, findings: report.findings });
