// Loads unit files on several threads: the main thread takes one share, each worker another.
// Results come back as plain data (structured clone) and are put back in file order, so
// the outcome is exactly what a single thread would produce.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { loadUnitFile, type UnitFileResult } from './load-cycle.js';

export async function loadInParallel(root: string, files: string[]): Promise<UnitFileResult[]> {
  const threads = Math.max(1, Math.min(availableParallelism(), 4));
  if (threads === 1) return files.map((file) => loadUnitFile(root, file));
  // Contiguous shares keep each thread's files together on disk and in the output order.
  const size = Math.ceil(files.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => files.slice(i * size, (i + 1) * size));
  const workers = shares.slice(1).map((share) => runWorker(root, share));
  const mine = shares[0].map((file) => loadUnitFile(root, file));
  const theirs = await Promise.all(workers);
  return mine.concat(...theirs);
}

function runWorker(root: string, files: string[]): Promise<UnitFileResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.js', import.meta.url), { workerData: { root, files } });
    worker.once('message', (results: UnitFileResult[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a loading thread stopped with code ${code}`));
    });
  });
}
