// Where the JSON Schemas ship: schemas/ at the package root, beside dist/.

import { readFileSync } from 'node:fs';

export type SchemaName = 'unit' | 'config' | 'people';

export const SCHEMA_NAMES: readonly SchemaName[] = ['unit', 'config', 'people'];

export function schemaPath(name: SchemaName): URL {
  return new URL(`../../schemas/${name}.schema.json`, import.meta.url);
}

export function readSchema(name: SchemaName): Record<string, unknown> {
  return JSON.parse(readFileSync(schemaPath(name), 'utf8')) as Record<string, unknown>;
}
