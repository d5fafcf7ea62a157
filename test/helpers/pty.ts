// Runs the built `okr` in a real pseudo-terminal (through pty-bridge.py, on python3's pty
// module), so that interactive prompts can be driven as a person would: type text, press
// keys, wait for what the screen shows. Assertions read the output with ANSI codes removed.

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { BIN, ROOT } from './cli.js';

const BRIDGE = join(ROOT, 'test/helpers/pty-bridge.py');

export const KEYS = {
  enter: '\r',
  up: '\x1b[A',
  down: '\x1b[B',
  backspace: '\x7f',
  tab: '\t',
  ctrlC: '\x03',
} as const;

export type Key = keyof typeof KEYS;

export interface PtyResult {
  code: number;
  /** Everything the terminal showed, ANSI codes removed. */
  output: string;
}

export interface Pty {
  /** Types text, as keystrokes. */
  type(text: string): void;
  /** Presses one named key. */
  press(key: Key, times?: number): void;
  /**
   * Waits until the output after the last match contains `expected` (ANSI removed), and
   * moves past it, so that the next wait looks only at what comes later.
   */
  waitFor(expected: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Waits for the program to end. */
  exit(timeoutMs?: number): Promise<PtyResult>;
  /** All output so far, ANSI codes removed. */
  output(): string;
}

export interface PtyOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  columns?: number;
  rows?: number;
}

/** Runs `okr args` in a pseudo-terminal. */

export function startPty(args: string[], options: PtyOptions = {}): Pty {
  return startPtyCommand([process.execPath, BIN, ...args], options);
}

/** Runs any command in a pseudo-terminal (a shell pipeline, to give okr a terminal on one end only). */
export function startPtyCommand(command: string[], options: PtyOptions = {}): Pty {
  const env: Record<string, string | undefined> = {
    ...process.env, TERM: 'xterm-256color', NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const child = spawn('python3', [BRIDGE, String(options.columns ?? 120), String(options.rows ?? 40), '--', ...command], {
    cwd: options.cwd ?? ROOT, env: env as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'],
  });

  let raw = '';
  let bridgeErrors = '';
  let cursor = 0;
  let waiters: (() => void)[] = [];
  const wake = () => {
    const pending = waiters;
    waiters = [];
    for (const waiter of pending) waiter();
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    raw += chunk;
    wake();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    bridgeErrors += chunk;
  });
  const exited = new Promise<number>((resolve) => {
    child.on('close', (code, signal) => {
      resolve(code ?? (signal ? 128 : -1));
      wake();
    });
  });
  let done = false;
  void exited.then(() => {
    done = true;
  });

  const text = () => stripVTControlCharacters(raw);
  const describe = (what: string) => `${what}\n--- terminal so far (after the last match) ---\n${text().slice(cursor)}\n--- end ---${bridgeErrors ? `\nbridge: ${bridgeErrors}` : ''}`;

  return {
    type(keys) {
      child.stdin.write(keys);
    },
    press(key, times = 1) {
      child.stdin.write(KEYS[key].repeat(times));
    },
    waitFor(expected, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(describe(`timed out after ${timeoutMs} ms waiting for ${String(expected)}`))), timeoutMs);
        const check = () => {
          const rest = text().slice(cursor);
          const match = typeof expected === 'string'
            ? (rest.includes(expected) ? { index: rest.indexOf(expected), text: expected } : undefined)
            : (() => {
                const m = expected.exec(rest);
                return m ? { index: m.index, text: m[0] } : undefined;
              })();
          if (match) {
            clearTimeout(timer);
            cursor += match.index + match.text.length;
            resolve(match.text);
          } else if (done) {
            clearTimeout(timer);
            reject(new Error(describe(`the program ended before showing ${String(expected)}`)));
          } else {
            waiters.push(check);
          }
        };
        check();
      });
    },
    async exit(timeoutMs = 10_000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(describe(`the program did not end within ${timeoutMs} ms`)));
        }, timeoutMs);
      });
      try {
        const code = await Promise.race([exited, timeout]);
        return { code, output: text() };
      } finally {
        clearTimeout(timer);
      }
    },
    output: text,
  };
}
