// What okr.config.yaml's `notify:` must get right that the schema cannot say: the `$NAME` /
// `${NAME}` syntax, secrets read from the environment and never written in the file (an SMTP
// password; a Slack or Teams webhook URL, which is itself the credential), a login given
// whole, and values written out in full that parse (a host, a sender, a URL). Found by
// `okr validate` and every command, without sending anything.

import type { DocPath, NotifyDoc } from '../model.js';
import { parseEnvRefs } from '../sources/env-refs.js';
import { parseMailbox } from './mailbox.js';

export interface NotifyProblem {
  path: DocPath;
  message: string;
}

export function checkNotifyConfig(notify: NotifyDoc | undefined): NotifyProblem[] {
  const problems: NotifyProblem[] = [];
  const say = (path: DocPath, message: string) => problems.push({ path, message });
  /** The value's env references parse; true when it reads the environment. */
  const readsEnv = (path: DocPath, value: string): boolean | undefined => {
    const parsed = parseEnvRefs(value);
    if (!parsed.ok) {
      say(path, parsed.message);
      return undefined;
    }
    return parsed.parts.some((part) => 'variable' in part);
  };

  const smtp = notify?.smtp;
  if (smtp) {
    const at = (key: string): DocPath => ['notify', 'smtp', key];
    for (const key of ['host', 'user', 'password', 'from'] as const) {
      const value = smtp[key];
      if (value === undefined) continue;
      const env = readsEnv(at(key), value);
      if (env !== false) continue;
      if (key === 'password') say(at(key), 'the password is written in the config, where everyone who can read the repository sees it; put it in an environment variable and write `password: $SMTP_PASSWORD`');
      if (key === 'host' && !/^[A-Za-z0-9.-]+$|^\[?[0-9A-Fa-f:.]+\]?$/.test(value)) say(at(key), `'${value}' is not a host name: write the name alone (smtp.acme.example), with the port in \`port\``);
      if (key === 'from' && parseMailbox(value) === null) say(at(key), `'${value}' is not a sender okr can write: an address (okr@acme.example) or a name and an address (OKR program <okr@acme.example>)`);
    }
    if ((smtp.user === undefined) !== (smtp.password === undefined)) {
      say(['notify', 'smtp', smtp.user === undefined ? 'password' : 'user'], 'give `user` and `password` together (a login), or neither (a server that takes mail without one)');
    }
  }

  for (const [name, hook] of Object.entries(notify?.webhooks ?? {})) {
    const path: DocPath = ['notify', 'webhooks', name, 'url'];
    const env = readsEnv(path, hook.url);
    if (env !== false) continue;
    if (hook.kind !== 'json') {
      say(path, `webhook '${name}': a ${hook.kind === 'slack' ? 'Slack' : 'Teams'} webhook URL is the secret itself (whoever has it can post), written in the config where everyone who can read the repository sees it; put it in an environment variable and write \`url: $${hook.kind.toUpperCase()}_WEBHOOK_URL\``);
      continue;
    }
    const problem = urlProblem(hook.url);
    if (problem) say(path, `webhook '${name}': ${problem}`);
  }
  return problems;
}

/** A URL written out in full: http or https, with no password in it. */
export function urlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'this is not a URL (https://host/…)';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `'${url.protocol}' URLs cannot be posted to; use https://`;
  if (url.password !== '') return 'the URL holds a password, written in the config where everyone who can read the repository sees it; put the whole URL in an environment variable';
  return undefined;
}
