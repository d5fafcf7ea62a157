// How big a document is once its aliases are expanded. js-yaml resolves an alias to the very
// object its anchor made, so a "billion laughs" file costs nothing to parse; the cost comes
// later, when something walks or copies it (the schema check, JSON for the worker threads).
// The weight counts what a full copy would hold: one per node, plus the characters of every
// string. Shared objects are counted once per reference (that is the expansion), but each
// object's own weight is worked out once, so this is linear in the parsed document.
// Aliases inside aliases also nest: an expansion deeper than MAX_EXPANDED_DEPTH is refused
// too (it would overflow the stack of whatever walks it next), by weighing past the limit.

/** Parsing bounds nesting to 64 levels; only aliases placed inside aliases go further. */
export const MAX_EXPANDED_DEPTH = 1000;

export function expansionWeight(data: unknown, limit: number): number {
  const known = new Map<object, number>();
  const weigh = (value: unknown, depth: number): number => {
    if (typeof value === 'string') return 1 + value.length;
    if (value === null || typeof value !== 'object') return 1;
    const seen = known.get(value);
    if (seen !== undefined) return seen;
    if (depth > MAX_EXPANDED_DEPTH) return limit + 1;
    let total = 1;
    if (Array.isArray(value)) {
      for (const item of value) {
        total += weigh(item, depth + 1);
        if (total > limit) return total;
      }
    } else {
      for (const key of Object.keys(value)) {
        total += 1 + key.length + weigh((value as Record<string, unknown>)[key], depth + 1);
        if (total > limit) return total;
      }
    }
    known.set(value, total);
    return total;
  };
  return weigh(data, 1);
}
