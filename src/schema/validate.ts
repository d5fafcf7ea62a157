// Schema validation of parsed documents, with Ajv errors turned into findings that speak the
// user's language: the key that is unknown (and what was probably meant), the key that is
// missing, the value of the wrong type. Paths come from Ajv's instancePath.

import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { DocPath, Finding } from '../model.js';
import { didYouMean } from '../text/did-you-mean.js';
import type { SchemaName } from './files.js';

const validators = new Map<SchemaName, ValidateFunction>();
const require = createRequire(import.meta.url);

/**
 * The precompiled validator the build wrote beside this module; when running from source
 * (unit tests) there is none, and the schema is compiled here with the same options.
 */
async function loadValidator(name: SchemaName): Promise<ValidateFunction> {
  try {
    return require(`./validators/${name}.cjs`) as ValidateFunction;
  } catch {
    const { compileSchema, createAjv } = await import('./create-ajv.js');
    return compileSchema(createAjv(), name);
  }
}

/** Loads the validators once, before any file is checked (validation itself is synchronous). */
export async function prepareValidator(name: SchemaName): Promise<void> {
  if (!validators.has(name)) validators.set(name, await loadValidator(name));
}

function validatorFor(name: SchemaName): ValidateFunction {
  const validate = validators.get(name);
  if (!validate) throw new Error(`validator '${name}' used before prepareValidator()`);
  return validate;
}

/**
 * A hostile file can hold tens of thousands of wrong keys: the first of them are described
 * (describing compares errors with each other), the rest are counted in one closing finding.
 */
export const MAX_SCHEMA_ERRORS_READ = 1000;
export const MAX_SCHEMA_FINDINGS = 100;

export function validateSchema(name: SchemaName, data: unknown, file: string): Finding[] {
  const validate = validatorFor(name);
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  const described = describeErrors(errors.slice(0, MAX_SCHEMA_ERRORS_READ), data);
  const findings: Finding[] = described.slice(0, MAX_SCHEMA_FINDINGS).map(({ path, message, atKey }) => ({
    file, path, atKey, message, severity: 'error', rule: 'schema',
  }));
  if (described.length > MAX_SCHEMA_FINDINGS || errors.length > MAX_SCHEMA_ERRORS_READ) {
    const more = Math.max(described.length, errors.length) - MAX_SCHEMA_FINDINGS;
    findings.push({ file, path: [], severity: 'error', rule: 'schema', message: `and ${more} more schema problems in this file; only the first ${MAX_SCHEMA_FINDINGS} are listed` });
  }
  return findings;
}

interface Described {
  path: DocPath;
  message: string;
  atKey?: boolean;
}

/**
 * One message per offending place. Under anyOf/oneOf, Ajv reports every branch: the branch
 * whose type fits the value holds the useful error (a bad pattern, an unknown severity), the
 * others only say "must be string". A propertyNames failure comes with an inner error that
 * names the key; that one is kept, its wrapper dropped.
 */
export function describeErrors(errors: ErrorObject[], data: unknown, keyNoun = 'key'): Described[] {
  // Branch errors cannot be told by schemaPath (a $ref inside a branch rewrites it), so
  // tell them by place: a type error exactly where a union failed is one branch refusing.
  const unions = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath);
  const under = (error: ErrorObject, path: string) => error.instancePath === path || error.instancePath.startsWith(`${path}/`);
  const branchNoise = (error: ErrorObject) => error.keyword === 'type' && unions.includes(error.instancePath);
  const useful = errors.filter((error) => {
    if (error.keyword === 'if' || branchNoise(error)) return false;
    if (error.keyword === 'propertyNames') return !errors.some((e) => e !== error && e.propertyName !== undefined && e.instancePath === error.instancePath);
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf') {
      return !errors.some((e) => e !== error && e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && !branchNoise(e) && under(e, error.instancePath));
    }
    return true;
  });
  const out: Described[] = [];
  const seen = new Set<string>();
  for (const error of useful) {
    const described = describeError(error, data, keyNoun);
    const key = `${described.path.join('\u0000')}\u0001${described.atKey ? 'k' : 'v'}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(described);
  }
  return out;
}

function describeError(error: ErrorObject, data: unknown, keyNoun: string): Described {
  const path = pointerToPath(error.instancePath, data);
  const name = path.length > 0 ? `'${path[path.length - 1]}'` : 'the document';
  const where = typeof path[path.length - 1] === 'number' ? 'this item' : name;
  const params = error.params as Record<string, unknown>;
  const value = error.data;
  if (error.propertyName !== undefined) {
    // The key itself is wrong (a rule id, a person id): point at the key.
    const key = error.propertyName;
    const allowed = error.keyword === 'enum' ? (params.allowedValues as unknown[]).map(String) : [];
    const guess = didYouMean(key, allowed);
    const message = error.keyword === 'enum'
      ? `unknown key '${key}'${guess ? ` (did you mean '${guess}'?)` : ` (expected one of: ${allowed.join(', ')})`}`
      : `'${key}' is not a valid key here (expected the form ${String(params.pattern ?? 'described in the schema')})`;
    return { path: [...path, key], atKey: true, message };
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const guess = didYouMean(key, known);
      const hint = guess ? ` (did you mean '${guess}'?)` : known.length > 0 ? ` (expected one of: ${known.join(', ')})` : '';
      return { path: [...path, key], atKey: true, message: `unknown ${keyNoun} '${key}'${hint}` };
    }
    case 'required':
      return { path, message: `missing required key '${String(params.missingProperty)}'` };
    case 'type':
      return { path, message: `${where} must be ${article(String(params.type))}, not ${describeValue(value)}` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const guess = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      return {
        path,
        message: `${where} must be one of ${allowed.join(', ')}, not ${describeValue(value)}${guess ? ` (did you mean '${guess}'?)` : ''}`,
      };
    }
    case 'const':
      return { path, message: `${where} must be ${JSON.stringify(params.allowedValue)}, not ${describeValue(value)}` };
    case 'format':
      return { path, message: `${where} must be ${formatName(String(params.format))}, not ${describeValue(value)}` };
    case 'pattern':
      return { path, message: `${describeValue(value)} is not a valid ${patternName(path)} (expected the form ${String(params.pattern)})` };
    case 'propertyNames':
      return { path, message: `${where} has an invalid key` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path, message: `${where} must be ${String(params.comparison)} ${String(params.limit)}, not ${describeValue(value)}` };
    case 'minItems':
      return { path, message: `${where} must have at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}` };
    case 'oneOf':
    case 'anyOf':
      return { path, message: `${where} has the wrong form: ${describeValue(value)}` };
    default:
      return { path, message: `${where} ${error.message ?? 'is invalid'}` };
  }
}

/** Ajv's instancePath is a JSON Pointer: unescape `~1` then `~0`; array indexes become numbers. */
export function pointerToPath(pointer: string, data: unknown): DocPath {
  if (pointer === '') return [];
  const path: DocPath = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const index = Number(segment);
      path.push(index);
      node = node[index];
    } else {
      path.push(segment);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

function article(type: string): string {
  const names: Record<string, string> = {
    object: 'a map', array: 'a list', string: 'a string', number: 'a number', integer: 'a whole number', boolean: 'true or false', null: 'empty',
  };
  return type.split(',').map((t) => names[t] ?? t).join(' or ');
}

function formatName(format: string): string {
  return format === 'date' ? 'a date (YYYY-MM-DD)' : format === 'email' ? 'an email address' : `a valid ${format}`;
}

function patternName(path: DocPath): string {
  const key = [...path].reverse().find((segment) => typeof segment === 'string');
  switch (key) {
    case 'alignsTo':
      return 'reference (unit/O1 or unit/O1/KR1)';
    case 'id':
      return 'id';
    case 'unit':
    case 'parent':
      return 'unit id (lowercase letters, digits and dashes)';
    default:
      return key ? `value for '${key}'` : 'value';
  }
}
