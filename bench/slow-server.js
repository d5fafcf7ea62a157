#!/usr/bin/env node
// A metrics API that answers after a delay, for the okr sync line of the benchmark: GET
// /kr/<n> gives {"value": <how often /kr/<n> was asked>}, so every run changes every value and
// sync writes them all. Listens on 127.0.0.1 on a free port and writes the port into PORTFILE.
//
//   node bench/slow-server.js PORTFILE DELAY_MS

import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [portFile, delay = '100'] = process.argv.slice(2);
const hits = new Map();
const server = createServer((request, response) => {
  const path = request.url ?? '/';
  hits.set(path, (hits.get(path) ?? 0) + 1);
  const value = hits.get(path);
  setTimeout(() => {
    response.writeHead(/^\/kr\/\d+$/.test(path) ? 200 : 404, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ value }));
  }, Number(delay));
});
server.listen(0, '127.0.0.1', () => writeFileSync(portFile, String(server.address().port)));
// Stopped by the benchmark; never outlives it.
process.on('SIGTERM', () => process.exit(0));
process.on('disconnect', () => process.exit(0));
