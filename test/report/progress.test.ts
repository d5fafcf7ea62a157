// src/terminal/progress.ts (used by okr report): a spinner line on stderr only where a person
// watches a terminal, cleared when done; nothing at all otherwise.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { progress } from '../../src/terminal/progress.js';

function stderr(isTTY: boolean) {
  const chunks: string[] = [];
  return { stream: { isTTY, write: (chunk: string) => chunks.push(chunk) }, chunks };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('progress', () => {
  it('shows the phase on a terminal, animates it, and clears the line when done', () => {
    vi.useFakeTimers();
    const { stream, chunks } = stderr(true);
    const status = progress({ stderr: stream, env: {} });
    status.phase('reading the git history');
    expect(chunks).toEqual(['\r\x1b[2K⠋ reading the git history…']);
    vi.advanceTimersByTime(80);
    expect(chunks.at(-1)).toBe('\r\x1b[2K⠙ reading the git history…');
    status.phase('rendering');
    expect(chunks.at(-1)).toBe('\r\x1b[2K⠹ rendering…');
    status.done();
    expect(chunks.at(-1)).toBe('\r\x1b[2K');
    const count = chunks.length;
    vi.advanceTimersByTime(1000);
    expect(chunks).toHaveLength(count);
  });

  it('writes nothing when stderr is not a terminal, with -q, or on a dumb terminal', () => {
    for (const [tty, quiet, env] of [[false, false, {}], [true, true, {}], [true, false, { TERM: 'dumb' }]] as const) {
      const { stream, chunks } = stderr(tty);
      progress({ stderr: stream, env }, { quiet }).phase('loading').done();
      expect(chunks).toEqual([]);
    }
  });

  it('lets other messages through without garbling the line: cleared before, drawn again after', () => {
    const { stream, chunks } = stderr(true);
    const status = progress({ stderr: stream, env: {} });
    status.stderr.write('before any phase\n');
    status.phase('loading');
    status.stderr.write('okr: warning: something\n');
    expect(chunks).toEqual(['before any phase\n', '\r\x1b[2K⠋ loading…', '\r\x1b[2K', 'okr: warning: something\n', '\r\x1b[2K⠙ loading…']);
    status.done();
    const quiet = stderr(false);
    progress({ stderr: quiet.stream, env: {} }).stderr.write('a note\n');
    expect(quiet.chunks).toEqual(['a note\n']);
  });

  it('clears nothing when no phase was shown', () => {
    const { stream, chunks } = stderr(true);
    progress({ stderr: stream, env: {} }).done();
    expect(chunks).toEqual([]);
  });
});
