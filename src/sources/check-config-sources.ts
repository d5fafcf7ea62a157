// What okr.config.yaml's `sources:` must get right that the schema cannot say: the fields each
// kind needs and takes, the `$NAME`/`${NAME}` syntax, URLs that parse, and no secret written
// into the file itself (SPEC 8: connections live in the config, secrets never do). A problem
// here is a config error, found by `okr validate` without reading any source.

import type { ConfigSourceKind, DocPath, SourceDoc } from '../model.js';
import { parseEnvRefs } from './env-refs.js';
import { CONFIG_FIELDS, CONFIG_SOURCE_KINDS, aKind, listFields } from './kind-fields.js';

export interface SourceProblem {
  path: DocPath;
  message: string;
  /** Point at the key (a field that does not belong) rather than its value. */
  atKey?: boolean;
}

/** Headers whose value is a credential: written literally, they would be a secret in git. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-api-key', 'api-key', 'private-token']);

export function checkConfigSources(sources: Record<string, SourceDoc> | undefined): SourceProblem[] {
  const problems: SourceProblem[] = [];
  for (const [name, doc] of Object.entries(sources ?? {})) {
    const at: DocPath = ['sources', name];
    const say = (path: DocPath, message: string, atKey = false) => problems.push({ path, message: `source '${name}': ${message}`, atKey });
    const fields = CONFIG_FIELDS[doc.kind];
    for (const field of fields.required) {
      if (doc[field] === undefined) say(at, `${aKind(doc.kind)} needs \`${field}\``);
    }
    const takes = (key: unknown) => (fields.required as unknown[]).includes(key) || (fields.optional as unknown[]).includes(key);
    for (const key of Object.keys(doc)) {
      if (key === 'kind' || takes(key)) continue;
      say([...at, key], `${aKind(doc.kind)} takes ${listFields([...fields.required, ...fields.optional])}, not \`${key}\`${ownerHint(key)}`, true);
    }
    for (const [path, value] of stringValues(doc, at)) {
      // A field the kind does not take is reported once, above.
      if (!takes(path[2])) continue;
      const parsed = parseEnvRefs(value);
      if (!parsed.ok) {
        say(path, parsed.message);
        continue;
      }
      const readsEnv = parsed.parts.some((part) => 'variable' in part);
      const key = path[path.length - 1];
      if (key === 'token' && !readsEnv) {
        say(path, 'the token is written in the config, where everyone who can read the repository sees it; put it in an environment variable and write `token: $GITHUB_TOKEN`');
      } else if (path.includes('headers') && CREDENTIAL_HEADERS.has(String(key).toLowerCase()) && !readsEnv) {
        say(path, `the ${String(key)} header is written in the config, where everyone who can read the repository sees it; read its secret from the environment: "Bearer \${TOKEN}"`);
      } else if ((key === 'url' || key === 'api') && !readsEnv) {
        const problem = urlProblem(value, key === 'url' ? doc.kind : 'github');
        if (problem) say(path, problem);
      }
    }
  }
  return problems;
}

function* stringValues(doc: SourceDoc, at: DocPath): Generator<[DocPath, string]> {
  for (const key of ['url', 'token', 'api'] as const) {
    const value = doc[key];
    if (typeof value === 'string') yield [[...at, key], value];
  }
  for (const [header, value] of Object.entries(doc.headers ?? {})) yield [[...at, 'headers', header], value];
}

function ownerHint(key: string): string {
  const owners = CONFIG_SOURCE_KINDS.filter((kind) => {
    const fields = CONFIG_FIELDS[kind];
    return (fields.required as string[]).includes(key) || (fields.optional as string[]).includes(key);
  });
  if (key === 'token') return ' (put a token in a header: `headers: { Authorization: "Bearer ${TOKEN}" }`)';
  return owners.length > 0 ? ` (\`${key}\` belongs to ${owners.map(aKind).join(' or ')})` : '';
}

/** A URL written out in full must parse, with the scheme its kind speaks and no password. */
function urlProblem(value: string, kind: ConfigSourceKind): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'this is not a URL (scheme://host/…)';
  }
  const schemes = kind === 'postgres' ? ['postgres:', 'postgresql:'] : ['http:', 'https:'];
  if (!schemes.includes(url.protocol)) return `'${url.protocol}' URLs are not read by ${aKind(kind)}; use ${schemes.map((s) => `${s}//`).join(' or ')}`;
  if (url.password !== '') {
    return 'the URL holds a password, written in the config where everyone who can read the repository sees it; put the whole URL in an environment variable and write `url: $WAREHOUSE_URL`';
  }
  return undefined;
}
