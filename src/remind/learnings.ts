// Step 3: once the cycle is over, the learnings each team owes (seeds: "Remind each team to
// publish their learnings"): every active key result needs its `learning` and its
// keep/modify/remove `decision` (they feed `okr next`), every unit its `retro.learnings`.

import type { Cascade } from '../graph/cascade.js';
import type { CycleDoc } from '../model.js';
import { keyResultOwner, unitOwner } from './who-owes.js';
import type { Owed, StepWindow } from './types.js';

export function learningsReminders(cycle: CycleDoc, window: StepWindow, cascade: Cascade): Owed[] {
  if (!window.active) return [];
  const due = window.due === undefined ? {} : { due: window.due };
  const owed: Owed[] = [];
  const seen = new Set<string>();
  for (const unit of cascade.unitList) {
    if (seen.has(unit.id)) continue;
    seen.add(unit.id);
    if (!written(unit.doc.retro?.learnings)) {
      owed.push({
        owner: unitOwner(unit, cascade),
        item: { kind: 'learnings', cycle: cycle.id, ref: unit.id, title: unit.doc.name ?? unit.id, reason: `no retro.learnings for the unit in ${unit.loaded.file}`, ...due },
      });
    }
    for (const objective of unit.objectives) {
      for (const kr of objective.keyResults) {
        if (kr.doc.status === 'dropped' || cascade.keyResults.get(kr.ref) !== kr) continue;
        const missing = [written(kr.doc.learning) ? '' : 'no learning', kr.doc.decision ? '' : 'no decision (keep, modify or remove)'].filter(Boolean);
        if (missing.length === 0) continue;
        owed.push({
          owner: keyResultOwner(kr, cascade),
          item: { kind: 'learnings', cycle: cycle.id, ref: kr.ref, title: kr.doc.title, reason: missing.join(' and '), ...due },
        });
      }
    }
  }
  return owed;
}

function written(text: string | undefined): boolean {
  return text !== undefined && text.trim() !== '';
}
