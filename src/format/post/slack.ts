// `okr report --post NAME` to a Slack incoming webhook: a fallback `text` (what notifications
// show) and Block Kit blocks in mrkdwn. Every string from the files goes through slackText or
// slackCode, so nothing in a title pings a channel, links or formats; links are not unfurled.

import { shellCommand } from '../../escape/shell.js';
import { slackCode, slackText } from '../../escape/slack.js';
import type { PostSummary } from '../../report/post-summary.js';
import { formatScore } from '../../text/numbers.js';
import { plural } from '../../text/plural.js';
import type { Formatter } from '../formatter.js';
import { attentionHeading, MAX_LISTED, moreText, standing, statusCounts } from './words.js';

type Block = Record<string, unknown>;

const mrkdwn = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text } });

export const formatPostSlack: Formatter<PostSummary> = (summary) => {
  const title = `${slackText(summary.organization)} OKRs, ${slackText(summary.cycle.id)}${summary.scope ? ` (${slackText(summary.scope)} and below)` : ''}`;
  const blocks: Block[] = [
    mrkdwn(`*${title}*\n${slackText(standing(summary))}\n${slackText(statusCounts(summary))}`),
    mrkdwn(`*${slackText(attentionHeading(summary))}*`),
  ];
  for (const item of summary.attention.slice(0, MAX_LISTED)) {
    const lines = [
      `• ${slackCode(item.ref)} ${slackText(item.title)}${item.lead ? ` (${slackText(item.lead)})` : ''}`,
      `   ${slackText(item.reasons.join('; '))}`,
      ...(item.command ? [`   ${slackCode(shellCommand(item.command))}`] : []),
    ];
    blocks.push(mrkdwn(lines.join('\n')));
  }
  const more = moreText(summary);
  if (more) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: slackText(more) }] });
  const text = `${title}: overall ${formatScore(summary.overall.score)}, ${plural(summary.attention.length, 'key result')} need${summary.attention.length === 1 ? 's' : ''} attention`;
  return `${JSON.stringify({ text, blocks, unfurl_links: false, unfurl_media: false }, null, 2)}\n`;
};
