// Environment references in a source's settings: `$NAME` as the whole value, `${NAME}` inside a
// string, `$$` for a dollar sign. Secrets stay out of okr.config.yaml this way; they are read
// only when a source is used, and a failure names the variable, never its value.

/** Where a source reads its environment from: process.env, or what a test hands in. */
export type Env = Readonly<Record<string, string | undefined>>;

export type EnvRefPart = { literal: string } | { variable: string };

export type ParsedEnvRefs = { ok: true; parts: EnvRefPart[] } | { ok: false; message: string };

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NAME_AT_START = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Splits a value into literal text and variable names, or says what is wrong with its `$`s. */
export function parseEnvRefs(value: string): ParsedEnvRefs {
  if (value.startsWith('$') && NAME.test(value.slice(1))) return { ok: true, parts: [{ variable: value.slice(1) }] };
  const parts: EnvRefPart[] = [];
  let literal = '';
  let i = 0;
  while (i < value.length) {
    const at = value.indexOf('$', i);
    if (at < 0) {
      literal += value.slice(i);
      break;
    }
    literal += value.slice(i, at);
    const next = value[at + 1];
    if (next === '$') {
      literal += '$';
      i = at + 2;
      continue;
    }
    if (next === '{') {
      const close = value.indexOf('}', at + 2);
      if (close < 0) return { ok: false, message: `'\${' is not closed by '}'` };
      const name = value.slice(at + 2, close);
      if (!NAME.test(name)) {
        return { ok: false, message: `'\${${name}}' is not an environment variable name: letters, digits and '_', not starting with a digit` };
      }
      if (literal) parts.push({ literal });
      literal = '';
      parts.push({ variable: name });
      i = close + 1;
      continue;
    }
    const word = NAME_AT_START.exec(value.slice(at + 1));
    if (word) return { ok: false, message: `write '\${${word[0]}}' to read ${word[0]} inside a string ('$${word[0]}' alone works only as the whole value)` };
    return { ok: false, message: `a '$' starts an environment reference ('$NAME' as the whole value, '\${NAME}' inside a string); write '$$' for a '$' itself` };
  }
  if (literal) parts.push({ literal });
  return { ok: true, parts };
}

/** The names of the variables a value reads (none when its syntax is wrong). */
export function envRefNames(value: string): string[] {
  const parsed = parseEnvRefs(value);
  return parsed.ok ? parsed.parts.flatMap((part) => ('variable' in part ? [part.variable] : [])) : [];
}

export type ResolvedEnvRefs = { ok: true; value: string } | { ok: false; reason: string };

/**
 * The value with its references replaced from `env`. A variable that is unset or empty is a
 * failure (an unset secret in GitHub Actions arrives as ''), named without any value.
 */
export function resolveEnvRefs(value: string, env: Env): ResolvedEnvRefs {
  const parsed = parseEnvRefs(value);
  if (!parsed.ok) return { ok: false, reason: parsed.message };
  const missing: string[] = [];
  let out = '';
  for (const part of parsed.parts) {
    if ('literal' in part) {
      out += part.literal;
      continue;
    }
    const found = env[part.variable];
    if (found === undefined || found === '') missing.push(part.variable);
    else out += found;
  }
  if (missing.length === 0) return { ok: true, value: out };
  const names = [...new Set(missing)];
  return {
    ok: false,
    reason: names.length === 1
      ? `the environment variable ${names[0]} is not set (or is empty)`
      : `the environment variables ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} are not set (or are empty)`,
  };
}
