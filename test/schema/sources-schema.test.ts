// The schemas' part of sources: what an editor completes and what the loader refuses first.

import { beforeAll, describe, expect, it } from 'vitest';
import { prepareValidator, validateSchema } from '../../src/schema/validate.js';

const config = (sources: unknown) => ({ version: 1, organization: 'Acme', cycles: [{ id: '2026-Q4', start: '2026-10-01', end: '2026-12-31' }], sources });
const unit = (source: unknown) => ({
  cycle: '2026-Q4', unit: 'platform', level: 'company',
  objectives: [{ id: 'O1', title: 'Make deploys boring', keyResults: [{ id: 'KR1', title: 'Uptime', min: 99.9, source }] }],
});

beforeAll(async () => {
  await prepareValidator('config');
  await prepareValidator('unit');
});

describe('sources in the schemas', () => {
  it('accepts the shapes of SPEC 8', () => {
    expect(validateSchema('config', config({
      warehouse: { kind: 'postgres', url: '$WAREHOUSE_URL' },
      'status-api': { kind: 'http', url: 'https://status.acme.example/api', headers: { Authorization: 'Bearer ${STATUS_TOKEN}' } },
      github: { kind: 'github', token: '$GITHUB_TOKEN', api: 'https://github.acme.example/api/v3' },
    }), 'okr.config.yaml')).toEqual([]);
    for (const source of [
      { from: 'warehouse', query: 'select 1' },
      { from: 'status-api', path: '/v1/uptime?days=30', select: '$.data.uptime' },
      { from: 'github', search: 'repo:acme/api is:issue is:closed label:sev1' },
      { command: 'scripts/active-teams.sh --days 28' },
    ]) expect(validateSchema('unit', unit(source), 'u.yaml'), JSON.stringify(source)).toEqual([]);
  });

  it('refuses an unknown kind, a name that is not a slug, an unknown field', () => {
    const messages = (findings: { message: string }[]) => findings.map((f) => f.message);
    expect(messages(validateSchema('config', config({ w: { kind: 'mysql', url: '$X' } }), 'c'))).toEqual([expect.stringContaining('must be one of postgres, http, github, not "mysql"')]);
    expect(validateSchema('config', config({ Warehouse: { kind: 'postgres', url: '$X' } }), 'c')).toHaveLength(1);
    expect(messages(validateSchema('config', config({ w: { kind: 'postgres', uri: '$X' } }), 'c'))).toEqual(["unknown key 'uri' (did you mean 'url'?)"]);
    expect(messages(validateSchema('unit', unit({ form: 'w', query: 'select 1' }), 'u'))).toEqual(["unknown key 'form' (did you mean 'from'?)"]);
    expect(messages(validateSchema('unit', unit({ command: '' }), 'u'))).toHaveLength(1);
  });
});
