// `okr report --post NAME` to Microsoft Teams (a Workflows or incoming webhook): a message with
// one Adaptive Card. File text goes only into RichTextBlock text runs, which Teams does not
// read as markdown, each through cardText; commands are set in monospace to copy.

import { cardText } from '../../escape/adaptive-card.js';
import { shellCommand } from '../../escape/shell.js';
import type { PostSummary } from '../../report/post-summary.js';
import type { Formatter } from '../formatter.js';
import { attentionHeading, MAX_LISTED, moreText, standing, statusCounts } from './words.js';

type Element = Record<string, unknown>;

const run = (text: string, style: Element = {}): Element => ({ type: 'TextRun', text: cardText(text), ...style });
const rich = (...inlines: Element[]): Element => ({ type: 'RichTextBlock', inlines });

export const formatPostTeams: Formatter<PostSummary> = (summary) => {
  const body: Element[] = [
    rich(run(`${summary.organization} OKRs, ${summary.cycle.id}${summary.scope ? ` (${summary.scope} and below)` : ''}`, { weight: 'Bolder', size: 'Medium' })),
    rich(run(standing(summary))),
    rich(run(statusCounts(summary))),
    rich(run(attentionHeading(summary), { weight: 'Bolder' })),
  ];
  for (const item of summary.attention.slice(0, MAX_LISTED)) {
    body.push({
      type: 'Container',
      separator: true,
      items: [
        rich(run(item.ref, { fontType: 'Monospace' }), run(` ${item.title}${item.lead ? ` (${item.lead})` : ''}`)),
        rich(run(item.reasons.join('; '), { isSubtle: true })),
        ...(item.command ? [rich(run(shellCommand(item.command), { fontType: 'Monospace' }))] : []),
      ],
    });
  }
  const more = moreText(summary);
  if (more) body.push(rich(run(more, { isSubtle: true })));
  const card = { $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.4', msteams: { width: 'Full' }, body };
  return `${JSON.stringify({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card }] }, null, 2)}\n`;
};
