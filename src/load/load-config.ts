// Reads okr.config.yaml: parse, schema, a few checks of its own (cycle ids and dates), and
// defaults filled in. A broken config stops every command with exit 2, since nothing else
// can be checked against it.

import { relative, sep } from 'node:path';
import { DEFAULT_SCORING, type Config, type ConfigDoc, type Finding, type SourceFile } from '../model.js';
import { prepareValidator, validateSchema } from '../schema/validate.js';
import { parseSource } from './parse-yaml.js';
import { readSource } from './read-source.js';

export interface LoadedConfig {
  config: Config | undefined;
  source: SourceFile | undefined;
  /** Repository-relative path of the config file. */
  file: string;
  findings: Finding[];
}

export async function loadConfig(root: string, configPath: string): Promise<LoadedConfig> {
  const file = relative(root, configPath).split(sep).join('/');
  const read = readSource(root, file);
  if (!read.ok) return { config: undefined, source: undefined, file, findings: [read.finding] };
  const source = read.source;
  const result = parseSource(source);
  if (!result.ok) return { config: undefined, source, file, findings: result.findings };

  await prepareValidator('config');
  const findings = validateSchema('config', result.data, file);
  if (findings.length > 0) return { config: undefined, source, file, findings };
  const doc = result.data as ConfigDoc;
  findings.push(...checkCycles(doc, file));
  if (findings.length > 0) return { config: undefined, source, file, findings };
  return { config: withDefaults(doc), source, file, findings };
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

export function withDefaults(doc: ConfigDoc): Config {
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
