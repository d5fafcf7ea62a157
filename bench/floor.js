#!/usr/bin/env node
// The floor: the least any validator of this repository must do. Read every unit file under
// okrs/ and parse it with js-yaml (YAML 1.2 core schema), nothing else: no schema, no rules, no
// positions. `okr validate` is measured against this.
//
//   node bench/floor.js DIR

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, CORE_SCHEMA } from 'js-yaml';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/floor.js DIR');
  process.exit(2);
}

const okrs = join(dir, 'okrs');
let files = 0;
let bytes = 0;
let objectives = 0;
for (const entry of readdirSync(okrs, { recursive: true })) {
  if (!/\.ya?ml$/.test(entry)) continue;
  const text = readFileSync(join(okrs, entry), 'utf8');
  const doc = load(text, { schema: CORE_SCHEMA, filename: entry });
  files++;
  bytes += text.length;
  // Touch the result so the parse cannot be optimised away, and to give a sanity figure.
  objectives += doc?.objectives?.length ?? 0;
}
console.log(`${files} files, ${bytes} characters, ${objectives} objectives parsed`);
