// okr tree's formats (src/format/formatter.ts).

import type { TreeView } from '../../view/tree.js';
import type { Formats } from '../formatter.js';

export type TreeFormat = 'text' | 'json';

export const TREE_FORMATS: Formats<TreeFormat, TreeView> = {
  text: async () => (await import('./text.js')).formatTreeText,
  json: async () => (await import('./json.js')).formatTreeJson,
};
