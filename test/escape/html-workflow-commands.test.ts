// Found by the repository fuzzer (npm run fuzz): a person's name holding a line break and
// `::set-output` reached `okr report --format html` on its own line, which a CI log reads as
// a workflow command when the page is printed there. escapeHtml now writes the `:` (and the
// `#` of `##[`) as an entity: the browser shows the same text, the log runs nothing.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/escape/html.js';
import { MINIMAL_CONFIG, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { anyText, FC_PARAMS } from './hostile.js';

// eslint-disable-next-line no-control-regex
const COMMAND_LINE = /(^|[\r\n])[\s\x1c-\x1f\x85]*::|##\[/;

describe('escapeHtml and workflow commands', () => {
  it('no line of its output starts one, and the page shows the same text', () => {
    expect(escapeHtml('x\n   ::set-output name=a::b')).toBe('x\n   &#58;:set-output name=a::b');
    expect(escapeHtml('::add-mask::secret')).toBe('&#58;:add-mask::secret');
    expect(escapeHtml('a ##[error]b')).toBe('a #&#35;[error]b');
    expect(escapeHtml('a::b')).toBe('a::b');
  });

  it('holds for any string (property)', () => {
    fc.assert(fc.property(anyText, (text) => {
      expect(escapeHtml(text)).not.toMatch(COMMAND_LINE);
    }), FC_PARAMS);
  });

  it('okr report --format html with such a name', async () => {
    const config = `${MINIMAL_CONFIG}people:\n  ann: { name: "Ann\\n   ::set-output name=a::b ##[error]x", email: ann@test.example }\n`;
    const unit = 'cycle: 2026-Q4\nunit: company\nlevel: company\nlead: ann\nobjectives:\n  - id: O1\n    title: Grow\n    keyResults:\n      - { id: KR1, title: Revenue, lead: ann, start: 0, target: 10, current: 5 }\n';
    const dir = tempRepo({ 'okr.config.yaml': config, 'okrs/2026-Q4/company.yaml': unit });
    const result = await runOkr(['-C', dir, 'report', '--format', 'html', '--no-history', '--as-of', '2026-11-23']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('&#58;:set-output');
    expect(result.stdout).not.toMatch(COMMAND_LINE);
  });
});
