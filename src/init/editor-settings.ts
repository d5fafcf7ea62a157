// VS Code settings that map the OKR files to their schemas (for editors that ignore the
// modeline) and recommend the YAML extension that reads them. These files often exist
// already, holding someone's other settings, so our keys are merged in rather than the file
// replaced; a file that is not plain JSON (VS Code allows comments) is left alone.

import { SCHEMA_DIR } from './yaml-text.js';

export type Merged = { text: string } | { unreadable: true };

export const YAML_EXTENSION = 'redhat.vscode-yaml';

/** `dir`: the OKR root relative to the workspace (repository) top, '' when they are one. */
export function schemaMappings(dir: string): Record<string, string> {
  const at = dir ? `${dir}/` : '';
  return {
    [`./${at}${SCHEMA_DIR}/config.schema.json`]: `${at}okr.config.yaml`,
    [`./${at}${SCHEMA_DIR}/unit.schema.json`]: `${at}okrs/**/*.yaml`,
  };
}

export function mergeSettings(existing: string | undefined, dir: string): Merged {
  const settings = existing === undefined ? {} : parseObject(existing);
  if (!settings) return { unreadable: true };
  const schemas = settings['yaml.schemas'] ?? {};
  if (!isObject(schemas)) return { unreadable: true };
  settings['yaml.schemas'] = { ...schemas, ...schemaMappings(dir) };
  return { text: `${JSON.stringify(settings, null, 2)}\n` };
}

export function mergeExtensions(existing: string | undefined): Merged {
  const extensions = existing === undefined ? {} : parseObject(existing);
  if (!extensions) return { unreadable: true };
  const recommendations = extensions.recommendations ?? [];
  if (!Array.isArray(recommendations)) return { unreadable: true };
  if (!recommendations.includes(YAML_EXTENSION)) extensions.recommendations = [...recommendations, YAML_EXTENSION];
  return { text: `${JSON.stringify(extensions, null, 2)}\n` };
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
