// `okr tree --format json`: the cycle's overall score and the tree, for scripts.

import { jsonText } from '../../escape/json.js';
import type { TreeView } from '../../view/tree.js';
import type { Formatter } from '../formatter.js';

export const formatTreeJson: Formatter<TreeView> = (view) => jsonText(view);
