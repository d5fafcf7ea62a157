// What the new cycle's drafts hold that `okr validate --cycle B` will list, counted the way
// validate counts (each problem once), so the number okr next says is the number validate
// then shows: the objectives whose alignment did not carry over included, whatever the
// `aligned` rule's severity, and problems of files that were in B's folder before apart.

import { dedupeFindings } from '../findings/same-finding.js';
import type { Finding } from '../model.js';
import { plural } from '../text/plural.js';

export interface DraftProblems {
  errors: number;
  warnings: number;
  /** Of those, objectives left to align again because their alignment did not carry over. */
  realign: number;
  /** Problems in B's files that okr next did not write. */
  elsewhere: number;
}

export function countDraftProblems(findings: readonly Finding[], drafts: ReadonlySet<string>, realign: (finding: Finding) => boolean): DraftProblems {
  const counts: DraftProblems = { errors: 0, warnings: 0, realign: 0, elsewhere: 0 };
  for (const finding of dedupeFindings(findings)) {
    if (!drafts.has(finding.file)) {
      counts.elsewhere++;
      continue;
    }
    if (finding.severity === 'error') counts.errors++;
    else counts.warnings++;
    if (realign(finding)) counts.realign++;
  }
  return counts;
}

/** The sentence okr next ends with, or undefined when the drafts are clean. */
export function draftProblemsText(problems: DraftProblems, cycle: string): string | undefined {
  const { errors, warnings, realign, elsewhere } = problems;
  if (errors + warnings + elsewhere === 0) return undefined;
  const parts = [`okr validate --cycle ${cycle} lists ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in the drafts`];
  if (realign > 0) parts.push(`${realign === errors + warnings ? (realign === 1 ? 'it is' : 'all are') : `${realign} of them ${realign === 1 ? 'is' : 'are'}`} ${realign === 1 ? 'an objective' : 'objectives'} to align again (said above)`);
  if (errors + warnings > realign) parts.push('the rest are what drafts have until they are finished');
  if (elsewhere > 0) parts.push(`and ${plural(elsewhere, 'problem')} in files of ${cycle} that were there before`);
  return parts.join('; ');
}
