import { describe, expect, it } from 'vitest';
import { formatSarif } from '../../../src/format/validate/sarif.js';
import { RULES } from '../../../src/rules/index.js';
import { validateResult } from '../fixtures.js';
import { PIPE } from '../expect-output.js';

describe('okr validate, sarif', () => {
  it('is a SARIF 2.1.0 log naming every rule, each result pointing at its rule and place', () => {
    const log = JSON.parse(formatSarif(validateResult(), PIPE));
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['yaml', 'file', 'schema', 'config', 'eased-target', ...RULES.map((r) => r.id)]));
    expect(run.results).toHaveLength(2);
    expect(run.results[0]).toMatchObject({
      ruleId: 'schema', ruleIndex: ids.indexOf('schema'), level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'okrs/2026-Q4/platform.yaml' }, region: { startLine: 12, startColumn: 12 } } }],
    });
    expect(run.results[1].level).toBe('warning');
  });
});
