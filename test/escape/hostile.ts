// Hostile strings every escaper's test runs: what an attacker would put in a title, a key, a
// name, a file name or a note to reach a terminal, a CI log, a pull-request comment, a
// spreadsheet, CODEOWNERS or a mail header. Shared, so that a new medium is tried against all
// of them, and a new trick is tried against every medium.

import fc from 'fast-check';

export interface Hostile {
  name: string;
  text: string;
}

export const HOSTILE: readonly Hostile[] = [
  { name: 'OSC retitle', text: 'T \x1b]0;pwned\x07 x' },
  { name: 'clear screen', text: '\x1b[2J\x1b[H' },
  { name: 'SGR colour', text: 'K \x1b[31mred\x1b[0m' },
  { name: 'SGR conceal', text: 'a\x1b[8mhidden' },
  { name: 'C1 CSI', text: 'x\x9b2Jy' },
  { name: 'C1 OSC and ST', text: '\x9d0;t\x9c' },
  { name: 'DEL and BS', text: 'abc\x7f\x08\x08X' },
  { name: 'NUL', text: 'a\x00b' },
  { name: 'bidi override', text: 'invoice\u202etxt.exe' },
  { name: 'bidi isolates', text: '\u2066a\u2067b\u2068c\u2069' },
  { name: 'bidi embeddings', text: '\u202aa\u202bb\u202cc\u202d' },
  { name: 'line separators', text: 'a\u2028b\u2029c\x85d' },
  { name: 'add-mask', text: '::add-mask::secret' },
  { name: 'newline then annotation', text: 'x\n::error file=README.md,line=1::pwned' },
  { name: 'CR then command', text: 'x\r::warning::y' },
  { name: 'indented command', text: 'x\n   ::set-output name=a::b' },
  { name: 'legacy command', text: 'before ##[add-mask]secret after' },
  { name: 'stop-commands', text: '\n::stop-commands::tok\n::error::x\n::tok::' },
  { name: 'percent escapes', text: '%0A::error::x %25 %3A' },
  { name: 'everyone', text: 'hi @everyone' },
  { name: 'here', text: '@here look' },
  { name: 'channel', text: '(@channel)' },
  { name: 'user', text: 'ping @octocat.' },
  { name: 'team', text: 'cc @acme/devs' },
  { name: 'issue reference', text: 'fixes #12 and GH-3' },
  { name: 'script tag', text: '<script>alert(1)</script>' },
  { name: 'img onerror', text: '<img src=x onerror=alert(1)>' },
  { name: 'javascript link', text: '[click](javascript:alert(1))' },
  { name: 'image', text: '![x](https://evil.example/t.png)' },
  { name: 'autolink url', text: 'see https://evil.example/a and www.evil.example' },
  { name: 'angle autolink', text: '<https://evil.example>' },
  { name: 'email autolink', text: 'mail eve@evil.example now' },
  { name: 'entity', text: '&lt;b&gt; &#64;everyone &amp;' },
  { name: 'pipes', text: 'a | b || c \\| d' },
  { name: 'backticks', text: 'a `code` `` b ``` c' },
  { name: 'emphasis', text: '*bold* _it_ ~~gone~~ **x**' },
  { name: 'heading', text: '# Title' },
  { name: 'list item', text: '- item' },
  { name: 'ordered list', text: '1. one' },
  { name: 'quote', text: '> quoted' },
  { name: 'thematic break', text: '---' },
  { name: 'math', text: '$x^2$ and $$y$$' },
  { name: 'html comment', text: 'a <!-- b' },
  { name: 'trailing backslash', text: 'ends with \\' },
  { name: 'hyperlink formula', text: '=HYPERLINK("http://x","click")' },
  { name: 'dde', text: "+cmd|' /C calc'!A0" },
  { name: 'minus formula', text: '-2+3' },
  { name: 'at formula', text: '@SUM(1)' },
  { name: 'tab start', text: '\tx' },
  { name: 'CR start', text: '\rx' },
  { name: 'quoted formula', text: "'=x" },
  { name: 'quotes before formula', text: "''+1" },
  { name: 'plain quote', text: "'hello" },
  { name: 'csv specials', text: 'a,"b"\r\nc' },
  { name: 'encoded word', text: '=?utf-8?b?QWRtaW4=?=' },
  { name: 'encoded word inside', text: 'Bob =?utf-8?q?=41dmin?= Smith' },
  { name: 'header injection', text: 'x\r\nBcc: a@b.example' },
  { name: 'LF header injection', text: 'x\nSubject: y' },
  { name: 'header specials', text: 'Doe, John "JD" <j@d> (x) \\' },
  { name: 'codeowners rule', text: 'x\n*.yaml @someone' },
  { name: 'codeowners comment', text: 'a#b' },
  { name: 'codeowners glob', text: 'a*b?[c]!' },
  { name: 'codeowners space', text: 'a b' },
  { name: 'codeowners backslash', text: 'a\\ b' },
  { name: 'empty', text: '' },
  { name: 'spaces only', text: '   ' },
  { name: 'very long', text: `${'A'.repeat(5000)} ${'=B'.repeat(2000)}` },
  { name: 'astral', text: '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 🇩🇪' },
  { name: 'combining marks', text: 'Z̷̢a̸l̶g̵o e\u0301' },
  { name: 'lone surrogate', text: 'a\ud800b' },
  { name: 'zero width', text: 'a\u200bb\ufeffc' },
];

/** Bounded and seeded in `npm test`; FC_NUM_RUNS (and FC_SEED) make a long fuzz run. */
export const FC_PARAMS = {
  numRuns: Number(process.env.FC_NUM_RUNS ?? 200),
  seed: Number(process.env.FC_SEED ?? 20261123),
};

/** Any string: random code points, and hostile fragments glued to them. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.oneof(
    fc.constantFrom(...HOSTILE.filter((h) => h.text.length < 100).map((h) => h.text), '\n', '\r', '\t', ' ', '::', '##[', '#', '[', '@', '|', '`', '\\', '=', "'", '-', '%', '\x85', '\x1c'),
    fc.string({ unit: 'binary', maxLength: 4 }),
  ), { maxLength: 12 }).map((parts) => parts.join('')),
);
