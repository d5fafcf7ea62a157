// The secrets of a config's sources, as they are once resolved: every value read from the
// environment, whole header values that carry one, tokens and URL passwords. A reason from
// any source, a command's included, is redacted against all of them: a script may echo its
// environment, a driver its connection string.

import type { SourceDoc } from '../model.js';
import { envRefNames, resolveEnvRefs, type Env } from './env-refs.js';

export function secretsOf(sources: Readonly<Record<string, SourceDoc>> | undefined, env: Env): string[] {
  const secrets: string[] = [];
  for (const doc of Object.values(sources ?? {})) {
    const values: [kind: 'url' | 'token' | 'header', value: string][] = [];
    if (doc.url !== undefined) values.push(['url', doc.url]);
    if (doc.api !== undefined) values.push(['url', doc.api]);
    if (doc.token !== undefined) values.push(['token', doc.token]);
    for (const value of Object.values(doc.headers ?? {})) values.push(['header', value]);
    for (const [kind, value] of values) {
      const names = envRefNames(value);
      for (const name of names) {
        const found = env[name];
        if (found) secrets.push(found);
      }
      const resolved = resolveEnvRefs(value, env);
      const whole = resolved.ok ? resolved.value : value;
      if (kind === 'token' || (kind === 'header' && names.length > 0)) secrets.push(whole);
      if (kind === 'url') secrets.push(...urlPassword(whole));
    }
  }
  return secrets;
}

function urlPassword(value: string): string[] {
  try {
    const { password } = new URL(value);
    return password === '' ? [] : [password, decodeURIComponent(password)];
  } catch {
    return [];
  }
}
