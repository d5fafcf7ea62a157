// Reads one key result's value from its source: the one way in for `okr sync` and `--check`.
// It checks the source as the rules do (they may be turned off), resolves the environment
// references, runs the kind under a time limit, and passes every reason through the redactor,
// so nothing a caller prints can hold a secret.

import { own } from '../lookup.js';
import type { KeyResultSourceDoc, SourceDoc } from '../model.js';
import { withDidYouMean } from '../text/did-you-mean.js';
import { checkConfigSources } from './check-config-sources.js';
import { checkKeyResultSource } from './check-kr-source.js';
import { resolveEnvRefs, type Env } from './env-refs.js';
import type { SourceKindName } from './kind-fields.js';
import { SOURCE_KINDS } from './kinds.js';
import { redactor } from './redact.js';
import { secretsOf } from './secrets.js';
import { excerpt, failed, type Connection, type Quote, type SourceResult } from './source-kind.js';

export const DEFAULT_TIMEOUT_MS = 30_000;
/** How long a kind may take to clean up after its signal fires before its answer is given up. */
const GRACE_MS = 2_000;

export interface ReadSourceRequest {
  /** The key result's `source:`. */
  source: KeyResultSourceDoc;
  /** The config's `sources:`. */
  sources: Readonly<Record<string, SourceDoc>> | undefined;
  env: Env;
  /** The repository root (absolute). */
  root: string;
  /** Cancels the read (Ctrl-C); the time limit is added here. */
  signal?: AbortSignal;
  timeoutMs?: number;
}

export async function readSource(request: ReadSourceRequest): Promise<SourceResult> {
  const redact = redactor(secretsOf(request.sources, request.env));
  const result = await readUnredacted(request, (text, max) => excerpt(redact(text), max));
  // Whole reasons too: a kind's own words may hold what it was given (a URL, a header).
  return result.ok ? result : failed(redact(result.reason));
}

async function readUnredacted(request: ReadSourceRequest, quote: Quote): Promise<SourceResult> {
  const { source, sources, env, root } = request;
  const problem = checkKeyResultSource(source, sources)[0];
  if (problem) return failed(problem.message);
  let kind: SourceKindName = 'command';
  let connection: Connection = {};
  if (source.command === undefined) {
    const name = source.from ?? '';
    const doc = own(sources, name);
    if (!doc) return failed(withDidYouMean(`'${name}' is not a source in okr.config.yaml`, name, Object.keys(sources ?? {})));
    const configProblem = checkConfigSources({ [name]: doc })[0];
    if (configProblem) return failed(configProblem.message);
    const resolved = resolveConnection(doc, env);
    if ('reason' in resolved) return failed(resolved.reason);
    kind = doc.kind;
    connection = resolved;
  }

  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  let result: SourceResult;
  try {
    result = await withinLimit(SOURCE_KINDS[kind].read({ source, connection, env, root, signal, timeoutMs, quote }), signal);
  } catch (error) {
    // A kind that throws has a bug; the run still goes on with the other key results.
    result = failed(`the ${kind} source failed unexpectedly: ${quote((error as Error).message)}`);
  }
  if (result.ok) return result;
  if (request.signal?.aborted) return failed('cancelled');
  if (timeout.aborted) return failed(`no value within ${timeoutMs / 1000} s (the time limit)`);
  return result;
}

/** The config source's settings with `$NAME`/`${NAME}` replaced, or the first that cannot be. */
function resolveConnection(doc: SourceDoc, env: Env): Connection | { reason: string } {
  const connection: Connection = {};
  for (const key of ['url', 'token', 'api'] as const) {
    const value = doc[key];
    if (value === undefined) continue;
    const resolved = resolveEnvRefs(value, env);
    if (!resolved.ok) return { reason: `${key}: ${resolved.reason}` };
    connection[key] = resolved.value;
  }
  if (doc.headers) {
    connection.headers = {};
    for (const [header, value] of Object.entries(doc.headers)) {
      const resolved = resolveEnvRefs(value, env);
      if (!resolved.ok) return { reason: `header ${header}: ${resolved.reason}` };
      connection.headers[header] = resolved.value;
    }
  }
  return connection;
}

/** The kind's answer, or a failure when it keeps going past its signal and a short grace. */
function withinLimit(work: Promise<SourceResult>, signal: AbortSignal): Promise<SourceResult> {
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const onAbort = () => {
      timer = setTimeout(() => resolve(failed('the source did not stop at the time limit')), GRACE_MS);
      timer.unref();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    if (signal.aborted) onAbort();
    const finish = () => {
      signal.removeEventListener('abort', onAbort);
      clearTimeout(timer);
    };
    work.then((result) => {
      finish();
      resolve(result);
    }, (error: unknown) => {
      finish();
      reject(error instanceof Error ? error : new Error(String(error)));
    });
  });
}
