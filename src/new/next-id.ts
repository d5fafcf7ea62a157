// The id a new objective or key result gets unless one is given: one past the highest
// number already used with that prefix (O1, O2, O5 → O6), so a removed O3 is not reused.

export function nextId(prefix: string, ids: readonly string[]): string {
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  let highest = 0;
  for (const id of ids) {
    const match = pattern.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}${highest + 1}`;
}
