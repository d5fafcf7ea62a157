// Which fields each kind of source takes, on the config side and on the key result's side.
// Pure data, shared by the config checks, the rules and the reader, so that `okr validate`
// judges a source without loading any driver.

import type { ConfigSourceKind, KeyResultSourceDoc, SourceDoc } from '../model.js';

/** Every kind a key result's value can come from: a config source's kind, or a command. */
export type SourceKindName = ConfigSourceKind | 'command';

export const CONFIG_SOURCE_KINDS: readonly ConfigSourceKind[] = ['postgres', 'http', 'github'];

interface Fields<Key extends string> {
  required: readonly Key[];
  optional: readonly Key[];
}

type ConfigField = Exclude<keyof SourceDoc, 'kind'>;
type KeyResultField = keyof KeyResultSourceDoc;

export const CONFIG_FIELDS: Record<ConfigSourceKind, Fields<ConfigField>> = {
  postgres: { required: ['url'], optional: [] },
  http: { required: ['url'], optional: ['headers'] },
  github: { required: [], optional: ['token', 'api'] },
};

/** What a key result says to a source of each kind (`from` aside). */
export const KEY_RESULT_FIELDS: Record<SourceKindName, Fields<KeyResultField>> = {
  postgres: { required: ['query'], optional: [] },
  http: { required: ['select'], optional: ['path'] },
  github: { required: ['search'], optional: [] },
  command: { required: ['command'], optional: [] },
};

/** The kind that reads a field, for "did you mean" style hints ('search' belongs to github). */
export function kindOfField(field: KeyResultField): SourceKindName | undefined {
  return (Object.keys(KEY_RESULT_FIELDS) as SourceKindName[]).find((kind) => {
    const fields = KEY_RESULT_FIELDS[kind];
    return fields.required.includes(field) || fields.optional.includes(field);
  });
}

/** `a postgres source` / `an http source`. */
export function aKind(kind: SourceKindName): string {
  return `${kind === 'http' ? 'an' : 'a'} ${kind} source`;
}

/** Lists fields in prose: `query`, `path` and `select`. */
export function listFields(fields: readonly string[]): string {
  const quoted = fields.map((field) => `\`${field}\``);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** How a key result's source is named in messages and trailers: its config name, or `command: …`. */
export function sourceLabel(source: KeyResultSourceDoc): string {
  return source.from ?? `command: ${source.command ?? ''}`;
}
