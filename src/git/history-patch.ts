// Reading git's patches (`git log -p --unified=0 -M --full-index`) and applying them to a
// file's lines, so that history holds every version of every file without asking git for it.
//
// With no context lines a hunk is "replace old lines a..a+b-1 by these d lines"; hunks come
// in file order and never overlap. Lines are kept without their "\n" but with any "\r", so
// CRLF files round-trip. "\ No newline at end of file" after a line says that line is the
// last of its side and has no newline.

export interface Hunk {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
  removed: string[];
  added: string[];
  /** The old side's last line, among `removed`, has no newline. */
  oldNoEol: boolean;
  /** The new side's last line, among `added`, has no newline. */
  newNoEol: boolean;
}

export interface FilePatch {
  /** Paths as git prints them (relative to the top of the repository); null for /dev/null. */
  oldPath: string | null;
  newPath: string | null;
  /** Full blob ids from the `index` line; absent when the content did not change (a pure rename). */
  oldBlob?: string;
  newBlob?: string;
  status: 'added' | 'deleted' | 'modified' | 'renamed';
  /** Git printed "Binary files differ": the content must be read from the blob. */
  binary: boolean;
  hunks: Hunk[];
}

/** A file's text as lines: `eol` says whether the last line ends with a newline. */
export interface FileText {
  lines: string[];
  eol: boolean;
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const ZERO_ID = /^0+$/;

/** Parses the patch text of one commit (against one parent) into file patches. */
export function parsePatch(text: string): FilePatch[] {
  const patches: FilePatch[] = [];
  let current: FilePatch | null = null;
  const length = text.length;
  let pos = 0;
  while (pos < length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = length;
    const first = text.charCodeAt(pos);
    // Lines of a file's header; hunks are read whole below.
    if (first === 100 /* d */ && text.startsWith('diff --git ', pos)) {
      current = { oldPath: null, newPath: null, status: 'modified', binary: false, hunks: [] };
      patches.push(current);
      const both = pathsOfDiffLine(text.slice(pos + 11, end));
      if (both) [current.oldPath, current.newPath] = both;
    } else if (current === null) {
      // before the first file: the blank lines after the commit's fields
    } else if (first === 64 /* @ */) {
      pos = readHunk(text, pos, end, current);
      continue;
    } else if (first === 105 /* i */ && text.startsWith('index ', pos)) {
      const dots = text.indexOf('..', pos);
      if (dots !== -1 && dots < end) {
        let stop = text.indexOf(' ', dots);
        if (stop === -1 || stop > end) stop = end;
        current.oldBlob = text.slice(pos + 6, dots);
        current.newBlob = text.slice(dots + 2, stop);
      }
    } else if (first === 45 /* - */ || first === 43 /* + */) {
      // `--- a/path`, `+++ b/path`: needed only when the diff --git line was ambiguous.
      if ((first === 45 ? current.oldPath : current.newPath) === null && text.startsWith(first === 45 ? '--- ' : '+++ ', pos)) {
        const path = headerPath(text.slice(pos + 4, end), first === 45 ? 'a/' : 'b/');
        if (path !== undefined && path !== null) {
          if (first === 45) current.oldPath = path;
          else current.newPath = path;
        }
      }
    } else {
      const line = text.slice(pos, end);
      if (line.startsWith('new file mode')) {
        current.status = 'added';
        current.oldPath = null;
      } else if (line.startsWith('deleted file mode')) {
        current.status = 'deleted';
        current.newPath = null;
      } else if (line.startsWith('rename from ')) {
        current.status = 'renamed';
        current.oldPath = unquotePath(line.slice(12));
      } else if (line.startsWith('rename to ')) {
        current.status = 'renamed';
        current.newPath = unquotePath(line.slice(10));
      } else if (line.startsWith('Binary files ')) {
        current.binary = true;
      }
    }
    pos = end + 1;
  }
  for (const patch of patches) {
    if (patch.oldBlob !== undefined && ZERO_ID.test(patch.oldBlob)) patch.oldBlob = undefined;
    if (patch.newBlob !== undefined && ZERO_ID.test(patch.newBlob)) patch.newBlob = undefined;
    if (patch.status === 'added') patch.oldPath = null;
    if (patch.status === 'deleted') patch.newPath = null;
  }
  return patches;
}

/** Reads the hunk whose header is the line pos..end; returns where the next line starts. */
function readHunk(text: string, pos: number, end: number, patch: FilePatch): number {
  const match = HUNK.exec(text.slice(pos, end));
  if (!match) return end + 1;
  const hunk: Hunk = {
    oldStart: Number(match[1]),
    oldCount: match[2] === undefined ? 1 : Number(match[2]),
    newStart: Number(match[3]),
    newCount: match[4] === undefined ? 1 : Number(match[4]),
    removed: [],
    added: [],
    oldNoEol: false,
    newNoEol: false,
  };
  patch.hunks.push(hunk);
  // Read exactly the lines the header announces: a content line may look like a header.
  let last: 'old' | 'new' | null = null;
  pos = end + 1;
  while (pos < text.length && (hunk.removed.length < hunk.oldCount || hunk.added.length < hunk.newCount || text.charCodeAt(pos) === 92)) {
    let stop = text.indexOf('\n', pos);
    if (stop === -1) stop = text.length;
    const sign = text.charCodeAt(pos);
    if (sign === 45 /* - */) {
      hunk.removed.push(text.slice(pos + 1, stop));
      last = 'old';
    } else if (sign === 43 /* + */) {
      hunk.added.push(text.slice(pos + 1, stop));
      last = 'new';
    } else if (sign === 92 /* \ */) {
      if (last === 'old') hunk.oldNoEol = true;
      else if (last === 'new') hunk.newNoEol = true;
    } else if (sign === 32 /* space: context, only with --unified > 0 */) {
      const line = text.slice(pos + 1, stop);
      hunk.removed.push(line);
      hunk.added.push(line);
      last = null;
    } else {
      break;
    }
    pos = stop + 1;
  }
  return pos;
}

/** `--- a/path` / `+++ b/path`: the path, null for /dev/null, undefined if unreadable. */
function headerPath(text: string, prefix: string): string | null | undefined {
  // Git ends the name with a tab when it holds a space, for GNU patch.
  const name = text.endsWith('\t') ? text.slice(0, -1) : text;
  if (name === '/dev/null') return null;
  const path = unquotePath(name);
  return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
}

/**
 * `a/<old> b/<new>` of a "diff --git" line. Unquoted names may hold spaces, so the split is
 * only certain when both names are the same (no rename); renames give their names in the
 * `rename from`/`rename to` lines, and changes in `---`/`+++`.
 */
function pathsOfDiffLine(rest: string): [string, string] | null {
  if (rest.startsWith('"')) {
    const first = quotedLength(rest);
    if (first < 0) return null;
    const a = unquotePath(rest.slice(0, first));
    const b = unquotePath(rest.slice(first + 1));
    return a.startsWith('a/') && b.startsWith('b/') ? [a.slice(2), b.slice(2)] : null;
  }
  if (rest.endsWith('"')) return null;
  // "a/P b/P": length is 2 × |P| + 5.
  if ((rest.length - 5) % 2 !== 0) return null;
  const half = (rest.length - 5) / 2;
  const a = rest.slice(2, 2 + half);
  const b = rest.slice(half + 5);
  return rest.startsWith('a/') && rest.slice(half + 2, half + 5) === ' b/' && a === b ? [a, b] : null;
}

/** Length of the C-quoted string at the start of `text`, including both quotes; -1 if unterminated. */
function quotedLength(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return -1;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Undoes git's C-style quoting of a path ("a/\303\244.yaml" → a/ä.yaml). */
export function unquotePath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const bytes: number[] = [];
  const body = text.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[++i];
    if (next >= '0' && next <= '7') {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Splits file content into lines (see FileText). */
export function toFileText(text: string): FileText {
  if (text === '') return { lines: [], eol: false };
  const lines = text.split('\n');
  const eol = lines[lines.length - 1] === '';
  if (eol) lines.pop();
  return { lines, eol };
}

export function fromFileText(file: FileText): string {
  return file.lines.length === 0 ? '' : file.lines.join('\n') + (file.eol ? '\n' : '');
}

/**
 * Applies the hunks of one file patch in place. Returns false, leaving the text in an
 * unspecified state, when a line to remove is not what the file holds: the patch was made
 * against another version, and the caller must read the result from git instead.
 */
export function applyHunks(file: FileText, hunks: readonly Hunk[]): boolean {
  const lines = file.lines;
  let delta = 0;
  for (const hunk of hunks) {
    // With oldCount 0, oldStart is the line after which the new lines go.
    const at = (hunk.oldCount === 0 ? hunk.oldStart : hunk.oldStart - 1) + delta;
    if (at < 0 || at + hunk.oldCount > lines.length) return false;
    for (let k = 0; k < hunk.oldCount; k++) if (lines[at + k] !== hunk.removed[k]) return false;
    if (hunk.oldCount === hunk.newCount) {
      for (let k = 0; k < hunk.newCount; k++) lines[at + k] = hunk.added[k];
    } else {
      lines.splice(at, hunk.oldCount, ...hunk.added);
    }
    delta += hunk.newCount - hunk.oldCount;
  }
  const last = hunks[hunks.length - 1];
  if (last) {
    const newEnd = last.newCount === 0 ? last.newStart : last.newStart + last.newCount - 1;
    if (last.newCount > 0 && newEnd === lines.length) file.eol = !last.newNoEol;
    // The old tail was removed: the line now last was not last before, so it had a newline.
    else if (last.oldCount > 0 && last.newCount === 0 && newEnd === lines.length) file.eol = lines.length > 0;
  }
  if (lines.length === 0) file.eol = false;
  return true;
}
