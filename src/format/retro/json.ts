// `okr retro --format json`: the retrospective as it is (src/retro/model.ts), for scripts.

import { jsonText } from '../../escape/json.js';
import type { RetroReport } from '../../retro/model.js';
import type { Formatter } from '../formatter.js';

export const formatRetroJson: Formatter<RetroReport> = (report) => jsonText(report);
