// okr new unit: a new file okrs/<cycle>/<id>.yaml (people/<id>.yaml for an individual), with
// the schema modeline, status draft and no objectives yet.

import { basename, extname, join } from 'node:path';
import { UsageError } from '../errors.js';
import type { Level, UnitDoc } from '../model.js';
import { yamlLib } from '../load/yaml-lib.js';
import { askPerson } from './ask.js';
import { unitId } from './checks.js';
import { levelChoices, parentChoices, personChoices } from './choices.js';
import { unitSchemaModeline } from './modeline.js';
import { splitList } from './options.js';
import { withoutUndefined, type Planner } from './plan.js';

export const planUnit: Planner = async ({ repo, cycle, checked, ask }, options) => {
  if (options.id !== undefined && options.unit !== undefined && options.id !== options.unit) {
    throw new UsageError(`--id ${options.id} and --unit ${options.unit} disagree; the new unit's id is given by --unit`);
  }
  // Every file of the cycle counts, broken ones too: their stems are taken.
  const taken = new Map(checked.loaded.files.map((file) => [basename(file, extname(file)), file]));
  for (const unit of checked.cascade.unitList) if (!taken.has(unit.id)) taken.set(unit.id, unit.loaded.file);
  const id = (await ask.text('unit', options.unit ?? options.id, {
    message: 'Unit id (the file name, a lowercase slug)', required: true, check: (value) => unitId(value, taken),
  }))!;
  const name = await ask.text('name', options.name, { message: 'Name (optional)' });
  const level = await ask.select<Level>('level', options.level, { message: 'Level', choices: levelChoices(), required: true });

  let parent: string | undefined;
  if (level !== 'company') {
    const parents = parentChoices(checked.cascade, level);
    if (ask.interactive && options.parent === undefined && parents.length === 0) {
      throw new UsageError(`no unit above the ${level} level in ${cycle.id} to be the parent; create that unit first`);
    }
    parent = await ask.select('parent', options.parent, { message: 'Parent unit (org chart)', choices: parents, open: true, required: true });
  } else if (options.parent !== undefined) {
    throw new UsageError('a company unit has no parent: leave out --parent');
  }
  const lead = await askPerson(ask, 'lead', options.lead, personChoices(repo.config), { message: 'OKR lead', required: true });

  const folder = `${repo.config.okrsDir}/${cycle.id}/${level === 'individual' ? 'people/' : ''}`;
  const file = `${folder}${id}.yaml`;
  const absPath = join(repo.root, file);
  const doc: UnitDoc = { cycle: cycle.id, unit: id, name, level, parent, lead, members: splitList(options.members), status: 'draft', objectives: [] };
  return {
    ref: id,
    what: `unit ${id}`,
    file,
    absPath,
    text: `${unitSchemaModeline(repo.root, absPath)}\n${unitYaml(doc)}`,
    next: `add its objectives: okr new objective --unit ${id}`,
  };
};

/** The new file's YAML: keys in the order of the documentation, short lists inline. */
function unitYaml(doc: UnitDoc): string {
  const { Document, isSeq } = yamlLib();
  const yaml = new Document(withoutUndefined(doc));
  for (const key of ['members', 'objectives']) {
    const node = yaml.get(key, true);
    if (isSeq(node)) node.flow = true;
  }
  return yaml.toString({ lineWidth: 0 });
}
