// A command source's line split into a program and its arguments, without a shell. Quotes
// group words as a shell's do ('…' keeps everything, "…" lets \" and \\ through, a backslash
// outside quotes keeps the next character), but nothing is expanded or redirected. What a
// shell would have treated specially (pipes, redirections, `;`, `&`, `$VAR`, `$(…)`, backticks)
// is refused rather than passed on, so the command never means something else than it reads.

export type SplitCommand = { ok: true; argv: string[] } | { ok: false; message: string };

const OPERATORS = new Set(['|', '&', ';', '<', '>', '(', ')']);
const SPACE = new Set([' ', '\t']);

export function splitCommand(line: string): SplitCommand {
  const argv: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const fail = (message: string): SplitCommand => ({ ok: false, message });
  if (line.includes('\0')) return fail('the command holds a NUL character');
  if (/[\n\r]/.test(line)) return fail('a command is one line; put several steps in a script');
  while (i < line.length) {
    const c = line[i];
    if (SPACE.has(c)) {
      if (inWord) argv.push(word);
      word = '';
      inWord = false;
      i++;
      continue;
    }
    inWord = true;
    if (c === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) return fail(`the quote ' at character ${i + 1} is not closed`);
      word += line.slice(i + 1, close);
      i = close + 1;
    } else if (c === '"') {
      const quoted = readDoubleQuoted(line, i);
      if (!quoted.ok) return quoted;
      word += quoted.text;
      i = quoted.end;
    } else if (c === '\\') {
      if (i + 1 >= line.length) return fail('the command ends in a lone backslash');
      word += line[i + 1];
      i += 2;
    } else if (OPERATORS.has(c)) {
      return fail(`'${c}' would be a shell operator, but the command runs without a shell; quote it ('${c}') to pass it as it is, or put the pipeline in a script`);
    } else if (c === '$' || c === '`') {
      return fail(`'${c}' would expand in a shell, but the command runs without one; quote it ('${c}') to pass it as it is, or let the script read its environment`);
    } else {
      word += c;
      i++;
    }
  }
  if (inWord) argv.push(word);
  if (argv.length === 0) return fail('the command is empty');
  return { ok: true, argv };
}

type DoubleQuoted = { ok: true; text: string; end: number } | { ok: false; message: string };

function readDoubleQuoted(line: string, start: number): DoubleQuoted {
  let text = '';
  let i = start + 1;
  while (i < line.length) {
    const c = line[i];
    if (c === '"') return { ok: true, text, end: i + 1 };
    if (c === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\' || line[i + 1] === '$' || line[i + 1] === '`')) {
      text += line[i + 1];
      i += 2;
      continue;
    }
    if (c === '$' || c === '`') {
      return { ok: false, message: `'${c}' inside "…" would expand in a shell, but the command runs without one; use '…' to pass it as it is` };
    }
    text += c;
    i++;
  }
  return { ok: false, message: `the quote " at character ${start + 1} is not closed` };
}
