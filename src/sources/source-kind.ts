// The one interface every kind of source implements: read one value for one key result, or
// say why not. A kind never throws for anything the world can cause, never returns a zero in
// place of a failure, and releases what it opened (connections, processes) before it answers.

import type { KeyResultSourceDoc } from '../model.js';
import type { Env } from './env-refs.js';

/** One number (metric, baseline, maintain) or a yes/no (binary); the caller decides by KR type. */
export type SourceValue = number | boolean;

export type SourceResult = { ok: true; value: SourceValue } | { ok: false; reason: string };

/** A config source's settings with their environment references resolved (empty for a command). */
export interface Connection {
  url?: string;
  headers?: Record<string, string>;
  token?: string;
  api?: string;
}

export interface SourceRequest {
  /** What the key result asks: `query`, `path` and `select`, `search`, or `command`. */
  source: KeyResultSourceDoc;
  connection: Connection;
  env: Env;
  /** The repository root: where a command runs and what its script paths are relative to. */
  root: string;
  /** Aborted at the time limit or when the run is cancelled; the kind stops and cleans up. */
  signal: AbortSignal;
  /** The time limit, for kinds that also tell a server (PostgreSQL's statement_timeout). */
  timeoutMs: number;
  /**
   * Outside text (an answer, a script's stderr, a driver's error) as a reason may show it:
   * secrets redacted first, then one line, cut at `max`, so a cut never leaves half a secret.
   */
  quote: Quote;
}

export type Quote = (text: string, max?: number) => string;

export interface SourceKind {
  read(request: SourceRequest): Promise<SourceResult>;
}

export function found(value: SourceValue): SourceResult {
  return { ok: true, value };
}

export function failed(reason: string): SourceResult {
  return { ok: false, reason };
}

/** Outside text in a reason: one line, at most `max` characters (redact before this). */
export function excerpt(text: string, max = 200): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
