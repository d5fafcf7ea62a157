// Shell words: a command okr prints (in a reminder, a post, a pull-request comment) is read
// back by a real bash as exactly the words okr meant, whatever the files put in them.

import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shellCommand, shellWord } from '../../src/escape/shell.js';
import { anyText, FC_PARAMS, HOSTILE } from './hostile.js';

/** What bash makes of a command line: its words, as `printf '%s\0'` prints them. */
function wordsInBash(line: string): string[] {
  const out = execFileSync('bash', ['--noprofile', '--norc', '-c', `printf '%s\\0' ${line}`], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

/** An argument list cannot hold NUL, and a lone surrogate is not UTF-8: no command has either. */
const typeable = (text: string) => text !== '' && !text.includes('\0') && !/[\ud800-\udfff]/u.test(text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''));

describe('shell words', () => {
  it('leaves plain words plain, so a command reads as one would type it', () => {
    expect(shellCommand(['okr', 'checkin', 'platform/O2/KR1', '--value', '22.5', '--confidence', '0.6'])).toBe('okr checkin platform/O2/KR1 --value 22.5 --confidence 0.6');
    expect(shellWord("Design's done")).toBe(`'Design'\\''s done'`);
    expect(shellWord('a\nb')).toBe("$'a\\x0ab'");
    expect(shellWord('')).toBe("''");
  });

  it('gives bash back every hostile text as one word, unchanged', () => {
    const texts = HOSTILE.map((h) => h.text).filter(typeable);
    expect(wordsInBash(shellCommand(texts))).toEqual(texts);
  });

  it('gives bash back any text as one word, unchanged (property)', () => {
    fc.assert(fc.property(fc.array(anyText.filter(typeable), { minLength: 1, maxLength: 5 }), (texts) => {
      expect(wordsInBash(shellCommand(texts))).toEqual(texts);
    }), { ...FC_PARAMS, numRuns: Math.min(FC_PARAMS.numRuns, 60) });
  });

  it('never leaves a control character, a line break or a bidi control in the line', () => {
    for (const { text } of HOSTILE) {
      // eslint-disable-next-line no-control-regex
      expect(shellWord(text)).not.toMatch(/[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    }
  });
});
