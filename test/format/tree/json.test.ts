import { describe, expect, it } from 'vitest';
import { formatTreeJson } from '../../../src/format/tree/json.js';
import { treeView } from '../fixtures.js';
import { PIPE } from '../expect-output.js';

describe('okr tree, json', () => {
  it('is the cycle, its overall score and the tree', async () => {
    const view = await treeView();
    const doc = JSON.parse(formatTreeJson(view, PIPE));
    expect(Object.keys(doc)).toEqual(['cycle', 'asOf', 'overall', 'grade', 'tree']);
    expect(doc.tree[0]).toMatchObject({ kind: 'objective', ref: 'company/O1' });
    expect(doc).toEqual(JSON.parse(JSON.stringify(view)));
  });
});
