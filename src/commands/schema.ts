// okr schema [unit|config]: print a JSON Schema, for editors and other tools.

import { UsageError } from '../errors.js';
import { readSchema, type SchemaName } from '../schema/files.js';
import type { GlobalOptions, Io } from '../terminal/io.js';

export async function run(_options: GlobalOptions, [which = 'unit']: string[], io: Io): Promise<number> {
  if (which !== 'unit' && which !== 'config') throw new UsageError(`okr schema: expected 'unit' or 'config', not '${which}'`);
  io.stdout.write(`${JSON.stringify(readSchema(which as SchemaName), null, 2)}\n`);
  return 0;
}
