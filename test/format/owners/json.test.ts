import { describe, expect, it } from 'vitest';
import type { OwnersOutcome } from '../../../src/codeowners/outcome.js';
import { formatOwnersJson } from '../../../src/format/owners/json.js';
import { PIPE } from '../expect-output.js';

describe('okr owners, json', () => {
  it('is the outcome as it is', () => {
    const outcome: OwnersOutcome = { mode: 'write', file: '.github/CODEOWNERS', rules: [{ pattern: '/okr.config.yaml', owner: '@alice-ng', person: 'alice' }], written: true, problems: [] };
    expect(JSON.parse(formatOwnersJson(outcome, PIPE))).toEqual(outcome);
  });
});
