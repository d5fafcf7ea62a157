import { describe, expect, it } from 'vitest';
import type { OwnersOutcome } from '../../../src/codeowners/outcome.js';
import { formatOwnersText } from '../../../src/format/owners/text.js';
import type { Diagnostic } from '../../../src/model.js';
import { PIPE } from '../expect-output.js';

const rules = [{ pattern: '/okrs/2026-Q4/mobile.yaml', owner: '@ohaddad', person: 'omar' }];
const missing: Diagnostic = { file: '.github/CODEOWNERS', line: 3, column: 1, endLine: 3, endColumn: 1, severity: 'error', rule: 'codeowners-in-step', message: 'Missing: /okrs/2026-Q4/mobile.yaml @ohaddad.', path: '' };

describe('okr owners, text', () => {
  it('prints the section, the differences --check found, or what --write did', () => {
    const section = '# BEGIN okr owners\n/okrs/2026-Q4/mobile.yaml @ohaddad\n# END okr owners\n';
    expect(formatOwnersText({ mode: 'print', rules, section, problems: [] }, PIPE)).toBe(section);
    const check: OwnersOutcome = { mode: 'check', file: '.github/CODEOWNERS', rules, inStep: false, differences: [missing], problems: [] };
    expect(formatOwnersText(check, PIPE)).toContain('3:1  error  Missing: /okrs/2026-Q4/mobile.yaml @ohaddad.  codeowners-in-step');
    expect(formatOwnersText({ ...check, inStep: true, differences: [] }, PIPE)).toBe('');
    expect(formatOwnersText({ mode: 'write', file: '.github/CODEOWNERS', rules, written: true, problems: [] }, PIPE)).toBe('wrote .github/CODEOWNERS (1 rule)\n');
    expect(formatOwnersText({ mode: 'write', file: '.github/CODEOWNERS', rules, written: false, problems: [] }, PIPE)).toBe('.github/CODEOWNERS is already in step\n');
  });
});
