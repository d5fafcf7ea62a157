// okr new kr: appended to an objective's `keyResults`, with a lead, a type, and the numbers
// that type is scored by (SPEC 4.1), each checked as it is typed against the ones before it.

import { appendToSequence } from '../edit/index.js';
import { UsageError } from '../errors.js';
import type { KeyResultDoc, KeyResultType } from '../model.js';
import type { Choice } from '../terminal/prompts.js';
import { askPerson, type Asker } from './ask.js';
import * as checks from './checks.js';
import { objectiveChoices, personChoices } from './choices.js';
import { findObjective } from './find.js';
import { nextId } from './next-id.js';
import { flagName, splitList, type NewOptions } from './options.js';
import { edited, readForEdit, withoutUndefined, type Planner } from './plan.js';

const TYPES: Choice<KeyResultType>[] = [
  { value: 'metric', name: 'metric     a number moves from a start to a target' },
  { value: 'milestone', name: 'milestone  steps, each done or not' },
  { value: 'binary', name: 'binary     done, or not done' },
  { value: 'baseline', name: 'baseline   measure a number never measured before' },
  { value: 'maintain', name: 'maintain   keep a number inside a band' },
  { value: 'rollup', name: 'rollup     scored by the objectives aligned to it' },
].map((choice) => ({ ...choice, short: choice.value }) as Choice<KeyResultType>);

/** The flags that carry each type's numbers; any other is refused for that type. */
const TYPE_FLAGS: Record<KeyResultType, (keyof NewOptions)[]> = {
  metric: ['start', 'target', 'commit', 'stretch', 'measure'],
  milestone: ['milestone'],
  binary: [],
  baseline: ['measure'],
  maintain: ['min', 'max', 'measure'],
  rollup: [],
};
const NUMBER_FLAGS = [...new Set(Object.values(TYPE_FLAGS).flat())];

export const planKeyResult: Planner = async ({ repo, checked, ask }, options) => {
  const objectives = objectiveChoices(checked.cascade);
  if (objectives.length === 0 && options.objective === undefined && ask.interactive) {
    throw new UsageError(`no objective in ${checked.loaded.cycle.id} yet: add one with okr new objective`);
  }
  const ref = await ask.select('objective', options.objective, { message: 'Objective to add the key result to', choices: objectives, open: true, required: true });
  const objective = findObjective(checked, ref);
  const unit = objective.unit;
  const siblings = objective.doc.keyResults.map((kr) => kr.id);
  const id = options.id ?? nextId('KR', siblings);
  if (options.id !== undefined) {
    const check = checks.itemId(options.id, siblings);
    if (check.error) throw new UsageError(`--id ${options.id}: ${check.error}`);
  }

  const title = (await ask.text('title', options.title, {
    message: 'Key result title', required: true, check: (value) => checks.required(value, 'a title'),
  }))!;
  const lead = await askPerson(ask, 'lead', options.lead, personChoices(repo.config), {
    message: 'Key-result lead', required: true, default: unit.doc.lead,
  });
  const type = await ask.select('type', options.type ?? impliedType(options), { message: 'Type', choices: TYPES, required: true });
  refuseOtherTypesFlags(type, options);

  const doc: KeyResultDoc = {
    id, title, lead, contributors: splitList(options.contributors), type,
    ...await askNumbers(ask, type, options),
    confidence: await ask.number('confidence', options.confidence, { message: 'Confidence', ask: false, check: checks.confidence }),
  };
  const { original, text, bom } = readForEdit(repo.root, unit.loaded.file);
  const path = ['objectives', objective.index, 'keyResults'];
  const krRef = `${objective.ref}/${id}`;
  return {
    ref: krRef,
    what: `key result ${krRef}`,
    file: unit.loaded.file,
    absPath: unit.loaded.absPath,
    original,
    text: bom + edited(unit.loaded.file, () => appendToSequence(text, path, withoutUndefined(doc))),
  };
};

/** The type the number flags given make plain, so that scripts need not repeat it. */
function impliedType(options: NewOptions): KeyResultType | undefined {
  if ((options.milestone ?? []).length > 0) return 'milestone';
  if ([options.start, options.target, options.commit, options.stretch].some((n) => n !== undefined)) return 'metric';
  if (options.min !== undefined || options.max !== undefined) return 'maintain';
  return undefined;
}

function refuseOtherTypesFlags(type: KeyResultType, options: NewOptions): void {
  const stray = NUMBER_FLAGS.filter((flag) => {
    const value = options[flag];
    return value !== undefined && !(Array.isArray(value) && value.length === 0) && !TYPE_FLAGS[type].includes(flag);
  });
  if (stray.length > 0) throw new UsageError(`${stray.map(flagName).join(', ')} ${stray.length === 1 ? 'does' : 'do'} not apply to a ${type} key result`);
}

type Numbers = Pick<KeyResultDoc, 'start' | 'commit' | 'target' | 'stretch' | 'unit' | 'min' | 'max' | 'milestones'>;

async function askNumbers(ask: Asker, type: KeyResultType, options: NewOptions): Promise<Numbers> {
  const measure = () => ask.text('measure', options.measure, { message: 'Unit of measure (optional: min, %, €)' });
  switch (type) {
    case 'metric': {
      const start = (await ask.number('start', options.start, { message: 'Start (where the number stands now)', required: true }))!;
      const target = (await ask.number('target', options.target, {
        message: 'Target', required: true, check: (n) => checks.target(n, start),
      }))!;
      const commit = await ask.number('commit', options.commit, {
        message: 'Commit level (optional, scores 0.3)', check: (n) => checks.commit(n, start, target),
      });
      const stretch = await ask.number('stretch', options.stretch, {
        message: 'Stretch level (optional, scores 1.0)', check: (n) => checks.stretch(n, start, target),
      });
      return { start, commit, target, stretch, unit: await measure() };
    }
    case 'maintain': {
      if (!ask.interactive && options.min === undefined && options.max === undefined) {
        throw new UsageError('missing --min or --max (the band to stay in; there is no terminal to ask on)');
      }
      const min = await ask.number('min', options.min, { message: 'Lowest value (empty: no lower bound)' });
      // With no lower bound, the upper one is the whole band, so it is needed.
      const max = await ask.number('max', options.max, {
        message: min === undefined ? 'Highest value' : 'Highest value (empty: no upper bound)',
        required: min === undefined, check: (n) => checks.bandMax(n, min),
      });
      return { min, max, unit: await measure() };
    }
    case 'milestone':
      return { milestones: (await askMilestones(ask, options.milestone ?? [])).map((title) => ({ title, done: false })) };
    case 'baseline':
      return { unit: await measure() };
    default:
      return {};
  }
}

/** Milestones one per line, until an empty one. */
async function askMilestones(ask: Asker, given: string[]): Promise<string[]> {
  if (given.length > 0) {
    for (const title of given) if (checks.required(title, 'a title').error) throw new UsageError('--milestone needs a title');
    return given;
  }
  if (!ask.interactive) throw new UsageError('missing --milestone TITLE (repeat it for each milestone; there is no terminal to ask on)');
  const titles: string[] = [];
  for (;;) {
    const first = titles.length === 0;
    const title = await ask.text('milestone', undefined, {
      message: first ? 'Milestone 1' : `Milestone ${titles.length + 1} (empty to finish)`,
      required: first, check: first ? (value) => checks.required(value, 'the first milestone') : undefined,
    });
    if (title === undefined || title.trim() === '') return titles;
    titles.push(title.trim());
  }
}
