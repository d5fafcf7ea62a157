import { describe, expect, it } from 'vitest';
import { formatHistoryJson } from '../../../src/format/history/json.js';
import { outputText } from '../../../src/format/formatter.js';
import { historyView } from '../fixtures.js';
import { PIPE } from '../expect-output.js';

describe('okr history, json', () => {
  it('is { cycle, shallow, events }, the events as history reads them', () => {
    const view = historyView(true);
    const doc = JSON.parse(outputText(formatHistoryJson(view, PIPE)));
    expect(doc).toEqual({ cycle: '2026-Q4', shallow: true, events: JSON.parse(JSON.stringify(view.events)) });
  });
});
