import { describe, expect, it } from 'vitest';
import { formatValidateJson } from '../../../src/format/validate/json.js';
import { outputText } from '../../../src/format/formatter.js';
import { validateResult } from '../fixtures.js';
import { PIPE } from '../expect-output.js';

describe('okr validate, json', () => {
  it('is { diagnostics, summary }', () => {
    const result = validateResult();
    expect(JSON.parse(outputText(formatValidateJson(result, PIPE)))).toEqual({ diagnostics: result.diagnostics, summary: { errors: 1, warnings: 1, files: 12 } });
  });
});
