// Builds cascades for scoring tests from plain unit documents.

import { buildCascade, type Cascade, type KeyResultNode } from '../../src/graph/cascade.js';
import {
  DEFAULT_SCORING,
  type Config,
  type CycleDoc,
  type KeyResultDoc,
  type Level,
  type LoadedUnit,
  type ObjectiveDoc,
  type UnitDoc,
} from '../../src/model.js';

/** A cycle of exactly 100 days: 2026-02-20 is half-way, 2026-04-11 the last day. */
export const cycle: CycleDoc = { id: '2026-Q1', start: '2026-01-01', end: '2026-04-11' };

export function makeConfig(overrides: Partial<Config> = {}): Config {
  return {
    organization: 'Acme',
    okrsDir: 'okrs',
    cycles: [cycle],
    roles: {},
    scoring: { ...DEFAULT_SCORING, bands: { ...DEFAULT_SCORING.bands } },
    checkins: { everyDays: 7 },
    rules: {},
    ...overrides,
  };
}

export function unitDoc(unit: string, level: Level, objectives: ObjectiveDoc[], extra: Partial<UnitDoc> = {}): UnitDoc {
  return { cycle: cycle.id, unit, level, objectives, ...(level === 'company' ? {} : { parent: 'company' }), ...extra };
}

export function loaded(doc: UnitDoc): LoadedUnit {
  const file = `okrs/${doc.cycle}/${doc.unit}.yaml`;
  return { file, absPath: `/repo/${file}`, stem: doc.unit, folder: doc.cycle, doc };
}

export function cascadeOf(...docs: UnitDoc[]): Cascade {
  return buildCascade(docs.map(loaded));
}

export function objective(id: string, keyResults: KeyResultDoc[], extra: Partial<ObjectiveDoc> = {}): ObjectiveDoc {
  return { id, title: id, keyResults, ...extra };
}

export function kr(id: string, fields: Partial<KeyResultDoc> = {}): KeyResultDoc {
  return { id, title: id, ...fields };
}

/** A lone key result, resolved in a one-unit cascade (so its type is inferred as in real use). */
export function krNode(fields: Partial<KeyResultDoc>): KeyResultNode {
  const cascade = cascadeOf(unitDoc('company', 'company', [objective('O1', [kr('KR1', fields)])]));
  return cascade.keyResults.get('company/O1/KR1')!;
}
