// chalk for the prompts (inquirer's themes take a chalk instance), coloured where medium.ts
// says a stream wants colour. Formatters get their painter from medium.ts instead.

import { Chalk, type ChalkInstance } from 'chalk';
import type { Io, OutputStream } from './io.js';
import { wantsColor } from './medium.js';

export function colorsFor(stream: OutputStream, env: Io['env'], flag: boolean | undefined): ChalkInstance {
  return new Chalk({ level: wantsColor(stream, env, flag) ? 1 : 0 });
}
