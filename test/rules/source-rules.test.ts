// The three source rules: source-resolves, source-kr-type, source-fits-kind. Each catches its
// case and lets the clean one through; none reads a source.

import { describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../src/model.js';
import { sourceFitsKind } from '../../src/rules/source-fits-kind.js';
import { sourceKrType } from '../../src/rules/source-kr-type.js';
import { sourceResolves } from '../../src/rules/source-resolves.js';
import { cleanWith, runRule, yaml } from './harness.js';

const SOURCES: Record<string, SourceDoc> = {
  warehouse: { kind: 'postgres', url: '$WAREHOUSE_URL' },
  'status-api': { kind: 'http', url: 'https://status.acme.example/api', headers: { Authorization: 'Bearer ${STATUS_TOKEN}' } },
  github: { kind: 'github', token: '$GITHUB_TOKEN' },
};

/** The platform unit with one key result whose fields are given as YAML flow-map entries. */
function platformWith(kr: string): Record<string, string> {
  return cleanWith({
    platform: yaml`
      cycle: 2026-Q4
      unit: platform
      level: team
      parent: engineering
      lead: bob
      objectives:
        - id: O1
          title: Make deploys boring
          alignsTo: [engineering/O1]
          keyResults:
            - { id: KR1, title: Cut median deploy time from 40 to 10 minutes, lead: bob, start: 40, target: 10 }
            - { id: KR2, title: Keep uptime above 99.9 percent, lead: bob, ${kr} }
    `,
  });
}

const KR2 = ['objectives', 0, 'keyResults', 1];

describe('source-resolves', () => {
  it('lets a source that the config names through', () => {
    expect(runRule(sourceResolves, { units: platformWith('min: 99.9, source: { from: warehouse, query: "select 1" }'), config: { sources: SOURCES } })).toEqual([]);
  });

  it('reports a source the config does not name, with "did you mean"', () => {
    const found = runRule(sourceResolves, { units: platformWith('min: 99.9, source: { from: warehous, query: "select 1" }'), config: { sources: SOURCES } });
    expect(found).toEqual([expect.objectContaining({
      file: 'okrs/2026-Q4/platform.yaml', path: [...KR2, 'source', 'from'], severity: 'error',
      message: "source 'warehous' is not in the config's `sources:` (warehouse, status-api, github); did you mean 'warehouse'?",
    })]);
  });

  it('says so when the config has no sources at all, and never takes an inherited name for one', () => {
    const found = runRule(sourceResolves, { units: platformWith('min: 99.9, source: { from: warehouse, query: "select 1" }') });
    expect(found.map((f) => f.message)).toEqual(["source 'warehouse' is not configured: okr.config.yaml has no `sources:`."]);
    const inherited = runRule(sourceResolves, { units: platformWith('min: 99.9, source: { from: constructor, query: "select 1" }'), config: { sources: SOURCES } });
    expect(inherited).toHaveLength(1);
  });
});

describe('source-kr-type', () => {
  it('lets metric, maintain, baseline and binary key results take a source', () => {
    for (const kr of ['min: 99.9', 'start: 1, target: 2', 'current: 5', 'done: false', 'type: binary']) {
      expect(runRule(sourceKrType, { units: platformWith(`${kr}, source: { command: scripts/x.sh }`) }), kr).toEqual([]);
    }
  });

  it('reports a source on a milestone key result', () => {
    const found = runRule(sourceKrType, { units: platformWith('milestones: [{ title: Design approved }], source: { command: scripts/x.sh }') });
    expect(found).toEqual([expect.objectContaining({
      path: [...KR2, 'source'], severity: 'error',
      message: "Key result 'KR2' is a milestone key result, so a source cannot set it: it is scored by its milestones, which a source cannot tick.",
    })]);
  });

  it('reports a source on a roll-up key result', () => {
    const found = runRule(sourceKrType, { units: platformWith('type: rollup, source: { command: scripts/x.sh }') });
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('is a rollup key result, so a source cannot set it')]);
  });
});

describe('source-fits-kind', () => {
  const run = (source: string) => runRule(sourceFitsKind, { units: platformWith(`min: 99.9, source: ${source}`), config: { sources: SOURCES } });

  it.each([
    '{ from: warehouse, query: "select avg(uptime) from days" }',
    '{ from: status-api, path: /v1/uptime?days=30, select: $.data.uptime }',
    '{ from: status-api, select: "$[\'uptime\']" }',
    '{ from: github, search: "repo:acme/api is:issue is:closed label:sev1" }',
    '{ command: "scripts/active-teams.sh --days 28" }',
    '{ command: "python3 scripts/count.py \'a b\'" }',
    '{ from: nowhere, query: "select 1" }',
  ])('lets %s through', (source) => {
    expect(run(source)).toEqual([]);
  });

  it.each([
    ['{ from: status-api, query: "select 1" }', [
      [[], "Key result 'KR2': an http source ('status-api') needs `select`."],
      [['query'], "Key result 'KR2': an http source ('status-api') reads `select` and `path`, not `query` (`query` belongs to a postgres source)."],
    ]],
    ['{ from: warehouse, query: "select 1", search: "is:issue" }', [
      [['search'], "Key result 'KR2': a postgres source ('warehouse') reads `query`, not `search` (`search` belongs to a github source)."],
    ]],
    ['{ from: github }', [[[], "Key result 'KR2': a github source ('github') needs `search`."]]],
    ['{ command: scripts/x.sh, query: "select 1" }', [
      [['query'], "Key result 'KR2': a command source reads `command`, not `query` (`query` belongs to a postgres source)."],
    ]],
    ['{ from: warehouse, command: scripts/x.sh }', [[['command'], "Key result 'KR2': a source is either `from` a configured source or a `command`, not both."]]],
    ['{ path: /x }', [[[], "Key result 'KR2': a source names `from` (a source of okr.config.yaml) or a `command`."]]],
    ['{ command: "scripts/x.sh | wc -l" }', [[['command'], expect.stringContaining("'|' would be a shell operator")]]],
    ['{ command: "../outside.sh" }', [[['command'], expect.stringContaining("'../outside.sh' is outside the repository")]]],
    ['{ from: status-api, select: "$.data[" }', [[['select'], expect.stringMatching(/^Key result 'KR2': '\$\.data\[' is not a JSONPath \(RFC 9535\): .*[^.]\.$/)]]],
  ])('reports %s', (source, expected) => {
    const found = run(source);
    expect(found.map((f) => [f.path.slice(KR2.length + 1), f.message])).toEqual(expected);
    expect(found.every((f) => f.severity === 'error' && f.path[KR2.length] === 'source')).toBe(true);
  });
});
