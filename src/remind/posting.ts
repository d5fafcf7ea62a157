// Step 1: after postBy, the units that have not posted: their file is missing from the
// cycle, or still says `status: draft`.
//
// Which units are expected is not written down anywhere, so it is inferred from the org
// chart as the repository knows it: every unit of the previous cycle (teams rarely vanish
// between cycles) and every unit that a unit of this cycle names as its `parent`. A unit
// that is gone for good stays listed until its file is removed from the previous cycle's
// folder or the coordinator ignores it; a brand-new unit nobody names is not expected.

import type { Cascade } from '../graph/cascade.js';
import type { CycleDoc } from '../model.js';
import type { Owed, StepWindow } from './types.js';

/** The cycle before, as loaded: to know which units had OKRs and who led them. */
export interface PreviousCycle {
  cycle: CycleDoc;
  cascade: Cascade;
  /** Every unit file of that cycle, repository-relative (broken ones too). */
  files: string[];
}

export interface ExpectedUnit {
  id: string;
  name?: string;
  /** Where its file would be in this cycle. */
  file: string;
  /** The lead and parent it had in the previous cycle, when known. */
  lead?: string;
  parent?: string;
  /** Why it is expected. */
  because: string[];
}

export interface PostingInput {
  cycle: CycleDoc;
  okrsDir: string;
  window: StepWindow;
  cascade: Cascade;
  /** Ids of the units that have a file in this cycle, loaded or broken. */
  present: ReadonlySet<string>;
  previous?: PreviousCycle;
}

export function postingReminders(input: PostingInput): Owed[] {
  if (!input.window.active) return [];
  const due = input.cycle.postBy;
  const owed: Owed[] = [];
  for (const unit of expectedUnits(input)) {
    if (input.present.has(unit.id)) continue;
    owed.push({
      owner: unit.lead ?? leadOf(unit.parent, input),
      item: {
        kind: 'post', cycle: input.cycle.id, ref: unit.id, title: unit.name ?? unit.id,
        reason: `not posted: no ${unit.file} (${unit.because.join('; ')})`,
        ...(due === undefined ? {} : { due }),
      },
    });
  }
  const seen = new Set<string>();
  for (const unit of input.cascade.unitList) {
    if (seen.has(unit.id) || unit.doc.status !== 'draft') continue;
    seen.add(unit.id);
    owed.push({
      owner: unit.doc.lead ?? leadOf(unit.doc.parent, input),
      item: {
        kind: 'post', cycle: input.cycle.id, ref: unit.id, title: unit.doc.name ?? unit.id,
        reason: `still status: draft in ${unit.loaded.file}`,
        ...(due === undefined ? {} : { due }),
      },
    });
  }
  return owed;
}

/** Units this cycle should have, in the order of the previous cycle's files, then by name. */
export function expectedUnits(input: Pick<PostingInput, 'cycle' | 'okrsDir' | 'cascade' | 'previous'>): ExpectedUnit[] {
  const expected = new Map<string, ExpectedUnit>();
  const folder = `${input.okrsDir}/${input.cycle.id}/`;
  const previous = input.previous;
  if (previous) {
    const before = `${input.okrsDir}/${previous.cycle.id}/`;
    for (const file of previous.files) {
      const id = stemOf(file);
      if (expected.has(id)) continue;
      const doc = previous.cascade.units.get(id)?.doc;
      expected.set(id, {
        id, file: folder + file.slice(before.length), because: [`it had OKRs in ${previous.cycle.id}`],
        ...(doc?.name === undefined ? {} : { name: doc.name }),
        ...(doc?.lead === undefined ? {} : { lead: doc.lead }),
        ...(doc?.parent === undefined ? {} : { parent: doc.parent }),
      });
    }
  }
  const namedBy = new Map<string, string[]>();
  for (const unit of input.cascade.unitList) {
    const parent = unit.doc.parent;
    if (parent === undefined) continue;
    namedBy.set(parent, [...(namedBy.get(parent) ?? []), unit.id]);
  }
  for (const [id, children] of [...namedBy].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const because = `${children.join(', ')} name${children.length === 1 ? 's' : ''} it as parent`;
    const known = expected.get(id);
    if (known) known.because.push(because);
    else expected.set(id, { id, file: `${folder}${id}.yaml`, because: [because] });
  }
  return [...expected.values()];
}

/** The lead of a unit in this cycle, else in the previous one. */
function leadOf(unitId: string | undefined, input: PostingInput): string | undefined {
  if (unitId === undefined) return undefined;
  return input.cascade.units.get(unitId)?.doc.lead ?? input.previous?.cascade.units.get(unitId)?.doc.lead;
}

function stemOf(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return name.replace(/\.ya?ml$/, '');
}
