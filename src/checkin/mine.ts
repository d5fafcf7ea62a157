// "My key results" (SPEC 9): the key results of the cycle that the person running okr leads or
// contributes to, found by their git email among `people`. Pure: the email is read at the edge.

import type { Cascade, KeyResultNode } from '../graph/cascade.js';
import type { PersonDoc } from '../model.js';

export interface MyKeyResults {
  /** The person ids whose email is the git email (usually one). */
  people: string[];
  /** Key results led by them, then those they contribute to; dropped ones are left out. */
  leads: KeyResultNode[];
  contributes: KeyResultNode[];
}

export function myKeyResults(cascade: Cascade, people: Record<string, PersonDoc> | undefined, email: string | null): MyKeyResults {
  const ids = email === null ? [] : Object.entries(people ?? {}).filter(([, person]) => person.email?.trim().toLowerCase() === email).map(([id]) => id);
  const mine = new Set(ids);
  const leads: KeyResultNode[] = [];
  const contributes: KeyResultNode[] = [];
  for (const kr of cascade.keyResults.values()) {
    if (kr.doc.status === 'dropped') continue;
    if (kr.doc.lead !== undefined && mine.has(kr.doc.lead)) leads.push(kr);
    else if (Array.isArray(kr.doc.contributors) && kr.doc.contributors.some((id) => mine.has(id))) contributes.push(kr);
  }
  return { people: ids, leads, contributes };
}
