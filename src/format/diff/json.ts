// `okr diff --format json`: every cycle's changes, with the problems the change introduces
// given located, like okr validate's.

import type { ChangesReport } from '../../diff/changes.js';
import { jsonText } from '../../escape/json.js';
import type { Formatter } from '../formatter.js';

export const formatChangesJson: Formatter<ChangesReport> = (report) => {
  const cycles = report.cycles.map((c) => ({ ...c, introduced: report.problems.get(c.cycle) ?? [] }));
  return jsonText({ base: report.base, head: report.head, cycles });
};
