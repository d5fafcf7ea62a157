// Colour only where a person reads it: a TTY, not NO_COLOR, not TERM=dumb, not --no-color.
// FORCE_COLOR turns it on anywhere (as for chalk and most CLIs), for CI logs that render it.

import { Chalk, type ChalkInstance } from 'chalk';
import type { Io, OutputStream } from './io.js';

export function wantsColor(stream: OutputStream, env: Io['env'], flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

export function colorsFor(stream: OutputStream, env: Io['env'], flag: boolean | undefined): ChalkInstance {
  return new Chalk({ level: wantsColor(stream, env, flag) ? 1 : 0 });
}
