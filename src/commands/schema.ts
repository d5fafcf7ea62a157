// okr schema [unit|config|people]: print a JSON Schema, for editors and other tools.

import { UsageError } from '../errors.js';
import { readSchema, SCHEMA_NAMES, type SchemaName } from '../schema/files.js';
import type { GlobalOptions, Io } from '../terminal/io.js';

export async function run(_options: GlobalOptions, [which = 'unit']: string[], io: Io): Promise<number> {
  if (!SCHEMA_NAMES.includes(which as SchemaName)) throw new UsageError(`expected ${SCHEMA_NAMES.join(', ')}, not '${which}'`);
  io.stdout.write(`${JSON.stringify(readSchema(which as SchemaName), null, 2)}\n`);
  return 0;
}
