import { describe, expect, it } from 'vitest';
import { formatPostSlack } from '../../../src/format/post/slack.js';
import { PIPE } from '../expect-output.js';
import { item, summary } from './fixture.js';

interface SlackMessage {
  text: string;
  blocks: { type: string; text?: { type: string; text: string }; elements?: { text: string }[] }[];
  unfurl_links: boolean;
}

function strings(message: SlackMessage): string[] {
  return [message.text, ...message.blocks.flatMap((b) => [b.text?.text ?? '', ...(b.elements ?? []).map((e) => e.text)])];
}

describe('okr report --post, slack', () => {
  it('is an incoming-webhook message: fallback text, mrkdwn blocks, no unfurling', () => {
    const message = JSON.parse(formatPostSlack(summary(), PIPE)) as SlackMessage;
    expect(message.unfurl_links).toBe(false);
    expect(message.text).toMatch(/OKRs, 2026-Q4: overall 0\.52, 2 key results need attention$/);
    expect(message.blocks[0].text!.text).toContain('as of 2026-11-20, day 51 of 92 · overall 0.52 🟡');
    expect(message.blocks[0].text!.text).toContain('10 key results: 1 off track, 1 at risk, 7 on track, 1 done');
    expect(message.blocks[1].text!.text).toBe('*Needs attention: 2 key results*');
    expect(message.blocks[2].text!.text).toContain('`okr checkin platform/O1/KR1 --value 22 --confidence 0.6`');
    // A roll-up has no command line.
    expect(message.blocks[3].text!.text.split('\n')).toHaveLength(2);
  });

  it('never lets file text ping, link or format', () => {
    const all = strings(JSON.parse(formatPostSlack(summary(), PIPE)) as SlackMessage).join('\n');
    expect(all).not.toMatch(/<[!@#]/);
    expect(all).not.toMatch(/<https?:/);
    expect(all).not.toContain('@everyone');
    expect(all).not.toContain('*bold*');
    expect(all).not.toContain('_it_');
    expect(all).not.toContain('\x1b');
    expect(all).toContain('&lt;!channel&gt;');
  });

  it('lists fifteen key results at most, and counts the rest', () => {
    const many = summary(Array.from({ length: 20 }, (_, i) => item(i + 1)));
    const message = JSON.parse(formatPostSlack(many, PIPE)) as SlackMessage;
    expect(message.blocks[1].text!.text).toBe('*Needs attention: 20 key results, the first 15 below*');
    expect(message.blocks.filter((b) => b.text?.text.startsWith('• '))).toHaveLength(15);
    expect(message.blocks.at(-1)!.elements![0].text).toBe('…and 5 more: okr report lists them all.');
  });

  it('says when nothing needs attention', () => {
    const message = JSON.parse(formatPostSlack(summary([]), PIPE)) as SlackMessage;
    expect(message.blocks[1].text!.text).toBe('*Nothing needs attention: every key result is on pace and checked in.*');
  });
});
