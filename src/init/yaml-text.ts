// Small pieces of YAML source for templates and edits: a string or number written so that it
// reads back as the same value, and the modeline that points an editor at a schema.

import { posix } from 'node:path';

/** Where `okr init` copies the schemas, relative to the repository root. */
export const SCHEMA_DIR = '.okr/schemas';

// Plain (unquoted) only when nothing in it could read as another type or as YAML syntax.
const PLAIN = /^[A-Za-z\u00C0-\uFFFF][\w\u00C0-\uFFFF .,&()'/@+-]*$/;
const NOT_A_STRING = /^(?:true|false|yes|no|on|off|null|~|y|n)$/i;

/** `flow`: the string sits inside `{ }` or `[ ]`, where a comma would end it. */
export function yamlString(text: string, flow = false): string {
  const plain = PLAIN.test(text) && !NOT_A_STRING.test(text) && !text.endsWith(' ') && !(flow && text.includes(','));
  return plain ? text : JSON.stringify(text);
}

export function yamlScalar(value: string | number | boolean): string {
  return typeof value === 'string' ? yamlString(value) : String(value);
}

/**
 * The first line of a YAML file the schema applies to: `$schema` relative to the file, so the
 * repository works wherever it is cloned. `file` is relative to the repository root.
 */
export function modeline(schema: 'unit' | 'config', file: string): string {
  const up = posix.relative(posix.dirname(file), '.') || '.';
  const path = up === '.' ? `${SCHEMA_DIR}/${schema}.schema.json` : `${up}/${SCHEMA_DIR}/${schema}.schema.json`;
  return `# yaml-language-server: $schema=${path}`;
}
