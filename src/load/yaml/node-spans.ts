// Where every node of a document is written, recorded while js-yaml parses it. js-yaml calls
// the listener when it starts composing a node ('open', at the offset where the node may
// begin, before any separating space) and when it has finished ('close', just past the node).
// Nodes are numbered in the order they open, which is document order; their depth says which
// node holds which, so the record is the tree itself, with no objects built for it. Keys are
// nodes too: a map's children are its keys and values in turn.

import type { NodeSpans } from '../../model.js';

export type { NodeSpans };

interface ListenerState {
  position: number;
  depth: number;
}

/** One reusable scratch space: files are parsed one at a time on each thread. */
let starts = new Int32Array(1 << 14);
let ends = new Int32Array(1 << 14);
let depths = new Uint8Array(1 << 14);
let open = new Int32Array(256);

export function createRecorder(): { listener: (event: 'open' | 'close', state: ListenerState) => void; finish: () => NodeSpans } {
  let count = 0;
  let top = 0;
  const listener = (event: 'open' | 'close', state: ListenerState) => {
    if (event === 'open') {
      if (count === starts.length) grow();
      starts[count] = state.position;
      depths[count] = state.depth;
      if (top === open.length) open = copyInto(new Int32Array(open.length * 2), open);
      open[top++] = count++;
    } else if (top > 0) {
      ends[open[--top]] = state.position;
    }
  };
  const finish = (): NodeSpans => ({ starts: starts.slice(0, count), ends: ends.slice(0, count), depths: depths.slice(0, count) });
  return { listener, finish };
}

function grow(): void {
  const size = starts.length * 2;
  starts = copyInto(new Int32Array(size), starts);
  ends = copyInto(new Int32Array(size), ends);
  depths = copyInto(new Uint8Array(size), depths);
}

function copyInto<T extends Int32Array | Uint8Array>(target: T, source: T): T {
  target.set(source);
  return target;
}

/** Indexes of the direct children of node i, in document order. */
export function childrenOf(spans: NodeSpans, i: number): number[] {
  const children: number[] = [];
  const depth = spans.depths[i];
  for (let j = i + 1; j < spans.depths.length && spans.depths[j] > depth; j++) {
    if (spans.depths[j] === depth + 1) children.push(j);
  }
  return children;
}
