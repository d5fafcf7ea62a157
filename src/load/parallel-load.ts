// Loads unit files on several threads. Threads claim files one at a time from a shared
// counter, so a worker that starts late (it has its modules to load) simply takes fewer.
// Workers send results in small batches as JSON text (V8 copies and parses text faster
// than it structured-clones an object graph), with each file's node spans beside it as typed
// arrays whose memory is handed over, not copied; the main thread takes batches in between
// its own files, so that at the end it waits for one batch, not for a whole share.
// Results are put back in file order: the outcome is exactly a single thread's.

import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { sourceFromSpec, type FileSource, type SourceSpec } from '../fs/file-source.js';
import type { RealPaths } from '../fs/read-file.js';
import { prepareValidator } from '../schema/validate.js';
import { loadUnitFile, type PerFileCheck, type UnitFileResult } from './load-cycle.js';

export interface LoadTask {
  /** Where the files are read: the working tree, or a revision's files in shared memory. */
  source: SourceSpec;
  files: string[];
  overrides?: Record<string, string>;
  /** Check each file where it is read (load-cycle.ts). */
  perFile?: PerFileCheck;
  /** One Int32: the index of the next file to claim. */
  next: SharedArrayBuffer;
}

/** Node spans travel beside the JSON: [file index, starts, ends, depths]; or, checked per file, [file index, positions]. */
type SpansMessage = [number, Int32Array, Int32Array, Uint8Array] | [number, Int32Array];

/** A batch from a worker: JSON of [index, result] pairs and their spans, or null when it has finished. */
type Batch = { json: string; spans: SpansMessage[] } | null;

export const BATCH_SIZE = 50;
/** Past four threads, reading and merging results costs more than parsing saves. */
export const MAX_THREADS = 4;

/** Claims the next file, or returns -1 when none are left. */
export function claim(task: LoadTask, counter = new Int32Array(task.next)): number {
  const i = Atomics.add(counter, 0, 1);
  return i < task.files.length ? i : -1;
}

export async function loadInParallel(source: FileSource, files: string[], threads: number, overrides?: Map<string, string>, perFile?: PerFileCheck): Promise<UnitFileResult[]> {
  const workers = Math.min(threads, MAX_THREADS) - 1;
  const task: LoadTask = { source: source.spec, files, next: new SharedArrayBuffer(4), overrides: overrides && Object.fromEntries(overrides), perFile };
  // Workers first: they boot while this thread gets its validator ready.
  const channels = Array.from({ length: Math.max(0, workers) }, () => startWorker(task));
  await prepareValidator('unit');
  const realPaths: RealPaths = new Map();
  if (channels.length === 0) return files.map((file) => loadUnitFile(source, file, task.overrides?.[file], realPaths, perFile));
  const results = new Array<UnitFileResult>(files.length);
  const take = (batch: NonNullable<Batch>) => {
    for (const [i, result] of JSON.parse(batch.json) as [number, UnitFileResult][]) results[i] = result;
    for (const message of batch.spans) {
      if (message.length === 2) results[message[0]].positions = message[1];
      else results[message[0]].spans = { starts: message[1], ends: message[2], depths: message[3] };
    }
  };

  const finished = new Set<MessagePort>();
  const drain = (port: MessagePort) => {
    for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
      const batch = message.message as Batch;
      if (batch === null) finished.add(port);
      else take(batch);
    }
  };

  const counter = new Int32Array(task.next);
  for (let i = claim(task, counter); i >= 0; i = claim(task, counter)) {
    results[i] = loadUnitFile(source, files[i], task.overrides?.[files[i]], realPaths, perFile);
    if (i % 16 === 0) for (const { port } of channels) drain(port);
  }
  await Promise.all(channels.map(({ port, worker }) => new Promise<void>((resolve, reject) => {
    const check = () => {
      drain(port);
      if (finished.has(port)) resolve();
    };
    check();
    // Past this point batches arrive through the listener, still in order.
    port.on('message', (batch: Batch) => {
      if (batch === null) finished.add(port);
      else take(batch);
      if (finished.has(port)) resolve();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      check();
      if (!finished.has(port)) reject(new Error(`a loading thread stopped before it finished (code ${code})`));
    });
  })));
  for (const { port } of channels) port.close();
  return results;
}

function startWorker(task: LoadTask): { port: MessagePort; worker: Worker } {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./load-worker.js', import.meta.url), {
    workerData: { task, port: port2 },
    transferList: [port2],
  });
  return { port: port1, worker };
}

/** The worker's loop: claim, load, and send every BATCH_SIZE results; null when done. */
export function serveTask(task: LoadTask, port: MessagePort): void {
  const counter = new Int32Array(task.next);
  const source = sourceFromSpec(task.source);
  const realPaths: RealPaths = new Map();
  let batch: [number, UnitFileResult][] = [];
  let spans: SpansMessage[] = [];
  const send = () => {
    const message: Batch = { json: JSON.stringify(batch), spans };
    port.postMessage(message, spans.flatMap(([, ...arrays]) => arrays.map((array) => array.buffer as ArrayBuffer)));
    batch = [];
    spans = [];
  };
  for (let i = claim(task, counter); i >= 0; i = claim(task, counter)) {
    const { spans: fileSpans, positions, ...result } = loadUnitFile(source, task.files[i], task.overrides?.[task.files[i]], realPaths, task.perFile);
    batch.push([i, result]);
    if (fileSpans) spans.push([i, fileSpans.starts, fileSpans.ends, fileSpans.depths]);
    if (positions) spans.push([i, positions]);
    if (batch.length === BATCH_SIZE) send();
  }
  if (batch.length > 0) send();
  port.postMessage(null satisfies Batch);
}
