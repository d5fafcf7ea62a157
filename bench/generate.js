#!/usr/bin/env node
// Synthetic OKR organisation for the benchmark: one cycle, a company, departments, teams and
// individuals, every unit with the same number of objectives and key results, cascading
// upwards through `alignsTo`. By default the output is clean: schema-valid, every reference
// resolving, no lint warning by design (see the notes at `buildConfig` and `objectiveTitle`).
// With `warnings: true` every file carries what real drafts carry: numbers in objective titles
// and, below company level, four objectives where the default `max-objectives` allows three.
// The files stay schema-valid (the warnings are okr's rules), and apart from those titles and
// the config they are byte-identical to the clean organisation of the same seed.
//
//   node bench/generate.js DIR [--units N] [--seed S] [--warnings]
//   import { generateOrganisation } from './generate.js'
//
// Deterministic: the same options give byte-identical files (a seeded PRNG, no clock, no
// Math.random, no iteration over anything unordered).

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEFAULTS = Object.freeze({
  units: 2000,
  objectives: 4,
  keyResults: 4,
  seed: 20261001,
  cycle: '2026-Q4',
  start: '2026-10-01',
  end: '2026-12-31',
  /** Words of description per objective: the knob that sets the total size (~8 MB at 2,000 units). */
  descriptionWords: 16,
  /** A warning in every file (see the top of this file); false gives a clean organisation. */
  warnings: false,
});

// ---------------------------------------------------------------- PRNG

/** mulberry32: small, fast, good enough for synthetic data, and the same on every platform. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    shuffle(list) {
      const out = list.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
}

// ---------------------------------------------------------------- vocabulary

const FIRST = ['alice', 'bob', 'carla', 'dan', 'erin', 'fay', 'gus', 'hana', 'ivan', 'jade', 'kofi', 'lena', 'marco', 'nadia',
  'oscar', 'priya', 'quinn', 'rosa', 'sami', 'tara', 'umar', 'vera', 'wei', 'xena', 'yusuf', 'zoe', 'anika', 'bruno', 'chen',
  'dara', 'emil', 'fatima', 'goran', 'helga', 'ines', 'jonas', 'kira', 'luis', 'mira', 'nils', 'olga', 'pablo', 'rhea', 'sven',
  'tomas', 'ugo', 'valeria', 'wanda', 'yara', 'zeno', 'amir', 'beth', 'cyril', 'dilan', 'elif', 'felix', 'greta', 'hugo',
  'isla', 'jin'];
const LAST = ['ng', 'okafor', 'schmidt', 'rossi', 'tanaka', 'dubois', 'kowalski', 'silva', 'haddad', 'novak', 'larsen',
  'moreau', 'garcia', 'kim', 'patel', 'nguyen', 'weber', 'costa', 'ivanova', 'brennan', 'mehta', 'sato', 'fischer', 'lopez',
  'yilmaz', 'jensen', 'murphy', 'santos', 'khan', 'berg', 'abe', 'diallo', 'horvat', 'lindqvist', 'mendes', 'oduya', 'park',
  'quist', 'reyes', 'stein', 'torres', 'vidal', 'wolff', 'young', 'zhou', 'adler', 'baker', 'cruz', 'dahl', 'evans'];

const DEPARTMENTS = ['engineering', 'product', 'design', 'sales', 'marketing', 'customer-success', 'finance', 'people',
  'legal', 'operations', 'data', 'security', 'infrastructure', 'research', 'support', 'partnerships', 'growth', 'brand',
  'procurement', 'workplace'];
const TEAM_NOUNS = ['platform', 'payments', 'identity', 'search', 'mobile', 'web', 'billing', 'onboarding', 'insights',
  'reliability', 'tooling', 'catalog', 'checkout', 'messaging', 'ledger', 'pricing', 'content', 'analytics', 'compliance',
  'enablement', 'integrations', 'accounts', 'storage', 'network', 'quality', 'localisation', 'experiments', 'community',
  'field', 'revenue', 'renewals', 'trust', 'observability', 'delivery', 'automation', 'research', 'support', 'api',
  'marketplace', 'performance'];
const FOCUS = ['migration', 'onboarding', 'pricing', 'quality', 'hiring', 'reliability', 'discovery', 'docs', 'tooling',
  'growth', 'mentoring', 'security', 'data', 'design', 'outreach'];

const THEMES = ['growth', 'innovation', 'people', 'customers', 'excellence', 'optimization'];

const VERBS = ['Build', 'Create', 'Deliver', 'Establish', 'Offer', 'Design', 'Provide', 'Shape', 'Earn trust with',
  'Be known for', 'Champion', 'Nurture'];
const ADJECTIVES = ['effortless', 'trusted', 'predictable', 'delightful', 'self-serve', 'resilient', 'faster', 'simpler',
  'world-class', 'frictionless', 'secure', 'sustainable', 'data-driven', 'reliable', 'transparent', 'profitable'];
const NOUNS = ['deploys', 'onboarding', 'checkout', 'support experience', 'renewal motion', 'developer platform',
  'partner ecosystem', 'hiring pipeline', 'billing', 'search results', 'mobile experience', 'release process',
  'reporting', 'infrastructure', 'brand presence', 'pricing model', 'data foundation', 'security posture',
  'customer journey', 'internal tooling', 'knowledge base', 'sales playbook', 'incident response', 'career framework'];
const AUDIENCES = ['every product team', 'our largest customers', 'new customers', 'small businesses', 'the field teams',
  'partners in every region', 'our engineers', 'first-time buyers', 'the whole company', 'enterprise accounts',
  'customers in new markets', 'people managers'];
const CLAUSES = ['so that growth never waits on us', 'without adding headcount', 'while keeping costs flat',
  'so customers notice the difference', 'and make it the default', 'so that nobody needs a manual',
  'before the next planning cycle', 'in a way we are proud of', 'so that quality becomes a habit'];

const SENTENCES = [
  'This matters because customers told us in every interview that it is the thing slowing them down most.',
  'We will know we are done when nobody has to ask how it works and the support queue stops mentioning it.',
  'The work builds on what we learned last quarter and deliberately leaves the long tail for later.',
  'Progress is reviewed at the weekly check-in and the numbers come straight from the shared dashboards.',
  'It depends on the platform and data teams, who have agreed to reserve capacity for it.',
  'We chose this over several other candidates because it compounds: each improvement makes the next one cheaper.',
  'Risks are tracked in the team channel and raised at the mid-cycle review if they threaten the outcome.',
  'The intent is to change behaviour, not to produce documents, so every key result measures an outcome.',
  'Leadership asked for this explicitly after the annual planning offsite and it is funded for the whole cycle.',
  'A small group of volunteers from across the organisation will pilot the approach before it is rolled out.',
  'Success here frees up time for the bigger bets that the company objectives depend on.',
  'We expect some of these key results to miss, which is fine for an aspirational objective.',
];

/** Metrics a KR can move: name, unit, a plausible magnitude, and the direction of "better". */
const METRICS = [
  { name: 'weekly active teams', unit: 'teams', lo: 80, hi: 400, up: true },
  { name: 'net revenue retention', unit: '%', lo: 95, hi: 130, up: true },
  { name: 'median deploy time', unit: 'min', lo: 10, hi: 60, up: false },
  { name: 'p95 checkout latency', unit: 'ms', lo: 300, hi: 1200, up: false },
  { name: 'trial to paid conversion', unit: '%', lo: 4, hi: 25, up: true },
  { name: 'median first response time', unit: 'min', lo: 15, hi: 240, up: false },
  { name: 'onboarding completion', unit: '%', lo: 40, hi: 90, up: true },
  { name: 'customer satisfaction score', unit: 'CSAT', lo: 60, hi: 95, up: true },
  { name: 'monthly recurring revenue', unit: 'k€', lo: 200, hi: 2400, up: true },
  { name: 'qualified pipeline', unit: 'k€', lo: 500, hi: 6000, up: true },
  { name: 'test coverage of core services', unit: '%', lo: 45, hi: 90, up: true },
  { name: 'infrastructure cost per customer', unit: '€', lo: 20, hi: 140, up: false },
  { name: 'employee engagement score', unit: 'points', lo: 55, hi: 90, up: true },
  { name: 'median time to hire', unit: 'days', lo: 20, hi: 75, up: false },
  { name: 'open high-severity security findings', unit: 'findings', lo: 10, hi: 120, up: false },
  { name: 'logo churn', unit: 'accounts', lo: 10, hi: 80, up: false },
  { name: 'documentation satisfaction', unit: '%', lo: 50, hi: 92, up: true },
  { name: 'largest contentful paint', unit: 'ms', lo: 1200, hi: 4000, up: false },
  { name: 'self-serve upgrades per month', unit: 'upgrades', lo: 30, hi: 500, up: true },
  { name: 'change failure rate', unit: '%', lo: 5, hi: 30, up: false },
];
const UP_VERBS = ['Raise', 'Grow', 'Increase', 'Lift'];
const DOWN_VERBS = ['Cut', 'Reduce', 'Bring down', 'Lower'];
const MAINTAINED = [
  { name: 'API availability', unit: '%', min: 99.9, current: 99.95 },
  { name: 'payroll accuracy', unit: '%', min: 99.5, current: 99.8 },
  { name: 'gross margin', unit: '%', min: 70, current: 74 },
  { name: 'p99 API latency', unit: 'ms', max: 800, current: 640 },
  { name: 'monthly cloud spend', unit: 'k€', max: 450, current: 420 },
  { name: 'support backlog', unit: 'tickets', min: 0, max: 250, current: 180 },
];
const BASELINED = ['time spent waiting on reviews', 'cost of a failed release', 'partner-sourced revenue share',
  'share of tickets solved by the help centre', 'time from signup to first value', 'accessibility score of the top pages',
  'carbon footprint of the data platform', 'manager effectiveness score'];
const DELIVERABLES = ['the new billing engine', 'single sign-on', 'the partner portal', 'usage-based pricing',
  'the data residency option', 'the redesigned dashboard', 'the public status page', 'the regional data centre',
  'the mentoring programme', 'the new career ladder', 'automated invoicing', 'the self-serve trial'];
const MILESTONE_STEPS = ['Design approved', 'Pilot live', 'Half migrated', 'Security review passed', 'Docs published',
  'Generally available', 'Old system off'];
const BINARY = ['SOC 2 Type II report with no exceptions', 'Legacy datacentre contract ends on time',
  'Disaster recovery drill passes', 'Every service runs on the new platform', 'New plans live in every region',
  'Access reviews fully automated'];
const ROLLUP = ['Aligned objectives reach their goals', 'Teams carrying this forward hit their goal',
  'Aligned objectives score well on average'];
const COMMENTS = ['measured weekly from the warehouse', 'agreed with finance at planning', 'numbers from the support dashboard',
  'revisit at the mid-cycle check-in', 'target set with the customer advisory board', 'see the planning doc for context'];

// ---------------------------------------------------------------- YAML output

const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

/**
 * A scalar string as YAML: plain when unambiguous, otherwise double-quoted (a JSON string is a
 * valid YAML double-quoted scalar). `flow` is for `{ ... }` maps, where commas end a plain scalar.
 */
function str(s, flow = false) {
  const plain = flow ? /^[A-Za-z][A-Za-z0-9 .'/()-]*$/ : /^[A-Za-z][A-Za-z0-9 .,'/()€-]*$/;
  if (plain.test(s) && !RESERVED.test(s) && !s.endsWith(' ') && !/^(?:0|[1-9])/.test(s)) return s;
  return JSON.stringify(s);
}
const num = (n) => String(n);
const list = (items) => `[${items.map((s) => str(s, true)).join(', ')}]`;

// ---------------------------------------------------------------- the organisation

function titleCase(s) {
  return s.replace(/(^|[-\s])([a-z])/g, (_m, sep, c) => (sep === '-' ? ' ' : sep) + c.toUpperCase());
}

function buildPeople(rand, count) {
  const people = [];
  const seen = new Set();
  while (people.length < count) {
    const first = rand.pick(FIRST);
    const last = rand.pick(LAST);
    let id = `${first}-${last}`;
    if (seen.has(id)) {
      // FIRST × LAST has 3,000 pairs; past that, disambiguate like a directory would.
      if (seen.size < FIRST.length * LAST.length * 0.8) continue;
      let n = 2;
      while (seen.has(`${first}-${last}-${n}`)) n++;
      id = `${first}-${last}-${n}`;
    }
    seen.add(id);
    const name = `${titleCase(first)} ${titleCase(last)}`;
    people.push({ id, name, email: `${id.replace(/-/g, '.')}@acme.example`, github: id });
  }
  return people;
}

/** Sizes of the levels for `units` units: 1 company, ~1% departments, ~15% teams, the rest individuals. */
function levelSizes(units) {
  if (units < 4) throw new Error('generateOrganisation: need at least 4 units');
  const departments = Math.max(1, Math.round(units / 100));
  const teams = Math.max(1, Math.min(Math.round(units * 0.15), units - 1 - departments - 1));
  return { departments, teams, individuals: units - 1 - departments - teams };
}

function buildUnits(rand, units, people) {
  const sizes = levelSizes(units);
  const list = [];
  const byId = new Map();
  const add = (u) => {
    u.children = [];
    list.push(u);
    byId.set(u.id, u);
    if (u.parent) byId.get(u.parent).children.push(u);
    return u;
  };
  let nextLead = 0;
  const lead = () => people[nextLead++ % people.length].id;

  add({ id: 'company', name: 'Acme Corp', level: 'company', parent: null, lead: people[0].id, path: 'company.yaml' });
  nextLead = 1;
  const departments = [];
  for (let d = 0; d < sizes.departments; d++) {
    const base = DEPARTMENTS[d % DEPARTMENTS.length];
    const id = d < DEPARTMENTS.length ? base : `${base}-${Math.floor(d / DEPARTMENTS.length) + 1}`;
    departments.push(add({ id, name: titleCase(id), level: 'department', parent: 'company', lead: lead(), path: `${id}.yaml` }));
  }
  const nounsByDept = departments.map(() => rand.shuffle(TEAM_NOUNS));
  const teams = [];
  for (let t = 0; t < sizes.teams; t++) {
    const d = t % departments.length;
    const k = Math.floor(t / departments.length);
    const nouns = nounsByDept[d];
    const noun = nouns[k % nouns.length] + (k >= nouns.length ? `-${Math.floor(k / nouns.length) + 1}` : '');
    const id = `${departments[d].id}-${noun}`;
    teams.push(add({ id, name: titleCase(id), level: 'team', parent: departments[d].id, lead: lead(), path: `${id}.yaml` }));
  }
  // Individuals: one person may own several individual files (there are more individual units
  // than people in the registry); the later ones are named after a focus area.
  const used = new Map();
  for (let i = 0; i < sizes.individuals; i++) {
    const person = people[i % people.length];
    const n = used.get(person.id) ?? 0;
    used.set(person.id, n + 1);
    const id = n === 0 ? person.id : `${person.id}-${FOCUS[(n - 1) % FOCUS.length]}${n > FOCUS.length ? `-${n}` : ''}`;
    const team = teams[rand.int(0, teams.length - 1)];
    add({ id, name: person.name + (n === 0 ? '' : ` (${FOCUS[(n - 1) % FOCUS.length]})`), level: 'individual', parent: team.id,
      lead: person.id, path: `people/${id}.yaml` });
  }
  // Members: the leads of the units below (a person may lead several), never the unit's own lead.
  const cap = { company: 8, department: 6, team: 8, individual: 0 };
  for (const u of list) {
    u.members = [...new Set(u.children.map((c) => c.lead))].filter((p) => p !== u.lead).slice(0, cap[u.level]);
  }
  return { list, byId };
}

/**
 * Decide every `alignsTo` link before writing anything, so that a parent knows which of its KRs
 * have objectives aligned to them: only those may be `rollup` KRs (a rollup with nothing aligned
 * has no score).
 */
function planAlignment(rand, org, nObjectives, nKeyResults) {
  const alignedKrs = new Map(); // unit id → Set of "O2/KR3"
  for (const u of org.list) {
    u.align = [];
    if (!u.parent) continue;
    const parent = org.byId.get(u.parent);
    const c = parent.children.indexOf(u);
    for (let j = 0; j < nObjectives; j++) {
      const o = ((c + j) % nObjectives) + 1;
      const refs = [];
      // The usual cascade: a parent KR becomes a child objective; sometimes the objective itself.
      if ((c + j) % 3 === 0) refs.push(`${parent.id}/O${o}`);
      else {
        const k = ((c * 3 + j) % nKeyResults) + 1;
        refs.push(`${parent.id}/O${o}/KR${k}`);
        if (!alignedKrs.has(parent.id)) alignedKrs.set(parent.id, new Set());
        alignedKrs.get(parent.id).add(`O${o}/KR${k}`);
      }
      if (rand.chance(0.08)) refs.push(`${parent.id}/O${(o % nObjectives) + 1}`);
      u.align.push(refs);
    }
  }
  for (const u of org.list) u.alignedKrs = alignedKrs.get(u.id) ?? new Set();
}

// ---------------------------------------------------------------- text

function sentenceCase(s) {
  return s[0].toUpperCase() + s.slice(1);
}

/**
 * Objective titles are qualitative (no digits) and at most 18 words, so the
 * `objective-qualitative` rule stays quiet.
 */
function objectiveTitle(rand) {
  const t = `${rand.pick(VERBS)} ${rand.pick(ADJECTIVES)} ${rand.pick(NOUNS)} for ${rand.pick(AUDIENCES)}`;
  return rand.chance(0.3) ? `${t} ${rand.pick(CLAUSES)}` : t;
}

/** Quantities that make an objective title a key result in disguise (`objective-qualitative`). */
const QUANTITIES = [(n) => `in ${n} new markets`, (n) => `for ${n}x more teams`, (n) => `across ${n} regions`,
  (n) => `for ${n}% of customers`, (n) => `within ${n} weeks`];

/**
 * The draft habit of putting a number in an objective title: always in O1, so every file has at
 * least one such warning, and in one other title in four. Drawn from its own PRNG (`warnRand`),
 * so the rest of the organisation stays the same as the clean one.
 */
function withQuantity(title, j, warnRand) {
  if (j > 0 && !warnRand.chance(0.25)) return title;
  return `${title} ${warnRand.pick(QUANTITIES)(warnRand.int(2, 60))}`;
}

function description(rand, words) {
  const out = [];
  let n = 0;
  for (const s of rand.shuffle(SENTENCES)) {
    if (n >= words) break;
    out.push(s);
    n += s.split(' ').length;
  }
  return out.join(' ');
}

const round1 = (x) => Math.round(x * 10) / 10;
const round2 = (x) => Math.round(x * 100) / 100;

// ---------------------------------------------------------------- key results

const KR_KINDS = ['metric-up', 'milestone', 'metric-down', 'binary', 'baseline', 'maintain', 'metric-levels'];

/** Lines of one key result (without the leading "- "), as [indentless] strings. */
function keyResult(rand, kind, ctx) {
  const { id, lead, contributors, committed, seq } = ctx;
  const lines = [];
  const conf = committed ? round2(0.7 + rand.next() * 0.25) : round2(0.3 + rand.next() * 0.65);
  const progress = rand.next();
  const checkedIn = rand.chance(0.9);
  const push = (s) => lines.push(s);
  const header = (title, type, inferable) => {
    push(`id: ${id}`);
    push(`title: ${str(title)}`);
    push(`lead: ${lead}`);
    if (contributors.length) push(`contributors: ${list(contributors)}`);
    // Types other than rollup are inferred from the fields; spell them out most of the time.
    if (!inferable || rand.chance(0.3)) push(`type: ${type}`);
  };

  if (kind === 'metric-up' || kind === 'metric-down' || kind === 'metric-levels') {
    let m = rand.pick(METRICS);
    const wantUp = kind === 'metric-up' ? true : kind === 'metric-down' ? false : m.up;
    if (m.up !== wantUp) m = METRICS.find((x, i) => x.up === wantUp && i >= METRICS.indexOf(m)) ?? METRICS.find((x) => x.up === wantUp);
    const span = m.hi - m.lo;
    // Integers with a gap of at least 10 between levels keep commit < target < stretch strict.
    const low = Math.round(m.lo + rand.next() * span * 0.2);
    const high = Math.max(low + 30, Math.round(m.hi - rand.next() * span * 0.2));
    const [start, target] = wantUp ? [low, high] : [high, low];
    const dist = target - start;
    const verb = rand.pick(wantUp ? UP_VERBS : DOWN_VERBS);
    const unitWord = m.unit === '%' ? '%' : ` ${m.unit}`;
    header(`${verb} ${m.name} from ${start} to ${target}${unitWord}`, 'metric', true);
    push(`start: ${num(start)}`);
    push(`target: ${num(target)}`);
    if (checkedIn) push(`current: ${num(round1(start + dist * progress * 1.05))}`);
    push(`unit: ${str(m.unit)}`);
    if (kind === 'metric-levels') {
      push(`commit: ${num(Math.round(start + dist * 0.4))}`);
      let stretch = Math.round(target + dist * 0.3);
      if (stretch < 0) stretch = Math.floor(target / 2); // a decreasing count cannot go below zero
      push(`stretch: ${num(stretch)}`);
    }
  } else if (kind === 'milestone') {
    const what = rand.pick(DELIVERABLES);
    header(`Roll out ${what} to ${rand.pick(AUDIENCES)}`, 'milestone', true);
    const steps = MILESTONE_STEPS.slice(0, rand.int(2, 3));
    push('milestones:');
    const doneUpTo = Math.floor(progress * steps.length);
    steps.forEach((s, i) => {
      const w = i === steps.length - 1 && rand.chance(0.5) ? ', weight: 2' : '';
      push(`${seq}- { title: ${str(s, true)}, done: ${i < doneUpTo}${w} }`);
    });
  } else if (kind === 'binary') {
    header(rand.pick(BINARY), 'binary', false);
    push(`done: ${progress > 0.8}`);
  } else if (kind === 'baseline') {
    const m = rand.pick(BASELINED);
    header(`Establish a trusted baseline for ${m}`, 'baseline', false);
    if (checkedIn && progress > 0.4) push(`current: ${num(round1(10 + progress * 90))}`);
    push(`unit: ${str(rand.pick(['min', 'h', '%', '€', 'points']))}`);
  } else if (kind === 'maintain') {
    const m = rand.pick(MAINTAINED);
    const band = m.min !== undefined && m.max !== undefined ? `between ${m.min} and ${m.max}` : m.min !== undefined ? `at or above ${m.min}` : `at or below ${m.max}`;
    header(`Keep ${m.name} ${band}${m.unit === '%' ? '%' : ` ${m.unit}`}`, 'maintain', false);
    if (m.min !== undefined) push(`min: ${num(m.min)}`);
    if (m.max !== undefined) push(`max: ${num(m.max)}`);
    if (checkedIn) push(`current: ${num(m.current)}`);
    push(`unit: ${str(m.unit)}`);
  } else if (kind === 'rollup') {
    header(rand.pick(ROLLUP), 'rollup', false);
  }
  if (kind !== 'rollup' && rand.chance(0.02)) push(`score: ${num(round2(progress * 0.8))}`);
  if (rand.chance(0.01)) push('status: dropped');
  if (rand.chance(0.05)) push('weight: 2');
  // A lead states a confidence with the first check-in.
  if (checkedIn || kind === 'rollup') push(`confidence: ${num(conf)}`);
  if (rand.chance(0.03)) lines[lines.length - 1] += `  # ${rand.pick(COMMENTS)}`;
  return lines;
}

// ---------------------------------------------------------------- a unit file

function unitFile(rand, u, opts, state) {
  const out = [];
  out.push(`# ${u.name}: OKRs for ${opts.cycle}`);
  out.push(`cycle: ${opts.cycle}`);
  out.push(`unit: ${u.id}`);
  out.push(`name: ${str(u.name)}`);
  out.push(`level: ${u.level}`);
  if (u.parent) out.push(`parent: ${u.parent}`);
  out.push(`lead: ${u.lead}`);
  if (u.members.length) out.push(`members: ${list(u.members)}`);
  out.push(`status: ${rand.chance(0.9) ? 'committed' : 'shared'}`);
  out.push('objectives:');
  // Sequence style varies by author: one file in five indents sequences under their key as in
  // SPEC 2.2 (`objectives:\n  - id: O1`), the rest use the compact style (`objectives:\n- id: O1`).
  const seq = rand.chance(0.2) ? '  ' : '';
  const o = `${seq}  `; // objective keys
  const k = `${o}${seq}  `; // key-result keys
  const krLeads = [u.lead, ...u.members];
  // Contributors: the unit's own people, or for an individual the teammates in the same team.
  const pool = u.level === 'individual' ? state.byId.get(u.parent).children.map((c) => c.lead) : krLeads;
  for (let j = 0; j < opts.objectives; j++) {
    const committed = rand.chance(0.25);
    out.push(`${seq}- id: O${j + 1}`);
    const title = objectiveTitle(rand);
    out.push(`${o}title: ${str(state.warnRand ? withQuantity(title, j, state.warnRand) : title)}`);
    if (opts.descriptionWords > 0 && rand.chance(0.25)) out.push(`${o}description: ${str(description(rand, opts.descriptionWords))}`);
    out.push(`${o}theme: ${rand.pick(THEMES)}`);
    if (committed) out.push(`${o}type: committed`);
    else if (rand.chance(0.3)) out.push(`${o}type: aspirational`);
    if (u.align.length) {
      const refs = u.align[j];
      // Both spellings the format allows: a single reference, or a list.
      out.push(refs.length === 1 && rand.chance(0.2) ? `${o}alignsTo: ${refs[0]}` : `${o}alignsTo: [${refs.join(', ')}]`);
    }
    if (rand.chance(0.1)) out.push(`${o}weight: 2`);
    out.push(`${o}keyResults:`);
    for (let r = 0; r < opts.keyResults; r++) {
      const id = `KR${r + 1}`;
      let kind;
      if (u.alignedKrs.has(`O${j + 1}/${id}`) && rand.chance(0.35)) kind = 'rollup';
      else kind = KR_KINDS[state.kr++ % KR_KINDS.length];
      const lead = krLeads[(j + r) % krLeads.length];
      const others = [...new Set(pool)].filter((p) => p !== lead);
      const contributors = others.length && rand.chance(0.25) ? rand.shuffle(others).slice(0, rand.int(1, 2)) : [];
      const lines = keyResult(rand, kind, { id, lead, contributors, committed, seq });
      out.push(`${o}${seq}- ${lines[0]}`);
      for (const l of lines.slice(1)) out.push(`${k}${l}`);
    }
  }
  if (u.level !== 'individual') {
    out.push('healthMetrics:');
    const n = rand.int(1, 2);
    for (let h = 0; h < n; h++) {
      const m = MAINTAINED[(state.kr + h) % MAINTAINED.length];
      const band = [m.min !== undefined ? `min: ${m.min}` : null, m.max !== undefined ? `max: ${m.max}` : null].filter(Boolean).join(', ');
      out.push(`${seq}- { id: H${h + 1}, title: ${str(sentenceCase(m.name), true)}, current: ${m.current}, ${band}, unit: ${str(m.unit, true)} }`);
    }
  }
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- okr.config.yaml

/**
 * `max-objectives` is raised to the generated objective count: by default a department, team or
 * person may have 3 objectives and the generator writes 4 (as asked), which would put a warning
 * in every file and turn a "clean repository" benchmark into a "1,999 findings" one. With
 * `warnings` that is the point, so the default stays.
 */
function buildConfig(opts, people) {
  const out = [];
  out.push('# Synthetic organisation for the okr benchmark (bench/generate.js). Do not edit by hand.');
  out.push('version: 1');
  out.push('organization: Acme Corp');
  out.push('okrsDir: okrs');
  out.push('cycles:');
  out.push(`  - id: ${opts.cycle}`);
  out.push(`    start: ${opts.start}`);
  out.push(`    end: ${opts.end}`);
  out.push('    postBy: 2026-10-14');
  out.push('    midpoint: 2026-11-15');
  out.push('    retroBy: 2027-01-09');
  out.push('people:');
  for (const p of people) out.push(`  ${p.id}: { name: ${str(p.name, true)}, email: ${p.email}, github: ${p.github} }`);
  const coaches = people.filter((_p, i) => i > 3 && i % 50 === 0).map((p) => p.id);
  out.push('roles:');
  out.push(`  sponsor: ${people[0].id}`);
  out.push(`  programOwner: ${people[1].id}`);
  out.push(`  coordinator: ${people[2].id}`);
  out.push(`  coaches: ${list(coaches)}`);
  out.push('  externalCoaches: []');
  out.push(`themes: ${list(THEMES)}`);
  out.push('scoring:');
  out.push('  bands: { yellow: 0.4, green: 0.7 }');
  out.push('  aspirationalGoal: 0.7');
  out.push('  committedGoal: 1.0');
  out.push('  atRiskMargin: 0.10');
  out.push('  offTrackMargin: 0.25');
  out.push('checkins:');
  out.push('  everyDays: 7');
  if (!opts.warnings) {
    out.push('rules:');
    out.push(`  max-objectives: [warning, { max: ${Math.max(5, opts.objectives)} }]`);
  }
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- entry points

/**
 * Write the organisation into `dir` (its `okrs/` and `okr.config.yaml` are replaced).
 * Returns { files, bytes, units, people, levels }.
 */
export function generateOrganisation(dir, options = {}) {
  const opts = { ...DEFAULTS, ...options };
  const rand = prng(opts.seed);
  const peopleCount = opts.people ?? Math.max(20, Math.round(opts.units / 4));
  const people = buildPeople(rand, peopleCount);
  const org = buildUnits(rand, opts.units, people);
  planAlignment(rand, org, opts.objectives, opts.keyResults);

  const root = resolve(dir);
  const cycleDir = join(root, 'okrs', opts.cycle);
  rmSync(join(root, 'okrs'), { recursive: true, force: true });
  mkdirSync(join(cycleDir, 'people'), { recursive: true });

  let bytes = 0;
  const config = buildConfig(opts, people);
  writeFileSync(join(root, 'okr.config.yaml'), config);
  bytes += Buffer.byteLength(config);
  let unitBytes = 0;
  const state = { kr: 0, byId: org.byId, warnRand: opts.warnings ? prng(opts.seed ^ 0x5eed) : null };
  for (const u of org.list) {
    const text = unitFile(rand, u, opts, state);
    writeFileSync(join(cycleDir, u.path), text);
    unitBytes += Buffer.byteLength(text);
  }
  bytes += unitBytes;
  const levels = {};
  for (const u of org.list) levels[u.level] = (levels[u.level] ?? 0) + 1;
  return { files: org.list.length + 1, units: org.list.length, bytes, unitBytes, people: people.length, levels, cycle: opts.cycle, warnings: opts.warnings };
}

function parseArgs(argv) {
  const opts = {};
  let dir;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--(units|objectives|key-results|seed|description-words|people)(?:=(.*))?$/.exec(a);
    if (a === '--warnings') opts.warnings = true;
    else if (m) {
      const value = Number(m[2] ?? argv[++i]);
      if (!Number.isInteger(value) || value < 0) throw new Error(`${a}: expected a non-negative integer`);
      opts[m[1].replace(/-([a-z])/g, (_s, c) => c.toUpperCase())] = value;
    } else if (!a.startsWith('-') && dir === undefined) dir = a;
    else throw new Error(`unknown argument: ${a}`);
  }
  if (!dir) throw new Error('usage: node bench/generate.js DIR [--units N] [--objectives N] [--key-results N] [--seed S] [--warnings]');
  return { dir, opts };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { dir, opts } = parseArgs(process.argv.slice(2));
    const t0 = process.hrtime.bigint();
    const r = generateOrganisation(dir, opts);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const lv = Object.entries(r.levels).map(([k, v]) => `${v} ${k}`).join(', ');
    console.log(`${r.units} unit files (${lv}), ${r.people} people${r.warnings ? ', a warning in every file' : ''}, in ${resolve(dir)}`);
    console.log(`total ${(r.bytes / 1e6).toFixed(2)} MB of YAML (${(r.unitBytes / 1e6).toFixed(2)} MB in unit files), ${ms.toFixed(0)} ms`);
  } catch (e) {
    console.error(`generate: ${e.message}`);
    process.exitCode = 2;
  }
}
