// The one Ajv set-up, shared by the build step that precompiles the validators and by the
// fallback that compiles them at run time, so both judge documents alike.

import { Ajv, _, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readSchema, type SchemaName } from './files.js';

type AddFormats = (ajv: Ajv, formats: string[]) => Ajv;

export const FORMATS = ['date', 'email', 'uri'];

export function createAjv(forStandalone = false): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    // verbose keeps the failing schema on each error: "did you mean" reads its properties.
    verbose: true,
    allowUnionTypes: true,
    ...(forStandalone ? { code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } } : {}),
  });
  // ajv-formats is CommonJS; its default export arrives wrapped under NodeNext.
  const wrapped = addFormatsModule as unknown as AddFormats & { default?: AddFormats };
  (wrapped.default ?? wrapped)(ajv, FORMATS);
  return ajv;
}

export function compileSchema(ajv: Ajv, name: SchemaName): ValidateFunction {
  // The people file's schema takes its definitions from the config's.
  if (name === 'people' && !ajv.getSchema('https://okr-cli.dev/schemas/config.schema.json')) ajv.addSchema(readSchema('config'));
  return ajv.compile(readSchema(name));
}
