/** Hostile unit files by name (see hostile.js). */
export function hostileFiles(): Record<string, string>;
