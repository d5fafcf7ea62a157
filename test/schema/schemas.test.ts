// The JSON Schemas are a contract with two readers: Ajv (strict mode, as the CLI compiles them)
// and yaml-language-server (hover help comes from `description`). These tests hold both sides.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };
// Invalid cases reach into the fixtures by path; typing each step would add nothing.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

function loadSchema(name: string): Schema {
  const file = fileURLToPath(new URL(`../../schemas/${name}`, import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8')) as Schema;
}

function compile(schema: Schema): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** Every subschema, with its JSON pointer, found by walking the whole document. */
function* subschemas(node: Json, pointer = ''): Generator<[string, Schema]> {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* subschemas(item, `${pointer}/${i}`);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  yield [pointer, node];
  for (const [key, value] of Object.entries(node)) {
    // `enum`, `const`, `default` and `examples` hold data, not schemas.
    if (['enum', 'const', 'default', 'examples'].includes(key)) continue;
    yield* subschemas(value, `${pointer}/${key}`);
  }
}

function asMap(value: Json | undefined): { [key: string]: Json } {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

function errorsOf(validate: ValidateFunction, data: unknown): ErrorObject[] {
  return validate(data) ? [] : (validate.errors ?? []);
}

/** The error keywords Ajv reports at `instancePath`. */
function keywordsAt(errors: ErrorObject[], instancePath: string): string[] {
  return errors.filter((e) => e.instancePath === instancePath).map((e) => e.keyword);
}

const schemas = { config: loadSchema('config.schema.json'), unit: loadSchema('unit.schema.json') };

const validConfig = {
  version: 1,
  organization: 'Acme Corp',
  okrsDir: 'okrs',
  cycles: [
    {
      id: '2026-Q4',
      start: '2026-10-01',
      end: '2026-12-31',
      postBy: '2026-10-14',
      midpoint: '2026-11-15',
      retroBy: '2027-01-09',
    },
  ],
  people: {
    alice: { name: 'Alice Ng', email: 'alice@acme.example', github: 'alice-ng' },
    bob: { name: 'Bob' },
  },
  roles: { sponsor: 'carla', programOwner: 'dan', coordinator: 'erin', coaches: ['fay'], externalCoaches: [] },
  themes: ['growth', 'innovation', 'people', 'customers', 'excellence', 'optimization'],
  scoring: {
    bands: { yellow: 0.4, green: 0.7 },
    aspirationalGoal: 0.7,
    committedGoal: 1.0,
    atRiskMargin: 0.1,
    offTrackMargin: 0.25,
  },
  checkins: { everyDays: 7 },
  rules: {
    'max-objectives': ['warning', { max: 5 }],
    'kr-has-lead': 'error',
    'eased-target': ['off'],
    aligned: 'warn',
  },
};

const validUnit = {
  cycle: '2026-Q4',
  unit: 'platform',
  name: 'Platform Engineering',
  level: 'team',
  parent: 'engineering',
  lead: 'alice',
  members: ['bob', 'carol'],
  status: 'committed',
  objectives: [
    {
      id: 'O1',
      title: 'Make deploys boring',
      theme: 'excellence',
      type: 'aspirational',
      alignsTo: ['engineering/O2'],
      weight: 1,
      keyResults: [
        {
          id: 'KR1',
          title: 'Cut median deploy time from 40 to 10 minutes',
          lead: 'bob',
          contributors: ['carol'],
          type: 'metric',
          start: 40,
          target: 10,
          current: 22,
          unit: 'min',
          commit: 30,
          stretch: 8,
          confidence: 0.6,
        },
        {
          id: 'KR2',
          title: 'Blue/green deploys for every service',
          lead: 'carol',
          milestones: [
            { title: 'Design approved', done: true },
            { title: 'Half of the services', done: false, weight: 2 },
          ],
        },
        {
          id: 'KR3',
          title: 'No Sev-1 incident caused by a deploy',
          lead: 'bob',
          type: 'binary',
          done: false,
          score: 0.3,
          status: 'dropped',
          learning: 'Incidents came from config, not deploys.',
          decision: 'modify',
        },
      ],
    },
    {
      id: 'O2',
      title: 'Pay down the build debt',
      description: 'Nobody else will.',
      type: 'committed',
      standalone: 'Tech debt the company goals do not cover',
      keyResults: [],
    },
    { id: 'O3', title: 'Grow the platform team', alignsTo: 'company/O1/KR3', keyResults: [] },
  ],
  healthMetrics: [{ id: 'H1', title: 'Uptime', current: 99.95, min: 99.9, unit: '%' }],
  retro: { learnings: 'Smaller batches.', summary: 'A good quarter.' },
};

/** A deep copy of `base` changed by `edit`, so each invalid case breaks exactly one thing. */
function variant<T>(base: T, edit: (doc: Loose) => void): T {
  const copy = structuredClone(base);
  edit(copy);
  return copy;
}

describe.each(Object.entries(schemas))('%s schema', (name, schema) => {
  it('is draft-07 with an $id, a title and a description', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe(`https://okr-cli.dev/schemas/${name}.schema.json`);
    expect(schema.title).toEqual(expect.any(String));
    expect(schema.description).toEqual(expect.any(String));
  });

  it('compiles under Ajv strict mode with ajv-formats', () => {
    expect(() => compile(schema)).not.toThrow();
  });

  it('describes every property and every definition', () => {
    const missing: string[] = [];
    for (const [pointer, node] of subschemas(schema)) {
      for (const key of ['properties', 'definitions']) {
        for (const [prop, sub] of Object.entries(asMap(node[key]))) {
          const description = asMap(sub).description;
          if (typeof description !== 'string' || description.trim() === '') {
            missing.push(`${pointer}/${key}/${prop}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('closes every object that lists properties', () => {
    const open = [...subschemas(schema)]
      .filter(([, node]) => node.properties !== undefined && node.additionalProperties !== false)
      .map(([pointer]) => pointer || '/');
    expect(open).toEqual([]);
  });

  it('requires only properties it defines', () => {
    for (const [pointer, node] of subschemas(schema)) {
      const required = Array.isArray(node.required) ? node.required : [];
      for (const key of required) expect(asMap(node.properties), `${pointer} requires ${key}`).toHaveProperty(String(key));
    }
  });
});

describe('config schema', () => {
  let validate: ValidateFunction;
  beforeAll(() => {
    validate = compile(schemas.config);
  });

  it('accepts the config of SPEC 2.1', () => {
    expect(errorsOf(validate, validConfig)).toEqual([]);
  });

  it('accepts the smallest config', () => {
    const minimal = { version: 1, organization: 'Acme', cycles: [{ id: 'fy27-h1', start: '2026-07-01', end: '2026-12-31' }] };
    expect(errorsOf(validate, minimal)).toEqual([]);
  });

  it.each([
    ['a missing organization', (c: Loose) => delete c.organization, '', 'required'],
    ['version 2', (c: Loose) => (c.version = 2), '/version', 'const'],
    ['no cycles', (c: Loose) => (c.cycles = []), '/cycles', 'minItems'],
    ['an unknown top-level key', (c: Loose) => (c.organisation = 'x'), '', 'additionalProperties'],
    ['an unknown cycle key', (c: Loose) => (c.cycles[0].begin = '2026-10-01'), '/cycles/0', 'additionalProperties'],
    ['a bad date', (c: Loose) => (c.cycles[0].end = '2026-02-30'), '/cycles/0/end', 'format'],
    ['a date that is not a string', (c: Loose) => (c.cycles[0].start = 20261001), '/cycles/0/start', 'type'],
    ['a bad email', (c: Loose) => (c.people.alice.email = 'alice'), '/people/alice/email', 'format'],
    ['an uppercase person id', (c: Loose) => (c.people.Alice = {}), '/people', 'pattern'],
    ['a misspelt rule id', (c: Loose) => (c.rules['kr-has-leads'] = 'error'), '/rules', 'enum'],
    ['a bad severity', (c: Loose) => (c.rules['kr-has-lead'] = 'fatal'), '/rules/kr-has-lead', 'anyOf'],
    ['a rule tuple of three', (c: Loose) => (c.rules['max-objectives'] = ['warning', {}, {}]), '/rules/max-objectives', 'anyOf'],
    ['a band above 1', (c: Loose) => (c.scoring.bands.green = 7), '/scoring/bands/green', 'maximum'],
    ['a fractional check-in cadence', (c: Loose) => (c.checkins.everyDays = 1.5), '/checkins/everyDays', 'type'],
    ['a check-in cadence of 0', (c: Loose) => (c.checkins.everyDays = 0), '/checkins/everyDays', 'minimum'],
  ])('rejects %s', (_what, edit, instancePath, keyword) => {
    const errors = errorsOf(validate, variant(validConfig, edit));
    expect(keywordsAt(errors, instancePath)).toContain(keyword);
  });
});

describe('unit schema', () => {
  let validate: ValidateFunction;
  beforeAll(() => {
    validate = compile(schemas.unit);
  });

  it('accepts the unit of SPEC 2.2', () => {
    expect(errorsOf(validate, validUnit)).toEqual([]);
  });

  it('accepts a unit with no objectives yet and a KR with no lead', () => {
    const draft = { cycle: '2026-Q4', unit: 'acme', level: 'company', objectives: [] };
    expect(errorsOf(validate, draft)).toEqual([]);
    const leadless = variant(validUnit, (u) => delete u.objectives[0].keyResults[0].lead);
    expect(errorsOf(validate, leadless)).toEqual([]);
  });

  it.each([
    ['missing objectives', (u: Loose) => delete u.objectives, '', 'required'],
    ['an objective without keyResults', (u: Loose) => delete u.objectives[2].keyResults, '/objectives/2', 'required'],
    ['a KR without a title', (u: Loose) => delete u.objectives[0].keyResults[0].title, '/objectives/0/keyResults/0', 'required'],
    ['an unknown KR key', (u: Loose) => (u.objectives[0].keyResults[0].taget = 10), '/objectives/0/keyResults/0', 'additionalProperties'],
    ['an unknown top-level key', (u: Loose) => (u.owner = 'alice'), '', 'additionalProperties'],
    ['a target that is a string', (u: Loose) => (u.objectives[0].keyResults[0].target = '10'), '/objectives/0/keyResults/0/target', 'type'],
    ['objectives as a map', (u: Loose) => (u.objectives = { O1: {} }), '/objectives', 'type'],
    ['a bad level', (u: Loose) => (u.level = 'squad'), '/level', 'enum'],
    ['a bad unit status', (u: Loose) => (u.status = 'done'), '/status', 'enum'],
    ['a bad KR type', (u: Loose) => (u.objectives[0].keyResults[0].type = 'percent'), '/objectives/0/keyResults/0/type', 'enum'],
    ['a bad decision', (u: Loose) => (u.objectives[0].keyResults[2].decision = 'drop'), '/objectives/0/keyResults/2/decision', 'enum'],
    ['confidence 1.5', (u: Loose) => (u.objectives[0].keyResults[0].confidence = 1.5), '/objectives/0/keyResults/0/confidence', 'maximum'],
    ['a negative score', (u: Loose) => (u.objectives[0].keyResults[2].score = -0.1), '/objectives/0/keyResults/2/score', 'minimum'],
    ['a weight of 0', (u: Loose) => (u.objectives[0].weight = 0), '/objectives/0/weight', 'exclusiveMinimum'],
    ['a bad alignsTo string', (u: Loose) => (u.objectives[0].alignsTo = 'Engineering/O2'), '/objectives/0/alignsTo', 'pattern'],
    ['an alignsTo with too many parts', (u: Loose) => (u.objectives[0].alignsTo = ['a/O1/KR1/x']), '/objectives/0/alignsTo/0', 'pattern'],
    ['an empty alignsTo list', (u: Loose) => (u.objectives[0].alignsTo = []), '/objectives/0/alignsTo', 'minItems'],
    ['a bad unit id', (u: Loose) => (u.unit = 'Platform_Team'), '/unit', 'pattern'],
    ['a bad parent id', (u: Loose) => (u.parent = 'eng/core'), '/parent', 'pattern'],
    ['a bad person reference', (u: Loose) => (u.members = ['Bob Smith']), '/members/0', 'pattern'],
    ['a bad objective id', (u: Loose) => (u.objectives[0].id = '1'), '/objectives/0/id', 'pattern'],
    ['a milestone without a title', (u: Loose) => (u.objectives[0].keyResults[1].milestones[0] = { done: true }), '/objectives/0/keyResults/1/milestones/0', 'required'],
    ['a health metric without an id', (u: Loose) => delete u.healthMetrics[0].id, '/healthMetrics/0', 'required'],
    ['an unknown retro key', (u: Loose) => (u.retro.lessons = 'x'), '/retro', 'additionalProperties'],
  ])('rejects %s', (_what, edit, instancePath, keyword) => {
    const errors = errorsOf(validate, variant(validUnit, edit));
    expect(keywordsAt(errors, instancePath)).toContain(keyword);
  });
});
