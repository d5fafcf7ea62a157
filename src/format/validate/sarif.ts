// SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.

import { jsonText } from '../../escape/json.js';
import { RULES } from '../../rules/index.js';
import type { ValidateResult } from '../../validate/result.js';
import { VERSION } from '../../version.js';
import type { Formatter } from '../formatter.js';

/** Every rule a finding can carry: the checks built into loading, then the semantic rules. */
const SARIF_RULES = [
  { id: 'yaml', description: 'The file is well-formed UTF-8 YAML: no syntax errors, duplicate keys, custom tags or alias bombs.' },
  { id: 'file', description: 'The path is a regular file inside the repository: not a folder, FIFO, device, dangling link or link leading out of it.' },
  { id: 'schema', description: 'The document matches the JSON Schema of its kind.' },
  { id: 'config', description: 'okr.config.yaml can be meant: unique cycle ids, dates in order, no partly overlapping cycles, bands and margins in order, okrsDir a folder in the repository, rule options as each rule declares them.' },
  { id: 'eased-target', description: 'With --base: a target moved towards its start, or a band widened, without a reason in the change.' },
  ...RULES.map((r) => ({ id: r.id, description: r.description })),
];

export const formatSarif: Formatter<ValidateResult> = ({ diagnostics }) => {
  const rules = SARIF_RULES;
  const version = VERSION;
  const ruleIds = rules.map((r) => r.id);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'okr',
            informationUri: 'https://www.npmjs.com/package/okr-cli',
            version,
            rules: rules.map((r) => ({ id: r.id, shortDescription: { text: r.description } })),
          },
        },
        results: diagnostics.map((d) => ({
          ruleId: d.rule,
          ruleIndex: Math.max(0, ruleIds.indexOf(d.rule)),
          level: d.severity === 'error' ? 'error' : 'warning',
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: d.file, uriBaseId: '%SRCROOT%' },
                region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
              },
              logicalLocations: d.path ? [{ fullyQualifiedName: d.path, kind: 'member' }] : undefined,
            },
          ],
        })),
      },
    ],
  };
  return jsonText(log);
};
