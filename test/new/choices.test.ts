import { describe, expect, it } from 'vitest';
import { buildCascade } from '../../src/graph/cascade.js';
import type { LoadedUnit, UnitDoc } from '../../src/model.js';
import { alignChoices, objectiveChoices, parentChoices } from '../../src/new/choices.js';

const unit = (doc: Partial<UnitDoc> & Pick<UnitDoc, 'unit' | 'level'>): LoadedUnit => ({
  file: `okrs/Q/${doc.unit}.yaml`, absPath: `/r/okrs/Q/${doc.unit}.yaml`, stem: doc.unit, folder: 'Q',
  doc: { cycle: 'Q', objectives: [], ...doc },
});

const cascade = buildCascade([
  unit({ unit: 'platform', level: 'team', objectives: [{ id: 'O1', title: 'Boring deploys', keyResults: [] }] }),
  unit({ unit: 'engineering', level: 'department', name: 'Engineering', objectives: [{ id: 'O1', title: 'Reliable', keyResults: [{ id: 'KR1', title: 'Fewer incidents' }] }] }),
  unit({ unit: 'acme', level: 'company', objectives: [{ id: 'O1', title: 'Trusted', keyResults: [] }] }),
]);

describe('choices', () => {
  it('offers as alignment the objectives and key results of units above, top first, refs in a column', () => {
    const choices = alignChoices(cascade, cascade.units.get('platform')!);
    expect(choices.map((c) => c.name)).toEqual([
      'acme/O1             Trusted',
      'engineering/O1      Reliable',
      'engineering/O1/KR1  Fewer incidents',
    ]);
    expect(choices.map((c) => c.value)).toEqual(['acme/O1', 'engineering/O1', 'engineering/O1/KR1']);
    expect(alignChoices(cascade, cascade.units.get('acme')!)).toEqual([]);
  });

  it('offers as parents the units of a higher level', () => {
    expect(parentChoices(cascade, 'team').map((c) => c.value)).toEqual(['acme', 'engineering']);
    expect(parentChoices(cascade, 'department').map((c) => c.name)).toEqual(['acme  (company)']);
  });

  it('lists every objective from the top down', () => {
    expect(objectiveChoices(cascade).map((c) => c.short)).toEqual(['acme/O1', 'engineering/O1', 'platform/O1']);
  });
});
