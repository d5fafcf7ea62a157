// Lookups into maps that came from YAML. A plain object inherits `constructor`, `toString`
// and friends, so `people[id]` with the id `constructor` finds a "person" named Object. Every
// lookup by an id the user wrote goes through here and sees the map's own keys only.
// (eslint.config.js refuses `people[…]`, `rules[…]` and `key in map` elsewhere.)

/** The value under `key` if the map itself has that key. */
export function own<T>(map: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return map !== undefined && Object.hasOwn(map, key) ? map[key] : undefined;
}

/** Whether the map itself has `key` (never a name it inherits). */
export function hasOwn(map: object | undefined, key: string): boolean {
  return map !== undefined && Object.hasOwn(map, key);
}
