// okr new objective: appended to a unit's `objectives`, aligned to a goal above it in the
// cascade (or stand-alone, with the reason), with the next free id.

import { appendToSequence } from '../edit/index.js';
import { UsageError } from '../errors.js';
import type { UnitNode } from '../graph/cascade.js';
import type { Config, ObjectiveDoc, ObjectiveType } from '../model.js';
import { settingOf } from '../rules/run-rules.js';
import { withDidYouMean } from '../text/did-you-mean.js';
import type { Asker } from './ask.js';
import { itemId, objectiveTitle, required } from './checks.js';
import { alignChoices, unitChoices } from './choices.js';
import { findUnit } from './find.js';
import { nextId } from './next-id.js';
import type { NewOptions } from './options.js';
import { edited, readForEdit, withoutUndefined, type Planner } from './plan.js';

/** The choice that stands for "aligns to nothing": not a reference, so it cannot collide. */
const STANDALONE = ' standalone';

export const planObjective: Planner = async ({ repo, checked, ask }, options) => {
  const units = unitChoices(checked.cascade);
  if (units.length === 0 && options.unit === undefined && ask.interactive) throw new UsageError(`no unit in ${checked.loaded.cycle.id} yet: add one with okr new unit`);
  const unitId = await ask.select('unit', options.unit, { message: 'Unit to add the objective to', choices: units, open: true, required: true });
  const unit = findUnit(checked, unitId);
  const siblings = unit.doc.objectives.map((o) => o.id);
  const id = options.id ?? nextId('O', siblings);
  if (options.id !== undefined) {
    const check = itemId(options.id, siblings);
    if (check.error) throw new UsageError(`--id ${options.id}: ${check.error}`);
  }

  const maxWords = titleWordLimit(repo.config);
  const title = (await ask.text('title', options.title, {
    message: 'Objective (qualitative: where to go, and why)', required: true, check: (value) => objectiveTitle(value, maxWords),
  }))!;
  const type = await ask.select<ObjectiveType>('type', options.type, {
    message: 'Type',
    choices: [
      { value: 'aspirational', name: 'aspirational  a stretch: about 0.7 is success', short: 'aspirational' },
      { value: 'committed', name: 'committed     must be met in full', short: 'committed' },
    ],
    default: 'aspirational',
  });
  const { alignsTo, standalone } = await askAlignment(ask, options, unit, alignChoices(checked.cascade, unit));
  const theme = await askTheme(ask, options.theme, repo.config.themes);

  const doc: ObjectiveDoc = { id, title, theme, type, alignsTo, standalone, keyResults: [] };
  const { original, text, bom } = readForEdit(repo.root, unit.loaded.file);
  const index = unit.doc.objectives.length;
  const ref = `${unit.id}/${id}`;
  return {
    ref,
    what: `objective ${ref}`,
    file: unit.loaded.file,
    absPath: unit.loaded.absPath,
    original,
    text: bom + edited(unit.loaded.file, () => appendToSequence(text, ['objectives'], withoutUndefined(doc))),
    // The new objective has no key result yet: `okr new kr` is the next step, not an error.
    expected: (finding) => finding.rule === 'objective-has-krs' && finding.file === unit.loaded.file
      && finding.path[0] === 'objectives' && finding.path[1] === index,
    next: `add its key results: okr new kr --objective ${ref}`,
  };
};

/** `objective-qualitative`'s word limit as configured; undefined when the rule is off. */
function titleWordLimit(config: Config): number | undefined {
  const { severity, options } = settingOf(config, 'objective-qualitative');
  if (severity === 'off') return undefined;
  return typeof options.maxWords === 'number' ? options.maxWords : 18;
}

/**
 * Below the company level an objective aligns to a goal above it, or says why it stands
 * alone; with no terminal one of the two flags is needed. A company objective may do either.
 */
async function askAlignment(ask: Asker, options: NewOptions, unit: UnitNode, choices: { value: string; name: string }[]): Promise<{ alignsTo?: string[]; standalone?: string }> {
  const given = options.alignsTo ?? [];
  if (given.length > 0 && options.standalone !== undefined) throw new UsageError('give --aligns-to or --standalone, not both');
  if (given.length > 0) return { alignsTo: given };
  if (options.standalone !== undefined) {
    if (required(options.standalone, 'a reason').error) throw new UsageError('--standalone needs the reason it aligns to nothing');
    return { standalone: options.standalone };
  }
  if (unit.level === 'company') return {};
  if (!ask.interactive) throw new UsageError('missing --aligns-to REF (a goal above it) or --standalone REASON (there is no terminal to ask on)');

  const picked = choices.length === 0 ? STANDALONE : await ask.select('alignsTo', undefined, {
    message: 'Aligns to',
    choices: [...choices, { value: STANDALONE, name: '(stand-alone: it aligns to nothing above)', short: 'stand-alone' }],
  });
  if (picked !== STANDALONE) return { alignsTo: [picked] };
  const reason = await ask.text('standalone', undefined, {
    message: 'Why does it stand alone?', required: true, check: (value) => required(value, 'a reason'),
  });
  return { standalone: reason };
}

/** A theme from the config's list when it has one; any word otherwise. */
async function askTheme(ask: Asker, given: string | undefined, themes: string[] | undefined): Promise<string | undefined> {
  if (!themes || themes.length === 0) return given;
  if (given !== undefined && !themes.includes(given)) {
    throw new UsageError(withDidYouMean(`--theme ${given}: not one of the themes in the config (${themes.join(', ')})`, given, themes));
  }
  const none = '';
  const theme = await ask.select('theme', given, {
    message: 'Theme', choices: [{ value: none, name: '(none)' }, ...themes.map((t) => ({ value: t, name: t }))], default: none,
  });
  return theme === none ? undefined : theme;
}
