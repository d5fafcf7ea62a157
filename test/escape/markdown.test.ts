// The markdown escaper, proven by rendering: markdown-it (CommonMark with GFM tables) parses
// the escaped text in a table cell, a paragraph, a list item and a blockquote, and must find
// nothing but the text itself: no link, image, HTML, emphasis, code, heading or list, no cell
// split, and no mention, issue reference or autolink left in what a reader sees.

import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { markdownCode, markdownInline, markdownLines, markdownMailbox, markdownShown } from '../../src/escape/markdown.js';
import { mermaidLabel } from '../../src/escape/mermaid.js';
import { anyText, FC_PARAMS, HOSTILE } from './hostile.js';

const md = new MarkdownIt({ html: true, linkify: true });
type Token = ReturnType<typeof md.parse>[number];
// GitHub autolinks URLs with a scheme, www. and email addresses, not bare domains.
md.linkify.set({ fuzzyLink: false, fuzzyEmail: true });

/** GitHub's mention pattern (html-pipeline's MentionFilter), and its issue references. */
const MENTION = /(?:^|[^A-Za-z0-9_])@[a-z0-9][a-z0-9-]*/i;
const ISSUE = /(?:^|[^A-Za-z0-9_])(?:#|GH-)\d/i;
/** GFM's extended autolinks. */
const AUTOLINK = /(?:https?|ftp):\/\/|(?:^|[\s*_~(])www\.|[A-Za-z0-9.+_-]+@[A-Za-z0-9_-]+\.[A-Za-z0-9_-]/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

/** The text a reader sees in inline tokens, or why it is not plain text. */
function plainText(children: Token[]): string {
  let text = '';
  for (const token of children) {
    if (token.type !== 'text') throw new Error(`markup in the output: ${token.type} (${JSON.stringify(token.content)})`);
    text += token.content;
  }
  return text;
}

/** What GitHub would look for in the rendered text: mentions, references, autolinks. */
function pings(text: string): string[] {
  return [MENTION, ISSUE, AUTOLINK].filter((pattern) => pattern.test(text)).map(String);
}

const withoutZwsp = (text: string) => text.replace(/\u200b/g, '');

function checkInline(original: string): void {
  const escaped = markdownInline(original);
  expect(escaped).not.toMatch(CONTROL);
  // eslint-disable-next-line no-control-regex
  expect(escaped).not.toMatch(/^[\s\x1c-\x1f]*::|##\[/);
  const shown = withoutZwsp(markdownShown(original));

  // In a table cell: one row of exactly two cells, the first holding the text alone.
  const tokens = md.parse(`| a | b |\n| --- | --- |\n| ${escaped} | z |\n`, {});
  const cells = tokens.filter((t) => t.type === 'td_open');
  expect(cells).toHaveLength(2);
  const cellText = plainText(tokens.filter((t) => t.type === 'inline')[2].children ?? []);
  expect(withoutZwsp(cellText)).toBe(shown);
  expect(pings(cellText)).toEqual([]);

  // Where a line starts: a paragraph, and inside a list item and a blockquote.
  for (const [prefix, blocks] of [['', ['paragraph_open']], ['- ', ['bullet_list_open', 'list_item_open', 'paragraph_open']], ['> ', ['blockquote_open', 'paragraph_open']]] as const) {
    if (escaped === '') continue;
    const parsed = md.parse(`${prefix}${escaped}\n`, {});
    const opens = parsed.filter((t) => t.nesting === 1).map((t) => t.type);
    expect(opens).toEqual(blocks);
    expect(withoutZwsp(plainText(parsed.find((t) => t.type === 'inline')!.children ?? []))).toBe(shown);
  }
}

describe('markdownInline', () => {
  for (const { name, text } of HOSTILE) it(`renders as its own text, nothing more: ${name}`, () => checkInline(text));

  it('holds for any string (property)', () => {
    fc.assert(fc.property(anyText, (text) => checkInline(text)), FC_PARAMS);
  });

  it('breaks mentions with a zero-width space entity, as Renovate does', () => {
    expect(markdownInline('hi @everyone and @acme/devs')).toBe('hi @&#8203;everyone and @&#8203;acme/devs');
    expect(markdownInline('fixes #12, GH-3')).toBe('fixes \\#&#8203;12, GH&#8203;-3');
    expect(markdownInline('https://x.example www.y.example')).toBe('https&#8203;://x.example www&#8203;.y.example');
  });

  it('leaves ordinary titles readable in the source', () => {
    expect(markdownInline('Cut deploy time from 40 to 10 minutes')).toBe('Cut deploy time from 40 to 10 minutes');
    expect(markdownInline('0.8 → 0.5, -5% (Q4)')).toBe('0.8 → 0.5, -5% (Q4)');
    expect(markdownInline('R&D: 2026-Q4 · Zoë')).toBe('R&D: 2026-Q4 · Zoë');
  });
});

describe('markdownCode', () => {
  for (const { name, text } of HOSTILE) {
    it(`is a code span of exactly the text, or escaped text: ${name}`, () => {
      const tokens = md.parse(`| a | b |\n| --- | --- |\n| ${markdownCode(text)} | z |\n`, {});
      expect(tokens.filter((t) => t.type === 'td_open')).toHaveLength(2);
      const children = tokens.filter((t) => t.type === 'inline')[2].children ?? [];
      if (children.length === 1 && children[0].type === 'code_inline') expect(children[0].content).toBe(text);
      else expect(withoutZwsp(plainText(children))).toBe(withoutZwsp(markdownShown(text)));
    });
  }

  it('writes an ordinary ref as a code span', () => {
    expect(markdownCode('platform/O1/KR1')).toBe('`platform/O1/KR1`');
    expect(markdownCode('a`b')).toBe('a\\`b');
  });
});

describe('markdownLines and markdownMailbox', () => {
  for (const { name, text } of HOSTILE) {
    it(`keeps prose to paragraphs of text: ${name}`, () => {
      const quoted = markdownLines(`${text}\n${text}\n\n${text}`).map((line) => `> ${line}`).join('\n');
      const tokens = md.parse(quoted, {});
      for (const token of tokens) expect(['blockquote_open', 'blockquote_close', 'paragraph_open', 'paragraph_close', 'inline']).toContain(token.type);
      for (const token of tokens.filter((t) => t.type === 'inline')) {
        expect(pings(plainText((token.children ?? []).filter((t) => t.type !== 'softbreak')))).toEqual([]);
      }
    });

    it(`links only a checked address: ${name}`, () => {
      const tokens = md.parse(markdownMailbox(text, `${text}@x.example`), {});
      const links = tokens.flatMap((t) => t.children ?? []).filter((t) => t.type === 'link_open');
      expect(links.length).toBeLessThanOrEqual(1);
      for (const link of links) expect(link.attrGet('href')).toMatch(/^mailto:[^\s<>"]+@x\.example$/);
    });
  }
});

describe('mermaidLabel', () => {
  for (const { name, text } of HOSTILE) {
    it(`stays inside its quotes, on one line: ${name}`, () => {
      const label = mermaidLabel(text);
      expect(label).not.toMatch(/["<>&`\n\r]/);
      expect(label).not.toMatch(CONTROL);
      expect(label.replace(/#(?:\d+|quot|lt|gt);/g, '')).not.toContain('#');
    });
  }
});
