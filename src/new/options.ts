// The flags of `okr new`, and which of them each kind of item takes. A flag that does not
// apply (a --target for a unit) is a mistake worth saying, not something to drop in silence.

import { UsageError } from '../errors.js';
import type { GlobalOptions } from '../terminal/io.js';

export type NewKind = 'unit' | 'objective' | 'kr';
export const KINDS: readonly NewKind[] = ['unit', 'objective', 'kr'];

export interface NewOptions extends GlobalOptions {
  id?: string;
  unit?: string;
  objective?: string;
  title?: string;
  name?: string;
  level?: string;
  parent?: string;
  lead?: string;
  members?: string;
  type?: string;
  alignsTo?: string[];
  standalone?: string;
  theme?: string;
  start?: number;
  target?: number;
  commit?: number;
  stretch?: number;
  min?: number;
  max?: number;
  measure?: string;
  milestone?: string[];
  contributors?: string;
  confidence?: number;
}

type Flag = Exclude<keyof NewOptions, keyof GlobalOptions>;

const FLAGS: Record<NewKind, readonly Flag[]> = {
  unit: ['id', 'unit', 'name', 'level', 'parent', 'lead', 'members'],
  objective: ['id', 'unit', 'title', 'type', 'alignsTo', 'standalone', 'theme'],
  kr: ['id', 'objective', 'title', 'lead', 'type', 'start', 'target', 'commit', 'stretch', 'min', 'max', 'measure', 'milestone', 'contributors', 'confidence'],
};

const ALL_FLAGS: readonly Flag[] = [...new Set(Object.values(FLAGS).flat())];

/** `alignsTo` → `--aligns-to`. */
export function flagName(flag: string): string {
  return `--${flag.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

export function parseKind(what: string | undefined): NewKind {
  if (KINDS.includes(what as NewKind)) return what as NewKind;
  throw new UsageError(`okr new takes unit, objective or kr, not '${what ?? ''}'`);
}

/** Refuses flags given for another kind of item. Repeatable flags default to an empty list. */
export function checkFlags(kind: NewKind, options: NewOptions): void {
  const given = (flag: Flag) => {
    const value = options[flag];
    return value !== undefined && !(Array.isArray(value) && value.length === 0);
  };
  const stray = ALL_FLAGS.filter((flag) => given(flag) && !FLAGS[kind].includes(flag));
  if (stray.length > 0) {
    const names = stray.map(flagName).join(', ');
    throw new UsageError(`${names} ${stray.length === 1 ? 'does' : 'do'} not apply to 'okr new ${kind}'`);
  }
}

/** A comma-separated list of people (`bob, carol`), or undefined when not given. */
export function splitList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value.split(',').map((item) => item.trim()).filter((item) => item !== '');
}
