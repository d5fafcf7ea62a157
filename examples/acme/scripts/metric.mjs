// A metric from a CSV export, for `okr sync` (see `source:` in okrs/2026-Q4/growth.yaml):
//
//   node scripts/metric.mjs FILE NUMERATOR DENOMINATOR [WEEKS]
//
// prints 100 × the sum of the NUMERATOR column over the sum of the DENOMINATOR column, over
// the last WEEKS rows of FILE (default 4), to one decimal: the first number okr sync reads.
// Run by okr from the repository's root, without a shell; anything wrong exits 1 with a reason.

import { readFileSync } from 'node:fs';

const [file, numerator, denominator, weeks = '4'] = process.argv.slice(2);
function fail(message) {
  console.error(`metric: ${message}`);
  process.exit(1);
}
if (!file || !numerator || !denominator) fail('usage: node scripts/metric.mjs FILE NUMERATOR DENOMINATOR [WEEKS]');

let text;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file} (${error.code ?? error.message})`);
}
const [header, ...rows] = text.trim().split(/\r?\n/).map((line) => line.split(','));
const column = (name) => {
  const index = header.indexOf(name);
  if (index < 0) fail(`${file} has no column '${name}' (it has ${header.join(', ')})`);
  return index;
};
const [top, bottom] = [column(numerator), column(denominator)];
const last = rows.slice(-Number(weeks));
const sum = (index) => last.reduce((total, row) => total + Number(row[index]), 0);
if (last.length === 0 || sum(bottom) === 0) fail(`${file} has no ${denominator} to divide by`);
console.log(Number(((100 * sum(top)) / sum(bottom)).toFixed(1)));
