// When two findings are the same, the one definition that validate (a finding reported once
// per cycle checked, said once), validate --base and okr diff (what a change introduces) and
// every writing command (what an edit brings) go by.
//
// A finding says something (its rule, severity, file and message) about a place (the path in
// the document, or a position for a file that does not parse). Within one check, two findings
// are the same when both agree. Across two versions of the files, places move whenever
// anything above them changes (a new objective shifts the paths after it), so a problem is
// the same when it says the same thing; each one before is matched by one after, so a second
// copy of a problem still counts as new.

import type { Finding } from '../model.js';

/** What a finding says, wherever it stands. */
function problemKey(finding: Finding): string {
  return [finding.rule, finding.severity, finding.file, finding.message].join('\u0001');
}

/** What a finding says and where: its identity within one check of the files. */
export function findingKey(finding: Finding): string {
  const at = finding.position ? `${finding.position.line}:${finding.position.column}` : '';
  return [problemKey(finding), finding.path.join('\u0000'), at].join('\u0001');
}

/** Each finding once, the first of its copies, in order. */
export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = findingKey(finding);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface FindingChanges {
  /** Findings after that match none before. */
  introduced: Finding[];
  /** How many findings before match none after. */
  fixed: number;
}

/** What a change did to the findings: those it introduced and how many it fixed. */
export function compareFindings(before: readonly Finding[], after: readonly Finding[]): FindingChanges {
  const left = new Map<string, number>();
  for (const finding of before) left.set(problemKey(finding), (left.get(problemKey(finding)) ?? 0) + 1);
  const introduced: Finding[] = [];
  for (const finding of after) {
    const key = problemKey(finding);
    const count = left.get(key) ?? 0;
    if (count > 0) left.set(key, count - 1);
    else introduced.push(finding);
  }
  let fixed = 0;
  for (const count of left.values()) fixed += count;
  return { introduced, fixed };
}

/** Errors after a change that were not there before: what refuses a write. */
export function newErrors(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  return compareFindings(before, after).introduced.filter((finding) => finding.severity === 'error');
}
