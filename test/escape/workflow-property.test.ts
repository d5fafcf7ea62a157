// Found by the repository fuzzer (npm run fuzz): a unit file named `ESC]0;t BEL.yaml` reached
// the `file=` property of a `--format github` annotation as it was, so the escape sequence
// went into the CI log (and retitled a terminal running it). The property now shows control
// characters, as the message and the plain list do.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { showControls } from '../../src/escape/visible.js';
import { workflowProperty } from '../../src/escape/workflow-command.js';
import { formatGithub as formatGithubResult } from '../../src/format/validate/github.js';
import type { Diagnostic } from '../../src/model.js';
import { FILE_MEDIUM } from '../../src/terminal/medium.js';

const formatGithub = (diagnostics: Diagnostic[]) => formatGithubResult({ diagnostics, files: 1 }, FILE_MEDIUM);
import { MINIMAL_CONFIG, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { anyText, FC_PARAMS } from './hostile.js';

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

describe('a file name in an annotation', () => {
  it('shows its control characters, and stays one property', () => {
    expect(workflowProperty('okrs/2026-Q4/\x1b]0;t\x07.yaml')).toBe('okrs/2026-Q4/␛]0;t␇.yaml');
    expect(workflowProperty('a\u202eb:c,d\ne')).toBe('a<U+202E>b%3Ac%2Cd%0Ae');
  });

  it('no annotation carries a control character, whatever the file is called (property)', () => {
    fc.assert(fc.property(anyText, (name) => {
      const out = formatGithub([{ file: `okrs/2026-Q4/${name}.yaml`, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: 'yaml', message: 'm', path: '' }]);
      expect(out.replace(/\n/g, '')).not.toMatch(UNSAFE);
      expect(showControls(out, '\n')).toBe(out);
    }), FC_PARAMS);
  });

  it('okr validate --format github on a file named with an escape sequence', async () => {
    const dir = tempRepo({ 'okr.config.yaml': MINIMAL_CONFIG });
    mkdirSync(join(dir, 'okrs/2026-Q4'), { recursive: true });
    writeFileSync(join(dir, 'okrs/2026-Q4/\x1b]0;t\x07.yaml'), 'cycle: 2026-Q4\nunit: x\nlevel: team\nobjectives: []\n');
    const result = await runOkr(['-C', dir, 'validate', '--format', 'github']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error file=okrs/2026-Q4/␛]0;t␇.yaml,');
    expect(result.stdout.replace(/\n/g, '')).not.toMatch(UNSAFE);
  });
});
