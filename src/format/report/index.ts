// okr report's formats (src/format/formatter.ts): markdown, one self-contained HTML page, JSON.

import type { Report } from '../../report/model.js';
import type { Formats } from '../formatter.js';

export type ReportFormat = 'md' | 'html' | 'json';

export interface ReportFormatOptions {
  /** --depth: levels of the cascade diagram drawn before folding (markdown). */
  depth?: number;
}

export const REPORT_FORMATS: Formats<ReportFormat, Report, ReportFormatOptions> = {
  md: async () => (await import('./md.js')).formatReportMarkdown,
  html: async () => (await import('./html.js')).renderReportHtml,
  json: async () => (await import('./json.js')).formatReportJson,
};
