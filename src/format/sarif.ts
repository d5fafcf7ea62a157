// SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.

import { jsonText } from '../escape/json.js';
import type { Diagnostic } from '../model.js';

export interface RuleInfo {
  id: string;
  description: string;
}

export function formatSarif(diagnostics: Diagnostic[], rules: RuleInfo[], version: string): string {
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
}
