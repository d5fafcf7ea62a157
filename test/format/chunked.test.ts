// Formatters of output that grows with the organisation give their text in chunks
// (ChunkFormatter, src/format/formatter.ts): a large result comes as many pieces, each of
// bounded size, that together are exactly the document a single string would have been.

import { describe, expect, it } from 'vitest';
import { jsonText } from '../../src/escape/json.js';
import { formatHistoryJson } from '../../src/format/history/json.js';
import { formatValidateJson } from '../../src/format/validate/json.js';
import type { Diagnostic } from '../../src/model.js';
import { historyView } from './fixtures.js';
import { PIPE } from './expect-output.js';

describe('chunked formatters', () => {
  it('okr history --format json: many events, many chunks, the same text', () => {
    const view = historyView();
    const events = Array.from({ length: 5_000 }, (_, i) => ({ ...view.events[i % 2], ref: `unit-${i}/O1/KR1` }));
    const chunks = [...formatHistoryJson({ ...view, events }, PIPE)];
    expect(chunks.length).toBeGreaterThan(5);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(256 * 1024);
    expect(chunks.join('')).toBe(jsonText({ cycle: view.cycle, shallow: view.shallow, events }));
  });

  it('okr validate --format json: a warning in every one of 20,000 files, in chunks', () => {
    const diagnostics: Diagnostic[] = Array.from({ length: 20_000 }, (_, i) => ({
      file: `okrs/2026-Q4/unit-${i}.yaml`, line: 5, column: 3, endLine: 5, endColumn: 40, severity: 'warning', rule: 'objective-qualitative',
      message: 'The title holds a number: a key result in disguise?', path: 'objectives[0].title',
    }));
    const chunks = [...formatValidateJson({ diagnostics, files: 20_001 }, PIPE)];
    expect(chunks.length).toBeGreaterThan(20);
    expect(JSON.parse(chunks.join('')).summary).toEqual({ errors: 0, warnings: 20_000, files: 20_001 });
  });
});
