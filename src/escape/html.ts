// Text from the files in HTML (the `okr report --format html` page): every string goes
// through here before it reaches the page, so a title holding <, &, quotes or anything else a
// person can type is shown as text, in an element or a quoted attribute value alike.

import { showControls } from './visible.js';
import { defuseWorkflowCommands } from './workflow-command.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a quoted attribute value. */
const SPECIAL = /[&<>"']/;

/**
 * Text safe inside an element or a quoted attribute value; its control characters and bidi
 * overrides shown (as in a terminal: the page may be printed to one, and a browser would
 * only drop them or reorder the text around them). Printed to a CI log, no line of it is a
 * workflow command: a `:` or `#` that would make one is written as an entity, which the
 * browser shows as the character itself.
 */
export function escapeHtml(text: string): string {
  const shown = showControls(text, '\n\t');
  // Most text has nothing to escape: checking first spares a copy of every title.
  const escaped = SPECIAL.test(shown) ? shown.replace(/[&<>"']/g, (c) => ENTITIES[c]) : shown;
  return defuseWorkflowCommands(escaped, { colon: '&#58;', hash: '&#35;' });
}

/**
 * An element id (and the `#fragment` that links to it) made from a ref or unit id: characters
 * other than letters, digits and `-` become `_hex_`, so ids never hold spaces, slashes or quotes
 * and two different refs never share an id.
 */
export function anchorId(prefix: string, ref: string): string {
  return `${prefix}-${ref.replace(/[^A-Za-z0-9-]/gu, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
}
