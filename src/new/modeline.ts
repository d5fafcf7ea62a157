// The first line of a new unit file, which points yaml-language-server (editor completion
// and checks) at the unit schema. `okr init` copies the schemas into .okr/schemas/, so a
// repository that has them is self-contained and works for everyone who clones it; else the
// schema of the installed okr is used, which works on this machine.

import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaPath } from '../schema/files.js';

export function unitSchemaModeline(root: string, fileAbs: string): string {
  const local = join(root, '.okr', 'schemas');
  const schema = existsSync(local) ? join(local, 'unit.schema.json') : fileURLToPath(schemaPath('unit'));
  return `# yaml-language-server: $schema=${relative(dirname(fileAbs), schema).split(sep).join('/')}`;
}
