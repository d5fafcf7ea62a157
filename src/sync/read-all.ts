// Reads the sources of the chosen key results, a few at a time (SPEC 8), each under its own
// time limit, through the one reader of src/sources/ (which redacts every reason). What a
// source gives is turned into the key result's field by its type; a read never throws, so one
// failing source leaves the others to finish.

import type { KeyResultNode } from '../graph/cascade.js';
import type { SourceDoc } from '../model.js';
import type { Env } from '../sources/env-refs.js';
import { readSource } from '../sources/read-source.js';
import { valueForKeyResult } from '../sources/value-for-kr.js';
import { sourceLabel } from '../sources/source-label.js';
import { mapWithLimit } from './with-limit.js';

export const DEFAULT_CONCURRENCY = 4;

export type ReadValue = { ok: true; field: 'current'; value: number } | { ok: true; field: 'done'; value: boolean } | { ok: false; reason: string };

export interface SourceRead {
  ref: string;
  /** The source's name, or the command (sourceLabel). */
  source: string;
  read: ReadValue;
}

export interface ReadOptions {
  sources: Readonly<Record<string, SourceDoc>> | undefined;
  env: Env;
  root: string;
  timeoutMs: number;
  concurrency: number;
  /** Ctrl-C: the reads still running stop (their processes killed, connections closed). */
  signal?: AbortSignal;
  /** Told after each read, for progress on a terminal. */
  onRead?: (done: number, total: number) => void;
}

export async function readAll(keyResults: readonly KeyResultNode[], options: ReadOptions): Promise<SourceRead[]> {
  let done = 0;
  return mapWithLimit(keyResults, options.concurrency, async (kr) => {
    const source = kr.doc.source!;
    const result = await readSource({
      source, sources: options.sources, env: options.env, root: options.root, timeoutMs: options.timeoutMs, ...(options.signal ? { signal: options.signal } : {}),
    });
    options.onRead?.(++done, keyResults.length);
    const read: ReadValue = result.ok ? valueForKeyResult(kr.type, result.value) : result;
    return { ref: kr.ref, source: sourceLabel(source), read };
  });
}
