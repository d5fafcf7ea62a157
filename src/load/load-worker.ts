// A worker thread's side of parallel-load.ts: claim and load files, send the results back.

import { workerData, type MessagePort } from 'node:worker_threads';
import { prepareValidator } from '../schema/validate.js';
import { serveTask, type LoadTask } from './parallel-load.js';

const { task, port } = workerData as { task: LoadTask; port: MessagePort };
await prepareValidator('unit');
serveTask(task, port);
port.close();
