// A markdown OKR document into one existing unit: objectives matched by title (else added with
// the next free id), key results matched by title within their objective (else added). A new
// key result that says "from X to Y" gets them as start and target.

import type { UnitDoc } from '../model.js';
import type { MarkdownObjective } from './markdown.js';
import type { WantedKeyResult, WantedUnit } from './wanted.js';

const same = (a: string | undefined, b: string) => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

export function markdownToWanted(doc: UnitDoc, objectives: MarkdownObjective[]): WantedUnit {
  const wanted: WantedUnit = { cycle: doc.cycle, unit: doc.unit, fields: {}, objectives: [] };
  let nextObjective = nextNumber(doc.objectives.map((o) => o.id), 'O');
  for (const mo of objectives) {
    const existing = doc.objectives.find((o) => same(o.title, mo.title));
    const id = existing?.id ?? `O${nextObjective++}`;
    const krs = existing?.keyResults ?? [];
    let nextKr = nextNumber(krs.map((k) => k.id), 'KR');
    const keyResults: WantedKeyResult[] = mo.keyResults.map((mk) => {
      const match = krs.find((k) => same(k.title, mk.title));
      const fields: WantedKeyResult['fields'] = {
        ...(match ? {} : { title: mk.title }),
        ...(mk.owner !== undefined && { lead: mk.owner }),
        ...(!match && fromTo(mk.title)),
        ...(mk.grade !== undefined && { score: mk.grade }),
      };
      return { id: match?.id ?? `KR${nextKr++}`, fields };
    });
    wanted.objectives.push({ id, fields: existing ? {} : { title: mo.title }, keyResults });
  }
  return wanted;
}

function nextNumber(ids: string[], prefix: string): number {
  const numbers = ids.map((id) => (new RegExp(`^${prefix}(\\d+)$`).exec(id)?.[1])).filter(Boolean).map(Number);
  return Math.max(0, ...numbers) + 1;
}

function fromTo(title: string): { start?: number; target?: number } {
  const m = /\bfrom\s+(-?\d+(?:\.\d+)?)\b.*?\bto\s+(-?\d+(?:\.\d+)?)\b/i.exec(title);
  return m ? { start: Number(m[1]), target: Number(m[2]) } : {};
}
