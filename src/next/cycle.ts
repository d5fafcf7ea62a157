// The dates of the cycle `okr next` starts: by default the day after the last one ends, three
// months long, with postBy, midpoint and retroBy derived as `okr init` derives them.

import { UsageError } from '../errors.js';
import { addDays, checkedDate, deriveCycle, threeMonthsFrom } from '../init/cycle.js';
import type { CycleDoc } from '../model.js';

/** A cycle id is a folder name (as in `okr init`). */
const CYCLE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface NextCycleRequest {
  id: string;
  start?: string;
  end?: string;
}

export function nextCycle(from: CycleDoc, request: NextCycleRequest): Required<CycleDoc> {
  if (!CYCLE_ID.test(request.id)) {
    throw new UsageError(`--to '${request.id}' cannot be a folder name: use letters, digits, '.', '_' and '-' (like 2026-Q4 or FY27-Q1)`);
  }
  const start = request.start !== undefined ? checkedDate(request.start, '--start') : addDays(from.end, 1);
  const end = request.end !== undefined ? checkedDate(request.end, '--end') : threeMonthsFrom(start);
  if (end <= start) throw new UsageError(`the new cycle would end (${end}) before it starts (${start}); give --end after --start`);
  const cycle = deriveCycle({ asOf: start, start, end, id: request.id });
  // A cycle shorter than two weeks still has to be posted before it ends.
  if (cycle.postBy > end) cycle.postBy = end;
  return cycle;
}
