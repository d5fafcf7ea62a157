// A worker thread's side of parallel-load.ts: load the files it is given, send the results.

import { parentPort, workerData } from 'node:worker_threads';
import { prepareValidator } from '../schema/validate.js';
import { loadUnitFile } from './load-cycle.js';

const { root, files } = workerData as { root: string; files: string[] };
await prepareValidator('unit');
parentPort!.postMessage(files.map((file) => loadUnitFile(root, file)));
