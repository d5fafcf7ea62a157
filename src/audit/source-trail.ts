// Which key results read their value from a source, at each point of the history: replayed
// from the events themselves (a key result added with a `source:`, later changes of `source`),
// so that `okr audit` judges a change against the source the key result had when it was made.

import type { HistoryEvent } from '../git/history.js';
import { isRecord } from '../git/history-unit-diff.js';
import type { KeyResultSourceDoc } from '../model.js';
import { sourceLabel } from '../sources/source-label.js';

/** Key result ref → its source's label (sourceLabel), for those that have one. */
export type SourceTrail = Map<string, string>;

export function applySourceEvent(trail: SourceTrail, event: HistoryEvent): void {
  if (event.item !== 'keyResult') return;
  let doc: unknown;
  if (event.field === 'keyResult') doc = event.change === 'added' && isRecord(event.to) ? event.to.source : undefined;
  else if (event.field === 'source') doc = event.to;
  else return;
  const label = isRecord(doc) ? sourceLabel(doc as KeyResultSourceDoc) : '';
  if (label === '') trail.delete(event.ref);
  else trail.set(event.ref, label);
}
