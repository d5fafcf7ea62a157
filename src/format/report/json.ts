// `okr report --format json`: the report's data with every key result named once
// (src/report/json-view.ts), in chunks, since it holds the whole organisation; indented down to
// the objectives, then a key result per line and a trend's points on one line, so that its size
// is about a kilobyte per key result and `grep` finds a key result with all its fields.

import { jsonChunks } from '../../escape/json.js';
import { reportJsonView } from '../../report/json-view.js';
import type { Report } from '../../report/model.js';
import type { ChunkFormatter } from '../formatter.js';

/** units[i].objectives[j].keyResults[k] is at depth 6. */
const LAYOUT = { oneLineFrom: 6, shortList: 60 };

export const formatReportJson: ChunkFormatter<Report> = (report) => jsonChunks(reportJsonView(report), LAYOUT);
