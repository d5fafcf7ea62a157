// Reads okr.config.yaml: parse, schema, a few checks of its own (cycle ids and dates), and
// defaults filled in. A broken config stops every command with exit 2, since nothing else
// can be checked against it.

import { posix, relative, sep } from 'node:path';
import { DEFAULT_SCORING, type Config, type ConfigDoc, type Finding, type SourceFile } from '../model.js';
import { prepareValidator, validateSchema } from '../schema/validate.js';
import { parseYaml } from './yaml/parse.js';
import { loadPeopleFile, MAX_PEOPLE_FILE_BYTES } from './load-people.js';
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

export async function loadConfig(root: string, configPath: string): Promise<LoadedConfig> {
  const file = relative(root, configPath).split(sep).join('/');
  // The config may hold a whole company's people inline, so it has the people file's limit.
  const read = readSource(configPath, file, MAX_PEOPLE_FILE_BYTES);
  if (!read.ok) return { config: undefined, source: undefined, file, findings: [read.finding] };
  const result = parseYaml(read.source.text, file);
  if (!result.ok) return { config: undefined, source: read.source, file, findings: result.findings };
  const source = { ...read.source, spans: result.spans, data: result.data };

  await prepareValidator('config');
  const findings = validateSchema('config', result.data, file);
  if (findings.length > 0) return { config: undefined, source, file, findings };
  const doc = result.data as ConfigDoc;
  findings.push(...checkCycles(doc, file));
  if (findings.length > 0) return { config: undefined, source, file, findings };
  if (typeof doc.people === 'string') {
    const dir = posix.dirname(file);
    const people = await loadPeopleFile(root, dir === '.' ? '' : dir, file, doc.people);
    if (!people.people) return { config: undefined, source, file, findings: people.findings };
    return { config: withDefaults({ ...doc, people: people.people }), source, file, findings, peopleFile: people.file };
  }
  return { config: withDefaults({ ...doc, people: doc.people }), source, file, findings };
}

function checkCycles(doc: ConfigDoc, file: string): Finding[] {
  const findings: Finding[] = [];
  const finding = (path: Finding['path'], message: string): Finding => ({ file, path, message, severity: 'error', rule: 'config' });
  const seen = new Set<string>();
  doc.cycles.forEach((cycle, index) => {
    if (seen.has(cycle.id)) findings.push(finding(['cycles', index, 'id'], `duplicate cycle id '${cycle.id}'`));
    seen.add(cycle.id);
    if (cycle.end <= cycle.start) findings.push(finding(['cycles', index, 'end'], `cycle '${cycle.id}' ends (${cycle.end}) before it starts (${cycle.start})`));
    for (const key of ['postBy', 'midpoint'] as const) {
      const date = cycle[key];
      if (date !== undefined && (date < cycle.start || date > cycle.end)) {
        findings.push(finding(['cycles', index, key], `${key} ${date} is outside cycle '${cycle.id}' (${cycle.start} to ${cycle.end})`));
      }
    }
    if (cycle.retroBy !== undefined && cycle.retroBy < cycle.end) {
      findings.push(finding(['cycles', index, 'retroBy'], `retroBy ${cycle.retroBy} is before cycle '${cycle.id}' ends (${cycle.end})`));
    }
  });
  return findings;
}

/** The config with every default filled in; `people` is the registry itself by now, not a path. */
export function withDefaults(doc: ConfigDoc & { people?: Config['people'] }): Config {
  return {
    organization: doc.organization,
    okrsDir: doc.okrsDir ?? 'okrs',
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
