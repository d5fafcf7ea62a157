// `okr score --format json`: the score view as it is (src/view/score-view.ts), for scripts;
// in chunks, since it holds every unit, objective and key result of the cycle.

import { jsonChunks } from '../../escape/json.js';
import type { ScoreView } from '../../view/score-view.js';
import type { ChunkFormatter } from '../formatter.js';

export const formatScoreJson: ChunkFormatter<ScoreView> = (view) => jsonChunks(view);
