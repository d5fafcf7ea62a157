// Random edits of a file and the -U0 hunks git would print for them, for the tests of the
// patch applier and of the incremental update. A tiny seeded PRNG keeps failures replayable.

import type { Hunk } from '../../src/git/history-patch.js';

export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] };
}

/** One change: replace `count` lines starting at `at` (0-based, in the old file) by `lines`. */
export interface Edit {
  at: number;
  count: number;
  lines: string[];
}

/** Applies non-overlapping edits (in any order) to lines, as the truth to compare against. */
export function applyEdits(lines: readonly string[], edits: readonly Edit[]): string[] {
  const out = lines.slice();
  for (const edit of [...edits].sort((a, b) => b.at - a.at)) out.splice(edit.at, edit.count, ...edit.lines);
  return out;
}

/** The hunks of `git diff --unified=0` for these edits (no end-of-file newline changes). */
export function hunksFor(lines: readonly string[], edits: readonly Edit[]): Hunk[] {
  let delta = 0;
  const hunks: Hunk[] = [];
  for (const edit of [...edits].sort((a, b) => a.at - b.at)) {
    const oldStart = edit.count === 0 ? edit.at : edit.at + 1;
    const newStart = edit.lines.length === 0 ? edit.at + delta : edit.at + delta + 1;
    hunks.push({
      oldStart, oldCount: edit.count, newStart, newCount: edit.lines.length,
      removed: lines.slice(edit.at, edit.at + edit.count), added: edit.lines.slice(), oldNoEol: false, newNoEol: false,
    });
    delta += edit.lines.length - edit.count;
  }
  return hunks;
}

/** A few non-overlapping edits of random lines (with gaps, as git keeps hunks apart). */
export function randomEdits(rand: ReturnType<typeof random>, lines: readonly string[], make: (line: string, index: number) => Edit | null, most = 3): Edit[] {
  const edits: Edit[] = [];
  const used = new Set<number>();
  for (let tries = 0; tries < 20 && edits.length < most; tries++) {
    const index = rand.int(0, lines.length - 1);
    if (used.has(index) || used.has(index - 1) || used.has(index + 1)) continue;
    const edit = make(lines[index], index);
    if (!edit) continue;
    for (let i = edit.at - 1; i <= edit.at + Math.max(edit.count, 1); i++) used.add(i);
    edits.push(edit);
  }
  return edits;
}
