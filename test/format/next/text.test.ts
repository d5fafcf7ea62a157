import { describe, expect, it } from 'vitest';
import { formatNextText } from '../../../src/format/next/text.js';
import { startedCycle } from '../fixtures.js';
import { PIPE } from '../expect-output.js';

describe('okr next, text', () => {
  it('says the new cycle with its dates, then each draft and what it carries', async () => {
    const started = await startedCycle();
    const text = formatNextText(started, PIPE);
    expect(text.split('\n')[0]).toBe(`Started 2027-Q1 in okr.config.yaml: ${started.to.start} to ${started.to.end}, post by ${started.to.postBy}, mid-cycle check-in ${started.to.midpoint}, learnings by ${started.to.retroBy}.`);
    expect(started.plan.drafts.length).toBeGreaterThan(0);
    for (const draft of started.plan.drafts) expect(text).toContain(draft.file);
    expect(text).not.toContain('\x1b');
  });
});

describe('okr next, text, on a cycle started before', () => {
  it('says the cycle was in the config already, with the dates it has', async () => {
    const started = await startedCycle();
    const { postBy: _postBy, midpoint: _midpoint, retroBy: _retroBy, ...bare } = started.to;
    const text = formatNextText({ ...started, to: bare, added: false }, PIPE);
    expect(text.split('\n')[0]).toBe(`2027-Q1 is in okr.config.yaml already: ${started.to.start} to ${started.to.end}.`);
  });
});
