// A report names each key result once, in its unit's section; lists that point at key results
// (what needs attention) carry only the ref, and a format finds the rest here.

import type { KeyResultReport, Report } from './model.js';

export function keyResultsByRef(report: Pick<Report, 'units'>): Map<string, KeyResultReport> {
  const byRef = new Map<string, KeyResultReport>();
  for (const unit of report.units) {
    for (const objective of unit.objectives) for (const kr of objective.keyResults) if (!byRef.has(kr.ref)) byRef.set(kr.ref, kr);
  }
  return byRef;
}
