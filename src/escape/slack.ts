// Text from the files in a Slack message (mrkdwn, an incoming webhook's `text` and blocks):
// shown as the words it is. Slack's own escaping covers `&`, `<` and `>`, so `<!channel>`,
// `<!everyone>`, `<@U123>` and `<https://x|click>` stay text; formatting marks (`*`, `_`, `~`,
// backtick) and `@` have no escape, so a zero-width space on either side keeps `*bold*` and
// `@channel` from being read as markup or a mention; a URL is broken so it is not linked.

import { showControls } from './visible.js';

const ZWSP = '\u200b';

/** One line of file text as Slack mrkdwn: nothing in it is markup, a mention or a link. */
export function slackText(text: string): string {
  const line = showControls(text.replace(/[\t\n\v\f\r\u2028\u2029]+/g, ' ').trim());
  return line
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[*_~`@]/g, `${ZWSP}$&${ZWSP}`)
    .replace(/(?<=[A-Za-z])(?=:\/\/)/g, ZWSP)
    .replace(/\b(www)(?=\.)/gi, `$1${ZWSP}`);
}

/**
 * A command or a ref as inline code, to copy as it is: only `&`, `<`, `>` are escaped there,
 * which Slack shows as the characters. Text a code span cannot hold as it is (a backtick, an
 * `@`, a control character) is written as escaped text instead.
 */
export function slackCode(text: string): string {
  const safe = text !== '' && !/[`@]/.test(text) && showControls(text) === text && !/[\n\r]/.test(text);
  return safe ? `\`${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}\`` : slackText(text);
}
