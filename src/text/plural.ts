/** "1 file", "3 files", "2 people": a count with its noun. */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}
