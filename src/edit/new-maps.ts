// The text of the maps a scalar edit creates on its way down (path-target.ts): below a key
// at some column, `learnings: text` one indentation step deeper, or on one line
// `{ learnings: text }`. Candidates, best first, as for every edit (edit-candidates.ts): keys
// plain where that reads back as the key, else double-quoted.

import { doubleQuoted, flowScalarCandidates } from './scalar-source.js';

export interface NewMaps {
  /** Block renderings: lines relative to the column of the key that will hold them. */
  lines: string[][];
  /** One-line renderings: `{ a: { b: value } }`; just the value when no map is created. */
  flow: string[];
}

/**
 * The maps holding `keys`, nested in that order, the last key holding the value (written as
 * one of `values`); each level `step` spaces deeper than the one above it.
 */
export function newMaps(keys: string[], values: string[], step: number): NewMaps {
  if (keys.length === 0) return { lines: [], flow: values };
  const lines: string[][] = [];
  const flow: string[] = [];
  for (const keyTexts of keyVariants(keys)) {
    for (const value of values) {
      const last = keyTexts.length - 1;
      lines.push(keyTexts.map((key, i) => `${' '.repeat(step * (i + 1))}${key}:${i === last ? ` ${value}` : ''}`));
      flow.push(keyTexts.reduceRight((inner, key) => `{ ${key}: ${inner} }`, value));
    }
  }
  return { lines, flow };
}

/** Every key as it reads best, then, if that differs, every key double-quoted. */
function keyVariants(keys: string[]): string[][] {
  const best = keys.map((key) => flowScalarCandidates(key)[0]);
  const quoted = keys.map(doubleQuoted);
  return best.every((key, i) => key === quoted[i]) ? [best] : [best, quoted];
}
