// Reads a markdown OKR document, as teams write them in wikis and docs:
//
//   # Platform OKRs Q4                       (a title: ignored)
//   Lead: alice                              (the document's owner: leads every key result
//                                            that names no owner of its own)
//   ## Objective: Make deploys boring        (an objective heading; `O:`, `O1:` too)
//   Aligns to: engineering/O2, company/O1    (what the objective aligns to)
//   - KR: Cut deploy time from 40 to 10 minutes — Owner: bob => 0.7
//   1. Roll back any deploy in minutes       (numbered lists are key results too)
//
// or as nested lists: `- O: Make deploys boring` with `  - KR ...` (or plain `  - ...`, or
// `  1. ...`) below, and `  - Aligns to: ...` among them.
// A key result's owner is `Owner: id` before or after its title (after a dash, or in
// parentheses); its grade is `=> 0.7` or `=> 70%` at the end of the line. Before the first
// objective, prose is allowed, and one `Lead: id` (or `Owner: id`, in front matter too); after
// it, every line must be an objective, a key result or an objective's `Aligns to:`.

import { InputError, type InputProblem } from './wanted.js';

export interface MarkdownKeyResult {
  title: string;
  owner?: string;
  grade?: number;
  line: number;
}

export interface MarkdownObjective {
  title: string;
  line: number;
  /** References from its `Aligns to:` lines, in order. */
  alignsTo?: string[];
  keyResults: MarkdownKeyResult[];
}

export interface MarkdownDocument {
  /** The document's owner (`Lead: id` before the first objective): the lead of every key result naming none. */
  lead?: string;
  objectives: MarkdownObjective[];
}

// Every pattern is anchored and unambiguous, so matching stays linear in the line: an
// unanchored `\s*…$` tries every start and takes seconds on a line of many spaces.
const OBJECTIVE_PREFIX = /^(?:objective|o)\s*(?:\d+\s*)?[:.)-]\s*/i;
const KR_PREFIX = /^(?:key\s*result|kr)\s*\d*(?:\s*[:.)-]\s*|\s+)/i;
/** The grade after the last `=>`, to the end of the line. */
const GRADE_TAIL = /^=>\s*(\S+)\s*$/;
/** `owner: id` from the last `owner:` to the end of the line, and what must come before it. */
const OWNER_TAIL = /^owner:\s*([A-Za-z0-9][A-Za-z0-9_.-]*)\s*[)\]]?\s*$/i;
const OWNER_OPENER = /(?:[—–-]|\(|\[)\s*$/;
const OWNER_PREFIX = /^owner:\s*([A-Za-z0-9][A-Za-z0-9_.-]*)\s*(?:[—–:-]\s*)?/i;
/** `Lead: alice` (or `Owner:`, `**Lead:** alice`) on a line of its own: the document's owner. */
const DOCUMENT_LEAD = /^(?:lead|owner)\s*:\s*@?([A-Za-z0-9][A-Za-z0-9_.-]*)\s*$/i;
/** `Aligns to: company/O1, engineering/O2/KR1` under an objective. */
const ALIGNS_TO = /^aligns?[ \t]*to[ \t]*:[ \t]*(.*)$/i;
const REFERENCE = /^[a-z0-9][a-z0-9-]*\/[^\s/,]+(?:\/[^\s/,]+)?$/;
/** A list item: `-`, `*`, `+`, or a number and `.` or `)`. */
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])\s+(.*)$/;

/** The objectives of a markdown OKR document (see readMarkdownDocument). */
export function readMarkdownOkrs(text: string, source: string): MarkdownObjective[] {
  return readMarkdownDocument(text, source).objectives;
}

export function readMarkdownDocument(text: string, source: string): MarkdownDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  const objectives: MarkdownObjective[] = [];
  const problems: InputProblem[] = [];
  let lead: { id: string; line: number } | undefined;
  /** The column of the `-` of the current objective's list item; -1 under a heading. */
  let objectiveIndent = -1;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const indent = raw.length - raw.trimStart().length;
    const column = indent + 1;
    const heading = /^(#{1,6})\s+(.*)$/.exec(raw.trim());
    const bullet = LIST_ITEM.exec(raw.trim());
    const body = (heading?.[2] ?? bullet?.[1] ?? raw.trim()).trim();
    const bodyColumn = column + raw.trim().length - (heading?.[2] ?? bullet?.[1] ?? raw.trim()).length;
    const current = objectives.at(-1);

    if ((heading || bullet) && OBJECTIVE_PREFIX.test(body)) {
      const { title, grade, owner } = parts(body.replace(OBJECTIVE_PREFIX, ''));
      if (grade !== undefined || owner !== undefined) {
        problems.push({ line, column: bodyColumn, message: 'an objective has no owner or grade of its own; put them on its key results' });
      }
      objectives.push({ title, line, keyResults: [] });
      objectiveIndent = heading ? -1 : indent;
      return;
    }
    if (heading && heading[1].length === 1 && !current) return;
    const plain = body.replace(/\*\*|__/g, '').trim();
    const aligns = heading ? null : ALIGNS_TO.exec(plain);
    if (aligns) {
      if (!current) return void problems.push({ line, column: bodyColumn, message: "'Aligns to:' belongs under an objective: put it on the line after the objective's" });
      const refs = aligns[1].split(/[\s,]+/).filter(Boolean);
      const bad = refs.find((ref) => !REFERENCE.test(ref));
      if (refs.length === 0 || bad !== undefined) {
        return void problems.push({ line, column: bodyColumn, message: `${bad === undefined ? 'no reference' : `'${shortened(bad)}' is not a reference`} after 'Aligns to:'; write objectives or key results of other units, like company/O1, engineering/O2/KR1` });
      }
      current.alignsTo = [...new Set([...(current.alignsTo ?? []), ...refs])];
      return;
    }
    if (!current && !heading) {
      const owner = DOCUMENT_LEAD.exec(plain);
      if (owner) {
        if (lead && lead.id !== owner[1]) return void problems.push({ line, column: bodyColumn, message: `a second document lead '${owner[1]}' (line ${lead.line} says '${lead.id}'); name one, and give other key results 'Owner: id'` });
        lead = { id: owner[1], line };
        return;
      }
    }
    const isKr = bullet && (KR_PREFIX.test(body) || (current && indent > objectiveIndent));
    if (isKr) {
      if (!current) return void problems.push({ line, column, message: 'a key result before any objective' });
      const { title, grade, owner, problem } = parts(body.replace(KR_PREFIX, ''));
      if (problem) return void problems.push({ line, column: bodyColumn + body.lastIndexOf('=>'), message: problem });
      if (title === '') return void problems.push({ line, column: bodyColumn, message: 'a key result needs a title' });
      current.keyResults.push({ title, line, ...(owner !== undefined && { owner }), ...(grade !== undefined && { grade }) });
      return;
    }
    // Prose before the first objective (an introduction) is not part of the OKRs.
    if (!current) return;
    problems.push({ line, column, message: `not an objective or a key result: '${shortened(raw.trim())}' (write '## Objective: ...', '- O: ...' or '- KR: ...')` });
  });
  if (objectives.length === 0) {
    const first = lines.findIndex((l) => l.trim() !== '');
    const where = first < 0 ? 'the document is empty' : `line ${first + 1}: '${shortened(lines[first].trim())}'`;
    throw new NotAnOkrDocument(`${source} is not an OKR document: no objective found (${where}); write objectives as '## Objective: ...' headings or '- O: ...' list items`);
  }
  if (problems.length > 0) throw new InputError(source, problems);
  return { ...(lead && { lead: lead.id }), objectives };
}

export class NotAnOkrDocument extends Error {}

/** A line quoted in a message: enough to find it, never the whole of a very long one. */
function shortened(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function parts(text: string): { title: string; grade?: number; owner?: string; problem?: string } {
  let rest = text.trim();
  let grade: number | undefined;
  let problem: string | undefined;
  const arrow = rest.lastIndexOf('=>');
  const g = arrow < 0 ? null : GRADE_TAIL.exec(rest.slice(arrow));
  if (g) {
    rest = rest.slice(0, arrow);
    const percent = g[1].endsWith('%');
    const n = Number(percent ? g[1].slice(0, -1) : g[1]);
    const value = percent ? n / 100 : n;
    if (!Number.isFinite(n) || value < 0 || value > 1) problem = `'=> ${g[1]}' is not a grade; write => 0.7 or => 70% (0 to 1, or 0% to 100%)`;
    else grade = Math.round(value * 1e6) / 1e6;
  }
  let owner: string | undefined;
  const ownerAt = rest.toLowerCase().lastIndexOf('owner:');
  const suffix = ownerAt < 0 ? null : OWNER_TAIL.exec(rest.slice(ownerAt));
  const opener = suffix ? OWNER_OPENER.exec(rest.slice(0, ownerAt)) : null;
  if (suffix && opener) {
    owner = suffix[1];
    rest = rest.slice(0, opener.index);
  } else {
    const prefix = OWNER_PREFIX.exec(rest);
    if (prefix) {
      owner = prefix[1];
      rest = rest.slice(prefix[0].length);
    }
  }
  return { title: rest.trim(), ...(grade !== undefined && { grade }), ...(owner !== undefined && { owner }), ...(problem && { problem }) };
}
