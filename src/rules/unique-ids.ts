// Every reference (`unit/O1/KR2`) must name exactly one thing: a duplicate id makes links,
// scores and check-ins land on whichever copy happens to be read first.

import type { DocPath } from '../model.js';
import { NO_OPTIONS, type Rule, type RuleContext } from './rule.js';
import { fileOf, formatPath } from './walk.js';

export const uniqueIds: Rule = {
  id: 'unique-ids',
  defaultSeverity: 'error',
  description: 'Unit ids are unique in a cycle; objective, key-result and health-metric ids are unique among their siblings.',
  optionsSchema: NO_OPTIONS,
  check(context) {
    const { cascade } = context;
    const firstUnit = new Map<string, string>();
    for (const unit of cascade.unitList) {
      const file = fileOf(unit);
      const other = firstUnit.get(unit.id);
      if (other === undefined) firstUnit.set(unit.id, file);
      else context.report({ file, path: ['unit'], message: `Unit id '${unit.id}' is already used by ${other}.` });

      reportDuplicates(context, file, unit.doc.objectives, ['objectives'], (id) => `Objective id '${id}' is used twice in unit '${unit.id}'`);
      unit.doc.objectives.forEach((objective, index) => {
        reportDuplicates(context, file, objective.keyResults, ['objectives', index, 'keyResults'],
          (id) => `Key result id '${id}' is used twice in objective '${unit.id}/${objective.id}'`);
      });
      reportDuplicates(context, file, unit.doc.healthMetrics ?? [], ['healthMetrics'], (id) => `Health metric id '${id}' is used twice in unit '${unit.id}'`);
    }
  },
};

/** Reports every later occurrence of an id among siblings, on that occurrence's `id`. */
function reportDuplicates(
  context: RuleContext, file: string, items: { id: string }[], listPath: DocPath, describe: (id: string) => string,
): void {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) {
      first.set(item.id, index);
      return;
    }
    context.report({ file, path: [...listPath, index, 'id'], message: `${describe(item.id)} (first at ${formatPath([...listPath, earlier])}).` });
  });
}
