// Text from the files in a Microsoft Teams Adaptive Card. Cards put file text only in
// RichTextBlock text runs, which take no markdown at all (a TextBlock would read `**`, `[x](y)`
// and lists), and JSON carries the characters; what is left is to make controls visible, keep
// it on one line, and break `{{`, which opens a card's DATE()/TIME() function. Mentions in
// Teams need an entity the card would have to declare, so `<at>` and `@everyone` stay text.

import { showControls } from './visible.js';

export function cardText(text: string): string {
  return showControls(text.replace(/[\t\n\v\f\r\u2028\u2029]+/g, ' ').trim()).replace(/\{(?=\{)/g, '{\u200b');
}
