// Reads okr.config.yaml: parse, schema, the checks the schema cannot make (values that cannot
// be meant, okrsDir, each rule's options against its own schema), and defaults filled in. A
// broken config stops every command with exit 2, since nothing else can be checked against it.

import { relative, sep } from 'node:path';
import { DEFAULT_SCORING, type Config, type ConfigDoc, type Finding, type SourceFile } from '../model.js';
import { checkRuleOptions } from '../rules/check-options.js';
import { prepareValidator, validateSchema } from '../schema/validate.js';
import { checkConfigValues } from './check-config.js';
import { checkOkrsDir, normaliseOkrsDir } from './check-okrs-dir.js';
import { parseSource } from './parse-yaml.js';
import { readSource } from './read-source.js';

export interface LoadedConfig {
  config: Config | undefined;
  source: SourceFile | undefined;
  /** Repository-relative path of the config file. */
  file: string;
  findings: Finding[];
}

export interface ConfigOptions {
  /** The config of a revision extracted from git: see ConfigChecks and OkrsDirChecks. */
  atRevision?: boolean;
  /** A command that writes unit files (import, new, next) makes okrsDir when it is missing. */
  createsOkrsDir?: boolean;
}

export async function loadConfig(root: string, configPath: string, options: ConfigOptions = {}): Promise<LoadedConfig> {
  const file = relative(root, configPath).split(sep).join('/');
  const read = readSource(configPath, file);
  if (!read.ok) return { config: undefined, source: undefined, file, findings: [read.finding] };
  const source = read.source;
  const result = parseSource(source);
  if (!result.ok) return { config: undefined, source, file, findings: result.findings };

  await prepareValidator('config');
  const findings = validateSchema('config', result.data, file);
  if (findings.length > 0) return { config: undefined, source, file, findings };
  const doc = result.data as ConfigDoc;
  findings.push(
    ...checkConfigValues(doc, file, { atRevision: options.atRevision }),
    ...checkOkrsDir(root, doc.okrsDir, file, { mayBeMissing: options.atRevision || options.createsOkrsDir }),
    ...(options.atRevision ? [] : await checkRuleOptions(doc.rules, file)),
  );
  if (findings.length > 0) return { config: undefined, source, file, findings };
  return { config: withDefaults(doc), source, file, findings };
}

export function withDefaults(doc: ConfigDoc): Config {
  return {
    organization: doc.organization,
    okrsDir: normaliseOkrsDir(doc.okrsDir ?? 'okrs'),
    cycles: doc.cycles,
    people: doc.people,
    roles: doc.roles ?? {},
    themes: doc.themes,
    scoring: {
      ...DEFAULT_SCORING,
      ...doc.scoring,
      bands: { ...DEFAULT_SCORING.bands, ...doc.scoring?.bands },
    },
    checkins: { everyDays: doc.checkins?.everyDays ?? 7 },
    rules: doc.rules ?? {},
  };
}
