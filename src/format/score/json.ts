// `okr score --format json`: the score view as it is (src/view/score-view.ts), for scripts.

import { jsonText } from '../../escape/json.js';
import type { ScoreView } from '../../view/score-view.js';
import type { Formatter } from '../formatter.js';

export const formatScoreJson: Formatter<ScoreView> = (view) => jsonText(view);
