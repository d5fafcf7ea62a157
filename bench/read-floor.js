#!/usr/bin/env node
// The floor of reading one file: start node, read the file's bytes and decode them as UTF-8,
// nothing else. A hostile unit file (bench/hostile.js) is timed against this: what okr spends
// past it is what the file's shape costs, which must stay bounded.
//
//   node bench/read-floor.js FILE

import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/read-floor.js FILE');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
console.log(`${Buffer.byteLength(text)} bytes, ${text.split('\n').length} lines read`);
