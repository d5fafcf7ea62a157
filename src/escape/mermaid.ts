// Text from the files in a quoted mermaid label (the cascade diagram of the markdown report).
// Mermaid reads `#…;` as an entity and the label as HTML, so `#` goes first, then quotes,
// angle brackets, ampersands and backticks (a backtick run could also close the markdown
// fence around the diagram); the label is one line with its control characters shown. The
// diagram sits in a code block, where GitHub finds no mention, but the raw text may be read
// elsewhere: `@` is followed by a zero-width space (`#8203;`) as in markdown.

import { showControls } from './visible.js';

export function mermaidLabel(text: string): string {
  return showControls(text.replace(/\r\n?|\n/g, ' '))
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/&/g, '#38;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(/@/g, '@#8203;');
}
