// Checks what the config's `rules:` gives each rule as options against that rule's own schema
// (ESLint's `meta.schema`): `max: "five"`, `max: -1` or a misspelt `mxa` is a configuration
// error at its position, never silently ignored. The validators are precompiled at build time
// (src/build/build-validators.ts); only a run from source compiles them, with Ajv.

import { createRequire } from 'node:module';
import type { Ajv, ValidateFunction } from 'ajv';
import type { DocPath, Finding, RuleSetting } from '../model.js';
import { describeErrors } from '../schema/validate.js';
import { OPTIONS_SCHEMAS } from './index.js';
import type { OptionsSchema } from './rule.js';

/** Compiled once per rule and process: a config is loaded once, a revision's maybe once more. */
const validators = new Map<string, ValidateFunction>();
let ajv: Ajv | undefined;
const require = createRequire(import.meta.url);

export async function checkRuleOptions(rules: Record<string, RuleSetting> | undefined, file: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const finding = (path: DocPath, message: string, atKey = false): Finding => ({ file, path, atKey, message, severity: 'error', rule: 'config' });
  for (const [id, setting] of Object.entries(rules ?? {})) {
    if (!Array.isArray(setting) || setting.length < 2) continue;
    const options = setting[1] as Record<string, unknown>;
    // An unknown rule id is the config schema's finding, with its own "did you mean".
    const schema = OPTIONS_SCHEMAS.get(id);
    if (!schema) continue;
    const at: DocPath = ['rules', id, 1];
    if (Object.keys(schema.properties).length === 0) {
      for (const key of Object.keys(options)) findings.push(finding([...at, key], `rule '${id}' takes no options, so '${key}' would change nothing`, true));
      continue;
    }
    const validate = await validatorFor(id, schema);
    if (validate(options)) continue;
    for (const described of describeErrors(validate.errors ?? [], options, 'option')) {
      findings.push(finding([...at, ...described.path], `rule '${id}': ${described.message}`, described.atKey));
    }
  }
  return findings;
}

async function validatorFor(id: string, schema: OptionsSchema): Promise<ValidateFunction> {
  let validate = validators.get(id);
  if (!validate) validate = precompiled(id);
  if (!validate) {
    if (!ajv) {
      const { createAjv } = await import('../schema/create-ajv.js');
      ajv = createAjv();
    }
    validate = ajv.compile(schema);
    validators.set(id, validate);
  }
  return validate;
}

/** The validator the build wrote for this rule's options, if there is one (not from source). */
function precompiled(id: string): ValidateFunction | undefined {
  try {
    const validate = require(`../schema/validators/rule-options/${id}.cjs`) as ValidateFunction;
    validators.set(id, validate);
    return validate;
  } catch {
    return undefined;
  }
}
