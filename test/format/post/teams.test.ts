import { describe, expect, it } from 'vitest';
import { formatPostTeams } from '../../../src/format/post/teams.js';
import { PIPE } from '../expect-output.js';
import { summary } from './fixture.js';

type Node = Record<string, unknown>;

/** Every object of the card, depth first. */
function nodes(value: unknown): Node[] {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (value === null || typeof value !== 'object') return [];
  return [value as Node, ...Object.values(value).flatMap(nodes)];
}

describe('okr report --post, teams', () => {
  it('is a message with one Adaptive Card', () => {
    const message = JSON.parse(formatPostTeams(summary(), PIPE));
    expect(message.type).toBe('message');
    expect(message.attachments).toHaveLength(1);
    expect(message.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = message.attachments[0].content;
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
    const runs = nodes(card).filter((n) => n.type === 'TextRun').map((n) => n.text as string);
    expect(runs).toContain('as of 2026-11-20, day 51 of 92 · overall 0.52 🟡');
    expect(runs).toContain('okr checkin platform/O1/KR1 --value 22 --confidence 0.6');
  });

  it('puts file text only in text runs, which take no markdown, with card functions broken', () => {
    const card = JSON.parse(formatPostTeams(summary(), PIPE)).attachments[0].content;
    // No TextBlock (which reads markdown) at all.
    expect(nodes(card).filter((n) => n.type === 'TextBlock')).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).not.toContain('{{DATE');
    expect(text).not.toContain('\\u001b');
    for (const node of nodes(card).filter((n) => typeof n.text === 'string')) expect(node.type).toBe('TextRun');
  });
});
