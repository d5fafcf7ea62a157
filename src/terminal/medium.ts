// What a formatter knows of where its text goes: how to paint it (colour only where a person
// reads it: a TTY, not NO_COLOR, not TERM=dumb, not --no-color; FORCE_COLOR turns it on
// anywhere, for CI logs that render it), how wide the terminal is, and whether it is one.
// Width: a terminal's own, else COLUMNS, else 80; a pipe or a file is COLUMNS wide, else 80,
// so that what a script captures is laid out the same on every machine.
// chalk, slow to load, is loaded only when there is colour to paint; otherwise every style
// gives its text back as it is, as chalk does at level 0.

import type { ChalkInstance } from 'chalk';
import type { Io, OutputStream } from './io.js';

export type Paint = ChalkInstance;

export interface Medium {
  paint: Paint;
  /** How wide the text may be (mediumOf always says; a formatter given none lays out for 80). */
  columns?: number;
  /** A terminal, where a person reads the text (data for a file shows its controls there). */
  tty: boolean;
}

export function wantsColor(stream: OutputStream, env: Io['env'], flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

/** The medium of a stream; `flag` is --no-color (false) or nothing. */
export async function mediumOf(stream: OutputStream, env: Io['env'], flag: boolean | undefined): Promise<Medium> {
  const paint = wantsColor(stream, env, flag) ? new (await import('chalk')).Chalk({ level: 1 }) : PLAIN;
  return { paint, tty: stream.isTTY === true, columns: columnsOf(stream, env) };
}

/** The width a layout gets when nothing says otherwise. */
export const DEFAULT_COLUMNS = 80;

/** A terminal's own width, else COLUMNS (a whole number of at least 20), else 80. */
export function columnsOf(stream: OutputStream, env: Io['env']): number {
  if (stream.isTTY === true && stream.columns !== undefined && stream.columns > 0) return stream.columns;
  const fromEnv = Number(env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv >= 20 ? fromEnv : DEFAULT_COLUMNS;
}

/** Every style, chained or not, joins its arguments as chalk does and adds nothing. */
export const PLAIN: Paint = new Proxy(function plain() {}, {
  get: () => PLAIN,
  apply: (_target, _this, args: unknown[]) => (args.length === 1 ? `${String(args[0])}` : args.join(' ')),
}) as unknown as Paint;

/** A file: no colour, no terminal. */
export const FILE_MEDIUM: Medium = { paint: PLAIN, tty: false };
