// Build step (npm run build): precompiles the schemas into standalone validator modules in
// dist/schema/validators/, so that a run loads neither Ajv's compiler nor the schema
// compilation, which together cost more than validating a thousand files.

import { mkdirSync, writeFileSync } from 'node:fs';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { compileSchema, createAjv } from '../schema/create-ajv.js';
import { OPTIONS_SCHEMAS } from '../rules/index.js';
import { SCHEMA_NAMES } from '../schema/files.js';

type StandaloneCode = (ajv: ReturnType<typeof createAjv>, validate: ReturnType<typeof compileSchema>) => string;
const wrapped = standaloneCodeModule as unknown as StandaloneCode & { default?: StandaloneCode };
const standaloneCode = wrapped.default ?? wrapped;

const out = new URL('../schema/validators/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const name of SCHEMA_NAMES) {
  const ajv = createAjv(true);
  writeFileSync(new URL(`${name}.cjs`, out), standaloneCode(ajv, compileSchema(ajv, name)));
}

// Each rule's options schema too: a config that sets rule options then costs no compiler.
const options = new URL('./rule-options/', out);
mkdirSync(options, { recursive: true });
for (const [id, schema] of OPTIONS_SCHEMAS) {
  if (Object.keys(schema.properties).length === 0) continue;
  const ajv = createAjv(true);
  writeFileSync(new URL(`${id}.cjs`, options), standaloneCode(ajv, ajv.compile(schema)));
}
