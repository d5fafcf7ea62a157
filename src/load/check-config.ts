// What the config schema cannot say: values that are each well-formed but together cannot be
// meant. Cycle ids repeated, dates out of order, cycles that partly overlap or repeat each
// other (nesting is allowed), grade bands or pace margins the wrong way round. Each is a
// finding at the offending key, and a config with any of them is not used (exit 2).

import { DEFAULT_SCORING, type ConfigDoc, type DocPath, type Finding } from '../model.js';
import { checkNotifyConfig } from '../notify/check-config.js';
import { checkConfigSources } from '../sources/check-config-sources.js';
import { cycleClashes } from './cycle-spans.js';

export interface ConfigChecks {
  /**
   * A config read from git history is compared, not judged: only the checks it always had
   * apply, so a pull request that fixes a bad config can still be compared with its base.
   */
  atRevision?: boolean;
}

export function checkConfigValues(doc: ConfigDoc, file: string, checks: ConfigChecks = {}): Finding[] {
  const finding = (path: DocPath, message: string): Finding => ({ file, path, message, severity: 'error', rule: 'config' });
  const findings = checkCycleDates(doc, finding);
  if (checks.atRevision) return findings;
  // Sources: the fields of each kind, `$NAME` syntax, no secret written in the file (SPEC 8).
  const sources = checkConfigSources(doc.sources).map((p): Finding => ({ ...finding(p.path, p.message), atKey: p.atKey }));
  // Notify: secrets from the environment, a login given whole, values that parse (SPEC 9).
  const notify = checkNotifyConfig(doc.notify).map((p) => finding(p.path, p.message));
  return [...findings, ...checkCycleClashes(doc, finding), ...checkScoring(doc, finding), ...sources, ...notify];
}

type Say = (path: DocPath, message: string) => Finding;

function checkCycleDates(doc: ConfigDoc, finding: Say): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  doc.cycles.forEach((cycle, index) => {
    if (seen.has(cycle.id)) findings.push(finding(['cycles', index, 'id'], `duplicate cycle id '${cycle.id}'`));
    seen.add(cycle.id);
    if (cycle.end <= cycle.start) findings.push(finding(['cycles', index, 'end'], `cycle '${cycle.id}' ends (${cycle.end}) before it starts (${cycle.start})`));
    for (const key of ['postBy', 'midpoint'] as const) {
      const date = cycle[key];
      if (date !== undefined && (date < cycle.start || date > cycle.end)) {
        findings.push(finding(['cycles', index, key], `${key} ${date} is outside cycle '${cycle.id}' (${cycle.start} to ${cycle.end})`));
      }
    }
    if (cycle.retroBy !== undefined && cycle.retroBy < cycle.end) {
      findings.push(finding(['cycles', index, 'retroBy'], `retroBy ${cycle.retroBy} is before cycle '${cycle.id}' ends (${cycle.end})`));
    }
  });
  return findings;
}

function checkCycleClashes(doc: ConfigDoc, finding: Say): Finding[] {
  const span = (index: number) => `'${doc.cycles[index].id}' (${doc.cycles[index].start} to ${doc.cycles[index].end})`;
  return cycleClashes(doc.cycles).map(({ index, other, kind }) => kind === 'repeats'
    ? finding(['cycles', index, 'start'], `cycle ${span(index)} repeats the dates of cycle '${doc.cycles[other].id}'; two cycles of the same days cannot both be current`)
    : finding(['cycles', index, 'start'], `cycle ${span(index)} partly overlaps cycle ${span(other)}; cycles may nest (quarters inside a year) but not partly overlap`));
}

function checkScoring(doc: ConfigDoc, finding: Say): Finding[] {
  const findings: Finding[] = [];
  const scoring = doc.scoring;
  // Compare with the defaults filled in, but point at a key the user wrote.
  const given = (value: number | undefined, fallback: number) => value === undefined ? `${fallback} (the default)` : String(value);
  const yellow = scoring?.bands?.yellow;
  const green = scoring?.bands?.green;
  if ((yellow ?? DEFAULT_SCORING.bands.yellow) > (green ?? DEFAULT_SCORING.bands.green)) {
    const key = yellow !== undefined ? 'yellow' : 'green';
    findings.push(finding(['scoring', 'bands', key], `grade band yellow ${given(yellow, DEFAULT_SCORING.bands.yellow)} is above green ${given(green, DEFAULT_SCORING.bands.green)} in scoring.bands; grades run red < yellow <= green, so yellow must not be above green`));
  }
  const atRisk = scoring?.atRiskMargin;
  const offTrack = scoring?.offTrackMargin;
  if ((atRisk ?? DEFAULT_SCORING.atRiskMargin) > (offTrack ?? DEFAULT_SCORING.offTrackMargin)) {
    const key = atRisk !== undefined ? 'atRiskMargin' : 'offTrackMargin';
    findings.push(finding(['scoring', key], `atRiskMargin ${given(atRisk, DEFAULT_SCORING.atRiskMargin)} is above offTrackMargin ${given(offTrack, DEFAULT_SCORING.offTrackMargin)} in scoring; a key result is at risk before it is off track, so atRiskMargin must not be above offTrackMargin`));
  }
  return findings;
}
