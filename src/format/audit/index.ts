// okr audit's formats (src/format/formatter.ts).

import type { AuditReport } from '../../audit/audit.js';
import type { Formats } from '../formatter.js';

export type AuditFormat = 'md' | 'json';

export const AUDIT_FORMATS: Formats<AuditFormat, AuditReport> = {
  md: async () => (await import('./md.js')).formatAuditMarkdown,
  json: async () => (await import('./json.js')).formatAuditJson,
};
