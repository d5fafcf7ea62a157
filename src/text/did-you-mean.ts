// "Did you mean …?" for anything the user names by id: references, people, unknown keys.
// A typo is usually one or two edits away (a swapped pair counts as one edit), so the
// distance is Damerau-Levenshtein (optimal string alignment) with a cut-off that grows
// slowly with the word's length; past that, a suggestion is more confusing than none.

/** Edit distance counting insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  // Three rolling rows: the swap step looks two rows back.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length];
}

/** The largest distance still worth suggesting for a word of this length. */
export function suggestionLimit(word: string): number {
  return Math.max(2, Math.floor(word.length / 3));
}

/**
 * The candidate closest to `word`, or undefined when none is close enough. A candidate that
 * differs only in case wins outright; ties go to the earlier candidate. At most half of the
 * word may change, so short words are not "corrected" into unrelated ones ('fay' is not 'dan').
 */
export function didYouMean(word: string, candidates: Iterable<string>, maxDistance = suggestionLimit(word)): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    if (candidate.toLowerCase() === lower) return candidate;
    if (Math.abs(candidate.length - word.length) > Math.min(maxDistance, bestDistance)) continue;
    const distance = editDistance(word, candidate);
    if (distance <= maxDistance && 2 * distance <= word.length && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Ends a sentence: `<sentence>; did you mean 'x'?` when a candidate is close to `word`,
 * else `<sentence>.`
 */
export function withDidYouMean(sentence: string, word: string, candidates: Iterable<string>): string {
  const suggestion = didYouMean(word, candidates);
  return suggestion === undefined ? `${sentence}.` : `${sentence}; did you mean '${suggestion}'?`;
}
