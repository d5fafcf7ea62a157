// Hostile unit files (issue 9's list): small on disk, built to blow up a parser's time,
// memory or stack. Shared by the test that checks each ends in a diagnostic and by the
// benchmark that times them. Plain JS so both the tests and `node bench/...` can import it.

const HEAD = 'cycle: 2026-Q4\nunit: company\nlevel: company\nlead: ann\n';

function kr(i) {
  return `      - { id: KR${i}, title: Ship ${i}, lead: ann, done: false }\n`;
}

/** name → unit-file text */
export function hostileFiles() {
  const files = {};
  // `: : : …` inside a flow map: a recursive-descent parser recurses once per colon.
  files['colons.yaml'] = `${HEAD}objectives: []\nretro: {learnings: ${': '.repeat(400_000)}}\n`;
  files['colons-block.yaml'] = `${HEAD}objectives: []\nretro:\n  learnings: ${': '.repeat(400_000)}\n`;
  // An objective of 3,000 KRs, then a list that names it 99 times.
  let objective = '  - &o\n    id: O1\n    title: Big\n    keyResults:\n';
  for (let i = 0; i < 3_000; i++) objective += kr(i);
  files['aliased-3000.yaml'] = `${HEAD}objectives:\n${objective}${'  - *o\n'.repeat(99)}`;
  // The same with 50,000 KRs, written as compactly as YAML allows (about 900 KB).
  let compact = '  - &o {id: O1, title: Big, keyResults: [';
  for (let i = 0; i < 50_000; i++) compact += `{id: K${i}}, `;
  files['aliased-50000.yaml'] = `${HEAD}objectives:\n${compact}]}\n${'  - *o\n'.repeat(99)}`;
  // 80,000 keys under retro: (unknown keys, each a schema error).
  let keys = `${HEAD}objectives: []\nretro:\n`;
  for (let i = 0; i < 80_000; i++) keys += `  k${i}: v\n`;
  files['retro-80000-keys.yaml'] = keys;
  // 20,000 anchors.
  let anchors = `${HEAD}objectives: []\nretro:\n  learnings:\n`;
  for (let i = 0; i < 20_000; i++) anchors += `    - &a${i} v\n`;
  files['anchors-20000.yaml'] = anchors;
  // Deep nesting in both styles.
  files['deep-flow.yaml'] = `${HEAD}objectives: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
  let deep = `${HEAD}retro:\n`;
  for (let i = 1; i < 300; i++) deep += `${'  '.repeat(i)}k${i}:\n`;
  files['deep-block.yaml'] = deep;
  // The billion laughs.
  let laughs = `${HEAD}objectives: []\nretro:\n  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n`;
  for (let i = 1; i < 9; i++) laughs += `  ${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]\n`;
  files['billion-laughs.yaml'] = laughs;
  return files;
}
