// Who must approve a change, and why: the OKR lead of every unit that changed, the lead of
// every key result that changed (who may not lead its unit), and whoever leads a goal that a
// new or changed `alignsTo` now points at (a cross-team link commits them too). Pure: two
// cascades of one cycle in, reasons per person out.

import { alignRefs, type Cascade, type KeyResultNode, type UnitNode } from '../graph/cascade.js';
import type { UnitDoc } from '../model.js';

export type Reason =
  | { kind: 'unit-changed'; cycle: string; unit: string; file: string; change: 'added' | 'changed' | 'removed' }
  | { kind: 'kr-changed'; cycle: string; ref: string; change: 'added' | 'changed' | 'removed' }
  | { kind: 'aligned-to'; cycle: string; target: string; from: string; as: 'unit lead' | 'key-result lead' };

export interface PersonReason {
  person: string;
  reason: Reason;
}

/** Units whose files did not load on either side: broken is changed, not added or removed. */
export interface BrokenUnits {
  before?: Set<string>;
  after?: Set<string>;
}

export function reviewReasons(cycle: string, before: Cascade | undefined, after: Cascade | undefined, broken: BrokenUnits = {}): PersonReason[] {
  const out: PersonReason[] = [];
  const oldUnits = before?.units ?? new Map<string, UnitNode>();
  const newUnits = after?.units ?? new Map<string, UnitNode>();

  for (const [id, unit] of newUnits) {
    const old = oldUnits.get(id);
    if (old && sameDoc(old.doc, unit.doc)) continue;
    const change = old || broken.before?.has(id) ? 'changed' : 'added';
    const reason: Reason = { kind: 'unit-changed', cycle, unit: id, file: unit.loaded.file, change };
    // A change of lead needs the outgoing lead's approval as well as the incoming one's.
    for (const lead of new Set([old?.doc.lead, unit.doc.lead])) if (lead) out.push({ person: lead, reason });
  }
  for (const [id, old] of oldUnits) {
    if (newUnits.has(id) || !old.doc.lead) continue;
    const change = broken.after?.has(id) ? 'changed' : 'removed';
    out.push({ person: old.doc.lead, reason: { kind: 'unit-changed', cycle, unit: id, file: old.loaded.file, change } });
  }

  // Key-result leads, but for one who is asked already as the lead of that key result's unit.
  const asUnitLead = new Set(out.map(({ person, reason }) => `${person}\u0000${reason.kind === 'unit-changed' ? reason.unit : ''}`));
  const krLead = (person: string | undefined, ref: string, change: 'added' | 'changed' | 'removed') => {
    if (person && !asUnitLead.has(`${person}\u0000${ref.split('/')[0]}`)) out.push({ person, reason: { kind: 'kr-changed', cycle, ref, change } });
  };
  const oldKeyResults = before?.keyResults ?? new Map<string, KeyResultNode>();
  const newKeyResults = after?.keyResults ?? new Map<string, KeyResultNode>();
  // A unit file that did not load on one side hides its key results there: they did not come or go.
  const unitOf = (ref: string) => ref.split('/')[0];
  for (const [ref, kr] of newKeyResults) {
    const old = oldKeyResults.get(ref);
    if (old && JSON.stringify(old.doc) === JSON.stringify(kr.doc)) continue;
    if (!old && broken.before?.has(unitOf(ref))) continue;
    // A change of lead needs both leads, as for a unit.
    for (const lead of new Set([old?.doc.lead, kr.doc.lead])) krLead(lead, ref, old ? 'changed' : 'added');
  }
  for (const [ref, old] of oldKeyResults) {
    if (!newKeyResults.has(ref) && !broken.after?.has(unitOf(ref))) krLead(old.doc.lead, ref, 'removed');
  }

  if (!after) return out;
  for (const [ref, objective] of after.objectives) {
    const was = before?.objectives.get(ref);
    const had = new Set(was ? alignRefs(was.doc).map((a) => a.ref) : []);
    for (const link of objective.alignsTo) {
      if (had.has(link.ref) || !link.target) continue;
      const target = link.target;
      const targetUnit = target.kind === 'objective' ? target.unit : target.objective.unit;
      // Aligning to one's own unit concerns no one new.
      if (targetUnit.id === objective.unit.id) continue;
      const base = { kind: 'aligned-to' as const, cycle, target: target.ref, from: ref };
      if (targetUnit.doc.lead) out.push({ person: targetUnit.doc.lead, reason: { ...base, as: 'unit lead' } });
      if (target.kind === 'keyResult' && target.doc.lead) out.push({ person: target.doc.lead, reason: { ...base, as: 'key-result lead' } });
    }
  }
  return out;
}

/** Semantic equality: comments and formatting are not a change anyone must approve. */
function sameDoc(a: UnitDoc, b: UnitDoc): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

