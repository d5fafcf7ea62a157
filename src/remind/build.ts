// The reminders as of a date, from a loaded and scored cycle: each step's window, the items
// each step finds while its window is open, grouped by the person who owes them. Pure: what is read
// (files, git) is gathered before, in gather.ts.

import type { Cascade } from '../graph/cascade.js';
import type { Config, CycleDoc } from '../model.js';
import type { Checkin, ScoredCycle } from '../score/types.js';
import { confidenceDropReminders, staleReminders } from './checkins.js';
import { learningsReminders } from './learnings.js';
import { midcycleReminders } from './midcycle.js';
import { groupByPerson, resolvePerson } from './people.js';
import { postingReminders, type PreviousCycle } from './posting.js';
import { checkinCommand } from '../text/checkin-command.js';
import { KIND_ORDER, type ReminderItem, type ReminderKind, type Reminders } from './types.js';
import { checkinsWindow, learningsWindow, midcycleWindow, postWindow } from './windows.js';

export interface RemindInput {
  config: Config;
  cycle: CycleDoc;
  asOf: string;
  cascade: Cascade;
  scored: ScoredCycle;
  timelines?: ReadonlyMap<string, Checkin[]>;
  fileDates?: ReadonlyMap<string, string>;
  /** Ids of the units with a file in the cycle, loaded or broken. */
  present: ReadonlySet<string>;
  /** The cycle before, to know which units should have posted (step 1). */
  previous?: PreviousCycle;
  /** An ended cycle whose learnings are still collected alongside this one (step 3). */
  earlierLearnings?: { cycle: CycleDoc; cascade: Cascade };
  /** --cycle was given: the commands name the cycle, which may not be the one okr picks by default. */
  cycleNamed?: boolean;
}

export function buildReminders(input: RemindInput): Reminders {
  const { config, cycle, asOf, cascade } = input;
  const post = postWindow(cycle, asOf);
  const midcycle = midcycleWindow(cycle, asOf);
  const checkins = checkinsWindow(cycle, asOf, config.checkins.everyDays);
  const learnings = learningsWindow(cycle, asOf);
  const earlier = input.earlierLearnings;
  const earlierWindow = earlier ? learningsWindow(earlier.cycle, asOf) : undefined;

  const checkinsInput = { cycle, window: checkins, everyDays: config.checkins.everyDays, cascade, scored: input.scored, timelines: input.timelines, fileDates: input.fileDates };
  const forMidcycle = midcycleReminders(cycle, midcycle, cascade, input.scored);
  const atMidcycle = new Set(forMidcycle.map(({ item }) => item.ref));
  const owed = [
    ...postingReminders({ cycle, okrsDir: config.okrsDir, window: post, cascade, present: input.present, previous: input.previous }),
    ...forMidcycle,
    ...staleReminders(checkinsInput).filter(({ item }) => !atMidcycle.has(item.ref)),
    ...confidenceDropReminders(checkinsInput),
    ...(earlier && earlierWindow ? learningsReminders(earlier.cycle, earlierWindow, earlier.cascade) : []),
    ...learningsReminders(cycle, learnings, cascade),
  ];

  for (const { item } of owed) {
    const command = commandFor(item, input);
    if (command) item.command = command;
  }

  const coordinatorId = config.roles.coordinator;
  const { people, unassigned } = groupByPerson(owed, config, coordinatorId);
  const counts = Object.fromEntries(KIND_ORDER.map((kind) => [kind, 0])) as Record<ReminderKind, number>;
  for (const { item } of owed) counts[item.kind]++;
  return {
    asOf,
    cycle: cycle.id,
    organization: config.organization,
    coordinator: coordinatorId === undefined ? null : resolvePerson(config, coordinatorId),
    steps: [...(earlierWindow ? [earlierWindow] : []), post, midcycle, checkins, learnings],
    counts,
    people,
    unassigned,
  };
}

const CHECKIN_KINDS = new Set<ReminderKind>(['midcycle', 'stale', 'confidence-drop']);

/** The command that answers an item: a check-in for a key result, the retro for learnings. */
function commandFor(item: ReminderItem, input: RemindInput): string[] | undefined {
  const cycleFlag = (cycle: string) => (input.cycleNamed || cycle !== input.cycle.id ? ['--cycle', cycle] : []);
  if (CHECKIN_KINDS.has(item.kind)) {
    const kr = input.cascade.keyResults.get(item.ref);
    const words = kr ? checkinCommand(kr) : null;
    return words ? [...words.slice(0, 2), ...cycleFlag(item.cycle), ...words.slice(2)] : undefined;
  }
  if (item.kind === 'learnings') return ['okr', 'retro', item.ref.split('/')[0], ...cycleFlag(item.cycle)];
  return undefined;
}
