import { describe, expect, it } from 'vitest';
import { compareFindings, dedupeFindings, findingKey, newErrors } from '../../src/findings/same-finding.js';
import type { Finding } from '../../src/model.js';

const finding = (over: Partial<Finding> = {}): Finding => ({
  file: 'okrs/2026-Q4/platform.yaml',
  path: ['objectives', 0, 'keyResults', 1, 'lead'],
  severity: 'error',
  rule: 'kr-has-lead',
  message: 'key result platform/O1/KR2 has no lead',
  ...over,
});

describe('the same finding', () => {
  it('within one check: what it says and where', () => {
    expect(findingKey(finding())).toBe(findingKey(finding()));
    expect(findingKey(finding())).not.toBe(findingKey(finding({ path: ['objectives', 1] })));
    expect(findingKey(finding())).not.toBe(findingKey(finding({ severity: 'warning' })));
    expect(findingKey(finding({ path: [], position: { line: 3, column: 1 } })))
      .not.toBe(findingKey(finding({ path: [], position: { line: 9, column: 1 } })));
  });

  it('says a finding repeated per cycle once, and keeps two alike at different places', () => {
    const config = finding({ file: 'okr.config.yaml', path: ['roles', 'coach'], rule: 'people', message: "unknown person 'zed'" });
    const here = finding({ path: ['objectives', 0, 'title'], rule: 'schema', message: 'must be a string' });
    const there = finding({ path: ['objectives', 2, 'title'], rule: 'schema', message: 'must be a string' });
    expect(dedupeFindings([config, here, config, there, config])).toEqual([config, here, there]);
  });

  it('across a change: the same problem moved to another place is not new', () => {
    const before = [finding()];
    const after = [finding({ path: ['objectives', 1, 'keyResults', 1, 'lead'] })];
    expect(compareFindings(before, after)).toEqual({ introduced: [], fixed: 0 });
  });

  it('across a change: a second copy of a problem is new, and a problem gone is fixed', () => {
    const other = finding({ message: 'key result platform/O1/KR3 has no lead' });
    const copy = finding({ path: ['objectives', 3] });
    expect(compareFindings([finding(), other], [finding(), copy])).toEqual({ introduced: [copy], fixed: 1 });
  });

  it('across a change: a warning that became an error is a new error', () => {
    const warning = finding({ severity: 'warning' });
    expect(compareFindings([warning], [finding()]).introduced).toEqual([finding()]);
    expect(newErrors([warning], [finding()])).toEqual([finding()]);
    expect(newErrors([finding()], [finding(), warning])).toEqual([]);
  });
});
