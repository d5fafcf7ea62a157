// Slack mrkdwn and Teams card text: whatever a file holds, a chat shows it as words. Slack's
// three escapes are always applied, mentions and markup are broken, nothing spans two lines;
// a card's text has no control character and no `{{` that would open a card function.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardText } from '../../src/escape/adaptive-card.js';
import { slackCode, slackText } from '../../src/escape/slack.js';
import { anyText, FC_PARAMS, HOSTILE } from './hostile.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

function expectSlackInert(out: string): void {
  expect(out).not.toMatch(/[<>]/);
  expect(out).not.toMatch(/&(?!amp;|lt;|gt;)/);
  expect(out).not.toMatch(CONTROL);
  expect(out).not.toMatch(/@(?!\u200b)/);
  expect(out).not.toMatch(/(^|[^\u200b])[*_~`]|[*_~`](?!\u200b)/);
}

describe('slack mrkdwn', () => {
  it.each(HOSTILE.map((h) => [h.name, h.text]))('%s', (_, text) => {
    expectSlackInert(slackText(text));
  });

  it('keeps the words: only zero-width spaces and Slack\'s entities are added', () => {
    const text = 'Cut <deploys> & "waits" by *half* @everyone';
    const shown = slackText(text).replace(/\u200b/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(shown).toBe(text);
  });

  it('holds for any text (property)', () => {
    fc.assert(fc.property(anyText, (text) => expectSlackInert(slackText(text))), FC_PARAMS);
  });

  it('writes a command as code when it can, as text when it cannot', () => {
    expect(slackCode("okr checkin a/O1/KR1 --value 'x<y'")).toBe("`okr checkin a/O1/KR1 --value 'x&lt;y'`");
    expect(slackCode('a`b')).toBe(slackText('a`b'));
    expect(slackCode('@everyone')).toBe(slackText('@everyone'));
  });
});

describe('teams card text', () => {
  it.each(HOSTILE.map((h) => [h.name, h.text]))('%s', (_, text) => {
    const out = cardText(text);
    expect(out).not.toMatch(CONTROL);
    expect(out).not.toContain('{{');
  });

  it('breaks a card function and keeps the words', () => {
    expect(cardText('Ships {{DATE(2017-02-14T06:00:00Z, SHORT)}}')).toBe('Ships {\u200b{DATE(2017-02-14T06:00:00Z, SHORT)}}');
  });
});
