// The YAML 1.2 core schema (YAML 1.2.2, section 10.3.2) for js-yaml, exactly. js-yaml's own
// CORE_SCHEMA is its JSON schema with YAML 1.1 habits kept (`0b101` is 5, `1_000` is 1000,
// `+.5` is a string); SPEC 10 says every file means one thing, and that thing is the 1.2 core
// schema: `+.5` is 0.5, `0b101` and `1_000` are strings, `no` and `on` are strings.
// Only plain (unquoted) scalars are resolved by these; quoted ones are always strings.

import { FAILSAFE_SCHEMA, Type } from 'js-yaml';

const NULL = /^(?:null|Null|NULL|~|)$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const INT_DECIMAL = /^[-+]?[0-9]+$/;
const INT_OCTAL = /^0o[0-7]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INFINITY = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN = /^\.(?:nan|NaN|NAN)$/;

// Every plain scalar of a file (titles, ids, names) is offered to these four in turn, so each
// first looks at one character: most strings are turned away without running a pattern.

/** Could this plain scalar be a number (or .inf/.nan)? Its first character says. */
function mayBeNumber(data: string): boolean {
  const c = data.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c === 0x2b /* + */ || c === 0x2d /* - */ || c === 0x2e /* . */;
}

const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: string | null) => data === null || data === '' || ((data.length === 1 || data.length === 4) && NULL.test(data)),
  construct: () => null,
  predicate: (object: unknown) => object === null,
  represent: () => 'null',
});

const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && (data.length === 4 || data.length === 5) && BOOL.test(data),
  construct: (data: string) => data === 'true' || data === 'True' || data === 'TRUE',
  predicate: (object: unknown) => typeof object === 'boolean',
  represent: (object: object) => String(object),
});

const intType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && mayBeNumber(data) && (INT_DECIMAL.test(data) || INT_OCTAL.test(data) || INT_HEX.test(data)),
  construct: constructInt,
  predicate: (object: unknown) => typeof object === 'number' && Number.isInteger(object),
  represent: (object: object) => String(object),
});

const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && mayBeNumber(data) && (FLOAT.test(data) || INFINITY.test(data) || NAN.test(data)),
  construct: constructFloat,
  predicate: (object: unknown) => typeof object === 'number',
  represent: (object: object) => String(object),
});

/** An integer: decimal (with an optional sign), 0o octal or 0x hexadecimal. */
export function constructInt(data: string): number {
  if (data.startsWith('0o')) return parseInt(data.slice(2), 8);
  if (data.startsWith('0x')) return parseInt(data.slice(2), 16);
  // An integer has no negative zero: `-0` is 0.
  return Number(data) || 0;
}

/** A float: `Number` reads every form of the pattern above; the special values are named. */
export function constructFloat(data: string): number {
  const value = Number(data);
  if (!Number.isNaN(value)) return value;
  // `Number` reads every form of the pattern but the named ones.
  if (INFINITY.test(data)) return data.startsWith('-') ? -Infinity : Infinity;
  return NaN;
}

/** What a plain scalar means under the 1.2 core schema; the reference the tests compare with. */
export function resolvePlainScalar(text: string): null | boolean | number | string {
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text === 'true' || text === 'True' || text === 'TRUE';
  if (INT_DECIMAL.test(text) || INT_OCTAL.test(text) || INT_HEX.test(text)) return constructInt(text);
  if (FLOAT.test(text) || INFINITY.test(text) || NAN.test(text)) return constructFloat(text);
  return text;
}

/** Strings, sequences and maps (failsafe), then the four implicit types of the core schema. */
export const YAML_CORE_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });
