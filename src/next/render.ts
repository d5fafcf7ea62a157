// The text of a draft unit file: the editor modeline, a comment saying where it came from,
// then the document, with lists of names and milestones on one line each (as people write
// them) and the to-do comments beside the values they are about.

import { yamlLib } from '../load/yaml-lib.js';
import type { DraftUnit } from './carry.js';

const NAME_LISTS = new Set(['members', 'contributors', 'alignsTo']);

export function renderDraft(draft: DraftUnit, modeline: string, fromCycle: string): string {
  const { Document, isMap, isPair, isScalar, isSeq, visit } = yamlLib();
  const doc = new Document(draft.doc);
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (NAME_LISTS.has(key) && isSeq(pair.value)) pair.value.flow = true;
      if (key === 'milestones' && isSeq(pair.value)) for (const item of pair.value.items) if (isMap(item)) item.flow = true;
    },
  });
  for (const comment of draft.comments) {
    const node = doc.getIn(comment.path, true) as { comment?: string | null; commentBefore?: string | null } | undefined;
    if (!node) continue;
    if (comment.above) node.commentBefore = comment.text;
    else node.comment = comment.text;
  }
  const intro = draft.reason === 'carries'
    ? [`# Drafted by okr next from ${fromCycle}: its key results marked keep or modify, with the last`,
      '# value as the new start. Review, finish what the comments ask, and set status when agreed.']
    : [`# Drafted by okr next: no key result of ${fromCycle} carried over, but units below it did,`,
      '# and they need their parent unit in this cycle. Add its objectives.'];
  return `${modeline}\n${intro.join('\n')}\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}`;
}
