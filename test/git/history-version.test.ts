import { describe, expect, it } from 'vitest';
import { indexLines, parseLineValue, pathOf, type IndexedLine } from '../../src/git/history-line-index.js';
import { diffUnit } from '../../src/git/history-unit-diff.js';
import { applyIncrementally, diffTouched, parseVersion, reverseHunks, type Version } from '../../src/git/history-version.js';
import { applyEdits, hunksFor, random, randomEdits, type Edit } from './history-edits.js';

// Unit files in the styles people write: compact and indented sequences, flow and block
// milestones, comments, quotes, a multi-line title, a block scalar, a list of references.
const COMPACT = `# Platform: OKRs for 2026-Q4
cycle: 2026-Q4
unit: platform
name: "Platform Engineering"
level: team
parent: engineering
lead: alice
members: [bob, carol]
status: committed
objectives:
- id: O1
  title: Make deploys boring
  description: |
    Deploys should be a non-event.
    current: 99 is not a key here
  alignsTo:
  - engineering/O2
  - company/O1
  keyResults:
  - id: KR1
    title: Cut median deploy time from 40 to 10 minutes
    lead: bob
    start: 40
    target: 10
    current: 22   # measured weekly
    unit: min
    confidence: 0.6
  - id: KR2
    title: Blue/green deploys for every service
    lead: carol
    milestones:
    - { title: Design approved, done: true }
    - { title: Half of the services, done: false, weight: 2 }
  - id: KR3
    title: 'No Sev-1 caused by a deploy'
    type: binary
    done: false
    score: 0.3
- id: O2
  title: Grow the
    platform's reach
  weight: 2
  keyResults:
  - id: KR1
    title: Onboard teams
    start: 0
    target: 12
    milestones:
    - title: Pilot
      done: false
    - title: Rollout
      done: false
healthMetrics:
- { id: H1, title: Uptime, current: 99.95, min: 99.9, unit: "%" }
`;

// SPEC 2.2's style: sequences indented under their key; CRLF line ends.
const INDENTED = `cycle: 2026-Q4
unit: payments
level: team
lead: dan
objectives:
  - id: O1
    title: "Checkout that never fails"
    alignsTo: [company/O1]
    keyResults:
      - id: KR1
        title: Raise conversion
        lead: erin
        contributors: [fay]
        start: 2.5
        target: 4
        current: 2.9
        confidence: 0.5
      - id: KR2
        title: Keep p99 latency low
        type: maintain
        max: 800
        current: 640
        status: active
  - id: O2
    title: Simpler pricing
    standalone: a bet of our own
    keyResults:
      - id: KR1
        title: Ship usage-based pricing
        milestones:
          - title: Design approved
            done: true
          - { title: Pilot live, done: false }
        confidence: 0.4
`.split('\n').join('\r\n');

const VALUES = ['0', '1', '17', '22.5', '-3', '0.85', 'true', 'false', 'null', '"quoted: yes"', "'single'", 'plain words here', '[a, b]', '{ title: X, done: true }', '99.9 # note', ''];
const KEYS = ['current', 'confidence', 'score', 'weight', 'unit', 'note', 'done', 'stretch'];

function version(text: string): Version {
  const lines = text.split('\n');
  const eol = lines[lines.length - 1] === '';
  if (eol) lines.pop();
  return parseVersion({ lines, eol });
}

/** A random change of one line: its value, a line added after it, it removed, or a structural change. */
function editOf(rand: ReturnType<typeof random>, line: string, at: number): Edit | null {
  const cr = line.endsWith('\r') ? '\r' : '';
  const bare = cr ? line.slice(0, -1) : line;
  const key = /^(\s*(?:- )?)([A-Za-z]+): (.*)$/.exec(bare);
  const kind = rand.int(0, 9);
  if (kind <= 5 && key) return { at, count: 1, lines: [`${key[1]}${key[2]}: ${rand.pick(VALUES)}${cr}`] };
  if (kind <= 7 && key) {
    const column = key[1].length;
    return { at: at + 1, count: 0, lines: [`${' '.repeat(column)}${rand.pick(KEYS)}: ${rand.pick(VALUES)}${cr}`] };
  }
  if (kind === 8) return { at, count: 1, lines: [] };
  // Structure: a new item, an indentation change, a comment.
  return rand.pick<Edit>([
    { at, count: 0, lines: [`  - id: KR9${cr}`, `    title: New${cr}`] },
    { at, count: 1, lines: [` ${line}`] },
    { at, count: 0, lines: [`# a comment${cr}`] },
  ]);
}

/** Checks one incremental update against a full parse of the same text; true if it applied. */
function checkOne(v: Version, edits: Edit[], label: string): { applied: boolean; next: Version } {
  const before = v.data;
  const expectedLines = applyEdits(v.lines, edits);
  const hunks = hunksFor(v.lines, edits);
  const full = parseVersion({ lines: expectedLines.slice(), eol: v.eol });
  const touched = applyIncrementally(v, hunks);
  if (!touched) {
    expect(v.data, `${label}: a refused update leaves the document`).toBe(before);
    return { applied: false, next: full };
  }
  expect(full.broken, `${label}: applied an edit that does not parse`).toBe(false);
  expect(v.lines, label).toEqual(expectedLines);
  expect(JSON.stringify(v.data), label).toBe(JSON.stringify(full.data));
  expect(diffTouched(touched.owners, before!, v.data!), label).toEqual(diffUnit(before, full.data));
  return { applied: true, next: v };
}

describe('incremental updates against a full parse', () => {
  it.each([['compact', COMPACT], ['indented, CRLF', INDENTED]])('agree on random edits of a %s file', (_name, text) => {
    let applied = 0;
    let trials = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const rand = random(seed);
      let v = version(text);
      expect(v.broken).toBe(false);
      // A few updates in a row, so that the index is reused after edits.
      for (let step = 0; step < 4; step++) {
        const edits = randomEdits(rand, v.lines, (line, at) => editOf(rand, line, at), rand.int(1, 3));
        if (edits.length === 0) continue;
        trials++;
        const { applied: ok, next } = checkOne(v, edits, `seed ${seed} step ${step}`);
        if (ok) applied++;
        v = next;
        if (v.broken) break;
      }
    }
    // Most value edits take the incremental path; structural ones must not.
    expect(applied).toBeGreaterThan(trials * 0.2);
  });

  it('applies a check-in, and backwards gets the document it started from', () => {
    const v = version(COMPACT);
    const start = v.data;
    const at = v.lines.findIndex((line) => line.includes('current: 22'));
    const edits: Edit[] = [{ at, count: 1, lines: ['    current: 18'] }, { at: at + 2, count: 1, lines: ['    confidence: 0.7'] }];
    const hunks = hunksFor(v.lines, edits);
    const touched = applyIncrementally(v, hunks);
    expect(touched).not.toBeNull();
    expect(diffTouched(touched!.owners, start!, v.data!)).toEqual([
      { item: 'keyResult', ids: ['O1', 'KR1'], kind: 'progress', field: 'current', change: 'changed', from: 22, to: 18 },
      { item: 'keyResult', ids: ['O1', 'KR1'], kind: 'progress', field: 'confidence', change: 'changed', from: 0.6, to: 0.7 },
    ]);
    // The document the update started from is left as it was.
    expect((start as { objectives: { keyResults: { current: number }[] }[] }).objectives[0].keyResults[0].current).toBe(22);
    const back = applyIncrementally(v, reverseHunks(hunks));
    expect(back).not.toBeNull();
    expect(v.data).toEqual(start);
  });

  it('adds a first value after its neighbour, as a parser would order the keys', () => {
    const v = version(COMPACT);
    const at = v.lines.findIndex((line) => line.includes('target: 12'));
    const touched = applyIncrementally(v, hunksFor(v.lines, [{ at: at + 1, count: 0, lines: ['    current: 3'] }]));
    expect(touched).not.toBeNull();
    const kr = (v.data as { objectives: { keyResults: Record<string, unknown>[] }[] }).objectives[1].keyResults[0];
    expect(Object.keys(kr)).toEqual(['id', 'title', 'start', 'target', 'current', 'milestones']);
  });

  it('refuses what only a parser can say: new items, a duplicate key, an emptied map, a block scalar', () => {
    const refused = (edits: (lines: string[]) => Edit[]) => {
      const v = version(COMPACT);
      return applyIncrementally(v, hunksFor(v.lines, edits(v.lines))) === null;
    };
    const find = (lines: string[], text: string) => lines.findIndex((line) => line.includes(text));
    expect(refused((l) => [{ at: find(l, '- id: KR3'), count: 0, lines: ['  - id: KR4', '    title: New'] }])).toBe(true);
    expect(refused((l) => [{ at: find(l, 'current: 22') + 1, count: 0, lines: ['    current: 5'] }])).toBe(true);
    expect(refused((l) => [{ at: find(l, '- id: KR1'), count: 1, lines: ['  - id: KR7'] }])).toBe(true);
    expect(refused((l) => [{ at: find(l, 'current: 99 is not'), count: 1, lines: ['    current: 98 is not a key here'] }])).toBe(true);
    expect(refused((l) => [{ at: find(l, 'current: 22'), count: 1, lines: ['    current: |'] }])).toBe(true);
  });

  it('refuses to empty a map (the parser would read null, not {})', () => {
    const v = version('a:\n  b: 1\nc: 2\n');
    expect(applyIncrementally(v, hunksFor(v.lines, [{ at: 1, count: 1, lines: [] }]))).toBeNull();
  });
});

describe('indexLines', () => {
  it('finds the path of each simple value, and nothing inside block scalars', () => {
    const lines = COMPACT.split('\n');
    const index = indexLines(lines);
    const at = (text: string) => {
      const entry: IndexedLine | undefined = index[lines.findIndex((line) => line.includes(text))];
      return entry && { path: pathOf(entry) };
    };
    expect(at('current: 22')?.path).toEqual(['objectives', 0, 'keyResults', 0, 'current']);
    expect(at('Half of the services')?.path).toEqual(['objectives', 0, 'keyResults', 1, 'milestones', 1]);
    expect(at('- engineering/O2')?.path).toEqual(['objectives', 0, 'alignsTo', 0]);
    expect(at('      done: false')?.path).toEqual(['objectives', 1, 'keyResults', 0, 'milestones', 0, 'done']);
    expect(at('current: 99 is not')).toBeUndefined();
    expect(at('members: [bob, carol]')?.path).toEqual(['members']);
  });

  it('gives up on a key seen twice in one map', () => {
    const index = indexLines(['a: 1', 'b: 2', 'a: 3', 'c: 4']);
    expect(index[1] && pathOf(index[1])).toEqual(['b']);
    expect(index[3]).toBeUndefined();
  });
});

describe('parseLineValue', () => {
  it('reads one-line scalars and flow collections as a parser would in place', () => {
    expect(parseLineValue('18')).toEqual({ ok: true, value: 18 });
    expect(parseLineValue('0.6  # weekly')).toEqual({ ok: true, value: 0.6 });
    expect(parseLineValue('"a: b"')).toEqual({ ok: true, value: 'a: b' });
    expect(parseLineValue('no')).toEqual({ ok: true, value: 'no' });
    expect(parseLineValue('{ title: A, done: true }')).toEqual({ ok: true, value: { title: 'A', done: true } });
  });

  it('refuses what reads differently on its own or needs more lines', () => {
    for (const text of ['', '|', '>-', '&anchor 1', '*alias', '!!str 1', 'a: b', '- x', '---', '"open', '[a,', '# only a comment']) {
      expect(parseLineValue(text).ok, text).toBe(false);
    }
  });
});
