// A markdown OKR document into one existing unit: objectives matched by title (else added with
// the next free id), key results matched by title within their objective (else added). A new
// key result that says "from X to Y" gets them as start and target. The document's lead
// (`Lead: id`) leads each key result that names no owner, unless the file already names one;
// an objective's `Aligns to:` references are added to those it has.

import type { UnitDoc } from '../model.js';
import type { MarkdownObjective } from './markdown.js';
import type { WantedKeyResult, WantedUnit } from './wanted.js';

const same = (a: string | undefined, b: string) => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

export function markdownToWanted(doc: UnitDoc, objectives: MarkdownObjective[], documentLead?: string): WantedUnit {
  const wanted: WantedUnit = { cycle: doc.cycle, unit: doc.unit, fields: {}, objectives: [] };
  let nextObjective = nextNumber(doc.objectives.map((o) => o.id), 'O');
  for (const mo of objectives) {
    const existing = doc.objectives.find((o) => same(o.title, mo.title));
    const id = existing?.id ?? `O${nextObjective++}`;
    const krs = existing?.keyResults ?? [];
    let nextKr = nextNumber(krs.map((k) => k.id), 'KR');
    const keyResults: WantedKeyResult[] = mo.keyResults.map((mk) => {
      const match = krs.find((k) => same(k.title, mk.title));
      const lead = mk.owner ?? (match?.lead === undefined ? documentLead : undefined);
      const fields: WantedKeyResult['fields'] = {
        ...(match ? {} : { title: mk.title }),
        ...(lead !== undefined && { lead }),
        ...(!match && fromTo(mk.title)),
        ...(mk.grade !== undefined && { score: mk.grade }),
      };
      return { id: match?.id ?? `KR${nextKr++}`, fields };
    });
    const alignsTo = mo.alignsTo && alignedTo(existing?.alignsTo, mo.alignsTo);
    wanted.objectives.push({ id, fields: { ...(existing ? {} : { title: mo.title }), ...(alignsTo && { alignsTo }) }, keyResults });
  }
  return wanted;
}

/** What the file says it aligns to, then the document's references it lacks (import never removes). */
function alignedTo(have: string | string[] | undefined, wanted: string[]): string[] | undefined {
  const known = have === undefined ? [] : typeof have === 'string' ? [have] : have;
  const added = wanted.filter((ref) => !known.includes(ref));
  return added.length === 0 ? undefined : [...known, ...added];
}

function nextNumber(ids: string[], prefix: string): number {
  const numbers = ids.map((id) => (new RegExp(`^${prefix}(\\d+)$`).exec(id)?.[1])).filter(Boolean).map(Number);
  return Math.max(0, ...numbers) + 1;
}

function fromTo(title: string): { start?: number; target?: number } {
  const m = /\bfrom\s+(-?\d+(?:\.\d+)?)\b.*?\bto\s+(-?\d+(?:\.\d+)?)\b/i.exec(title);
  return m ? { start: Number(m[1]), target: Number(m[2]) } : {};
}
