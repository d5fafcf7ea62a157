// Reads okr.config.yaml: parse, schema, the checks the schema cannot make (values that cannot
// be meant, okrsDir, each rule's options against its own schema), and defaults filled in. A
// broken config stops every command with exit 2, since nothing else can be checked against it.

import { isAbsolute, posix, relative, sep } from 'node:path';
import { filesOf, type FilesOrRoot } from '../fs/file-source.js';
import { DEFAULT_SCORING, type Config, type ConfigDoc, type Finding, type SourceFile } from '../model.js';
import { checkRuleOptions } from '../rules/check-options.js';
import { prepareValidator, validateSchema } from '../schema/validate.js';
import { checkConfigValues } from './check-config.js';
import { checkOkrsDir, normaliseOkrsDir } from './check-okrs-dir.js';
import { loadPeopleFile, MAX_PEOPLE_FILE_BYTES } from './load-people.js';
import { parseYaml } from './yaml/parse.js';
import { readSource } from './read-source.js';

export interface LoadedConfig {
  config: Config | undefined;
  source: SourceFile | undefined;
  /** Repository-relative path of the config file. */
  file: string;
  /** Repository-relative path of the people file, when `people:` names one. */
  peopleFile?: string;
  findings: Finding[];
}

export interface ConfigOptions {
  /** The config of a revision read from git: see ConfigChecks and OkrsDirChecks. */
  atRevision?: boolean;
  /** A command that writes unit files (import, new, next) makes okrsDir when it is missing. */
  createsOkrsDir?: boolean;
}

/** `configPath` is absolute, or relative to the root of `place` (the working tree, or a revision's files). */
export async function loadConfig(place: FilesOrRoot, configPath: string, options: ConfigOptions = {}): Promise<LoadedConfig> {
  const files = filesOf(place);
  const file = isAbsolute(configPath) ? relative(files.root, configPath).split(sep).join('/') : configPath;
  // The config may hold a whole company's people inline, so it has the people file's limit.
  const read = readSource(files, file, MAX_PEOPLE_FILE_BYTES);
  if (!read.ok) return { config: undefined, source: undefined, file, findings: [read.finding] };
  const result = parseYaml(read.source.text, file);
  if (!result.ok) return { config: undefined, source: read.source, file, findings: result.findings };
  const source = { ...read.source, spans: result.spans, data: result.data };

  await prepareValidator('config');
  const findings = validateSchema('config', result.data, file);
  if (findings.length > 0) return { config: undefined, source, file, findings };
  const doc = result.data as ConfigDoc;
  findings.push(
    ...checkConfigValues(doc, file, { atRevision: options.atRevision }),
    ...checkOkrsDir(files, doc.okrsDir, file, { mayBeMissing: options.atRevision || options.createsOkrsDir }),
    ...(options.atRevision ? [] : await checkRuleOptions(doc.rules, file)),
  );
  if (findings.length > 0) return { config: undefined, source, file, findings };
  if (typeof doc.people === 'string') {
    const dir = posix.dirname(file);
    const people = await loadPeopleFile(files, dir === '.' ? '' : dir, file, doc.people);
    if (!people.people) return { config: undefined, source, file, findings: people.findings };
    return { config: withDefaults({ ...doc, people: people.people }), source, file, findings, peopleFile: people.file };
  }
  return { config: withDefaults(doc), source, file, findings };
}

/**
 * The config with every default filled in. `people` must be the registry itself by now:
 * loadConfig puts the people file's map in place of its path before calling this.
 */
export function withDefaults(doc: ConfigDoc): Config {
  return {
    organization: doc.organization,
    okrsDir: normaliseOkrsDir(doc.okrsDir ?? 'okrs'),
    cycles: doc.cycles,
    people: typeof doc.people === 'string' ? undefined : doc.people,
    roles: doc.roles ?? {},
    themes: doc.themes,
    scoring: {
      ...DEFAULT_SCORING,
      ...doc.scoring,
      bands: { ...DEFAULT_SCORING.bands, ...doc.scoring?.bands },
    },
    checkins: { everyDays: doc.checkins?.everyDays ?? 7 },
    rules: doc.rules ?? {},
    sources: doc.sources,
    notify: doc.notify,
  };
}
