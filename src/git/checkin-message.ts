// The commit message of a check-in (SPEC 6): a subject a person can read in `git log
// --oneline`, the note as the body, and trailers that tools read back. One commit may hold
// several check-ins (okr checkin --from); their trailers then repeat, one group per OKR-Ref.
//
//   okr: platform/O1/KR1 22 → 18 min (confidence 0.6)
//
//   Rollout of the new pipeline to the remaining services.
//
//   OKR-Ref: platform/O1/KR1
//   OKR-Value: 18
//   OKR-Confidence: 0.6
//   OKR-Date: 2026-11-20

export interface CheckinRecord {
  ref: string;
  /** What was recorded, as written in the file: a number, "done", a milestone title, a score. */
  value?: number;
  previous?: number;
  unit?: string;
  done?: boolean;
  milestone?: string;
  score?: number;
  confidence?: number;
  /** The measure did not move: the value (or done) is the one the file had (SPEC 9). */
  unchanged?: boolean;
  /** A score entered by hand that this check-in took away. */
  clearedScore?: number;
  date: string;
  note?: string;
  /** Where the value was read (okr sync): the source's name, or the command. One line. */
  source?: string;
  /** The cycle the key result belongs to: a commit that changes no file names it no other way. */
  cycle?: string;
}

export const TRAILER = {
  ref: 'OKR-Ref',
  value: 'OKR-Value',
  done: 'OKR-Done',
  milestone: 'OKR-Milestone',
  score: 'OKR-Score',
  confidence: 'OKR-Confidence',
  date: 'OKR-Date',
  source: 'OKR-Source',
  cycle: 'OKR-Cycle',
} as const;

export function checkinSubject(record: CheckinRecord): string {
  let what: string;
  if (record.value !== undefined) {
    const unit = record.unit ? ` ${record.unit}` : '';
    what = record.unchanged ? `${record.value}${unit}, no change`
      : record.previous !== undefined ? `${record.previous} → ${record.value}${unit}` : `${record.value}${unit}`;
  } else if (record.milestone !== undefined) {
    what = `milestone "${record.milestone}" done`;
  } else if (record.done !== undefined) {
    what = `${record.done ? 'done' : 'not done'}${record.unchanged ? ', no change' : ''}`;
  } else if (record.score !== undefined) {
    what = `score ${record.score}`;
  } else {
    what = record.unchanged ? 'no change' : 'check-in';
  }
  const cleared = record.clearedScore !== undefined ? `, score by hand ${record.clearedScore} cleared` : '';
  const confidence = record.confidence !== undefined ? ` (confidence ${record.confidence})` : '';
  return `okr: ${record.ref} ${what}${cleared}${confidence}`;
}

/** `subject` replaces the one made from the records (okr sync names its run). */
export function formatCheckinMessage(records: CheckinRecord[], given?: string): string {
  const subject = given !== undefined ? oneLine(given) : records.length === 1
    ? checkinSubject(records[0])
    : `okr: ${records.length} check-ins (${records.map((r) => r.ref).join(', ')})`;
  const notes = records.length === 1
    ? records[0].note?.trim() ?? ''
    // One line per note: a line break in one note must not start another KR's `ref: note` line.
    : records.filter((r) => r.note?.trim()).map((r) => `${r.ref}: ${oneLine(r.note!)}`).join('\n');
  const trailers = records.map((record) => {
    const lines = [`${TRAILER.ref}: ${record.ref}`];
    if (record.value !== undefined) lines.push(`${TRAILER.value}: ${record.value}`);
    if (record.done !== undefined) lines.push(`${TRAILER.done}: ${record.done}`);
    if (record.milestone !== undefined) lines.push(`${TRAILER.milestone}: ${oneLine(record.milestone)}`);
    if (record.score !== undefined) lines.push(`${TRAILER.score}: ${record.score}`);
    if (record.confidence !== undefined) lines.push(`${TRAILER.confidence}: ${record.confidence}`);
    lines.push(`${TRAILER.date}: ${record.date}`);
    if (record.source !== undefined) lines.push(`${TRAILER.source}: ${oneLine(record.source)}`);
    if (record.cycle !== undefined) lines.push(`${TRAILER.cycle}: ${oneLine(record.cycle)}`);
    return lines.join('\n');
  }).join('\n');
  return `${subject}\n\n${notes ? `${notes}\n\n` : ''}${trailers}\n`;
}

export interface ParsedCheckin {
  ref: string;
  date?: string;
  value?: string;
  confidence?: string;
  score?: string;
  done?: string;
  milestone?: string;
  source?: string;
  cycle?: string;
}

/**
 * Reads back the check-ins of a commit message: trailer groups, each opened by OKR-Ref.
 * The body before the trailers is the note (for several check-ins, `ref: note` lines).
 */
export function parseCheckinMessage(message: string): { checkins: ParsedCheckin[]; note: string; notes: Map<string, string> } {
  const lines = message.replace(/\r\n/g, '\n').trimEnd().split('\n');
  let end = lines.length;
  while (end > 0 && /^OKR-[A-Za-z]+: /.test(lines[end - 1])) end--;
  const checkins: ParsedCheckin[] = [];
  for (const line of lines.slice(end)) {
    const colon = line.indexOf(': ');
    const key = line.slice(0, colon);
    const value = line.slice(colon + 2).trim();
    if (key === TRAILER.ref) checkins.push({ ref: value });
    const current = checkins.at(-1);
    if (!current) continue;
    if (key === TRAILER.date) current.date = value;
    else if (key === TRAILER.value) current.value = value;
    else if (key === TRAILER.confidence) current.confidence = value;
    else if (key === TRAILER.score) current.score = value;
    else if (key === TRAILER.done) current.done = value;
    else if (key === TRAILER.milestone) current.milestone = value;
    else if (key === TRAILER.source) current.source = value;
    else if (key === TRAILER.cycle) current.cycle = value;
  }
  // Body: everything after the subject's blank line and before the trailers.
  const body = lines.slice(1, end).join('\n').trim();
  const notes = new Map<string, string>();
  if (checkins.length > 1) {
    for (const line of body.split('\n')) {
      const match = /^(\S+\/\S+): (.*)$/.exec(line);
      if (match && checkins.some((c) => c.ref === match[1])) notes.set(match[1], match[2]);
    }
  } else if (checkins.length === 1 && body) {
    notes.set(checkins[0].ref, body);
  }
  return { checkins, note: body, notes };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
