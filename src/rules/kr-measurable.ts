// A key result measures an outcome, not the work done to get there. A metric without a
// start cannot show progress, and "hold 10 customer calls" is a to-do list: it can be done in
// full while nothing improves.

import type { KeyResultNode } from '../graph/cascade.js';
import { NO_OPTIONS, type Rule } from './rule.js';
import { everyKeyResult, fileOf, keyResultPath, typeOf } from './walk.js';

/**
 * Deliberately short lists: a title names an activity when one of these verbs comes before
 * one of these nouns ("Hold 10 customer calls", "Launch 3 new features", "Send weekly
 * emails"). Outcome verbs ("Reduce support calls from 500 to 200") do not match. The rule
 * is a warning: a person, not a word list, decides.
 */
const ACTIVITY_VERBS = new Set([
  'attend', 'attends', 'attended', 'attending',
  'complete', 'completes', 'completed', 'completing',
  'conduct', 'conducts', 'conducted', 'conducting',
  'deliver', 'delivers', 'delivered', 'delivering',
  'do', 'does', 'did', 'doing',
  'have', 'has', 'had', 'having',
  'hold', 'holds', 'held', 'holding',
  'host', 'hosts', 'hosted', 'hosting',
  'launch', 'launches', 'launched', 'launching',
  'make', 'makes', 'made', 'making',
  'organise', 'organises', 'organised', 'organising', 'organize', 'organizes', 'organized', 'organizing',
  'publish', 'publishes', 'published', 'publishing',
  'release', 'releases', 'released', 'releasing',
  'run', 'runs', 'ran', 'running',
  'schedule', 'schedules', 'scheduled', 'scheduling',
  'send', 'sends', 'sent', 'sending',
  'ship', 'ships', 'shipped', 'shipping',
  'write', 'writes', 'wrote', 'writing',
]);
const ACTIVITY_NOUNS = new Set([
  'call', 'calls', 'demo', 'demos', 'email', 'emails', 'e-mail', 'e-mails', 'event', 'events',
  'feature', 'features', 'interview', 'interviews', 'meeting', 'meetings', 'post', 'posts',
  'session', 'sessions', 'task', 'tasks', 'webinar', 'webinars', 'workshop', 'workshops',
]);

/** Every activity noun contains one of these stems. */
const NOUN_HINT = /call|demo|e-?mail|event|feature|interview|meeting|post|session|task|webinar|workshop/i;

/** The verb and noun that make a title an activity, or undefined. */
export function activityIn(title: string): [verb: string, noun: string] | undefined {
  // Most titles name none of the nouns; skip splitting them into words (32,000 KRs add up).
  if (!NOUN_HINT.test(title)) return undefined;
  const words = title.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  const verbAt = words.findIndex((word) => ACTIVITY_VERBS.has(word));
  if (verbAt < 0) return undefined;
  const noun = words.slice(verbAt + 1).find((word) => ACTIVITY_NOUNS.has(word));
  return noun === undefined ? undefined : [words[verbAt], noun];
}

/**
 * Whether the key result's measure could show impact beyond the activity. Done/not-done,
 * milestones and a count from zero only count the work; a metric from a real baseline, a
 * band to maintain, a baseline to establish or objectives aligned to it (a roll-up) can.
 */
function showsImpact(kr: KeyResultNode): boolean {
  const type = typeOf(kr);
  if (type === 'binary' || type === 'milestone') return false;
  if (type === 'metric') return kr.doc.start !== undefined && kr.doc.start !== 0;
  return true;
}

export const krMeasurable: Rule = {
  id: 'kr-measurable',
  defaultSeverity: 'warning',
  description: 'A metric key result has a start, and no key result merely counts an activity.',
  optionsSchema: NO_OPTIONS,
  check(context) {
    for (const kr of everyKeyResult(context.cascade)) {
      const file = fileOf(kr.objective.unit);
      const path = keyResultPath(kr);
      const type = typeOf(kr);
      if (type === 'metric' && kr.doc.start === undefined) {
        context.report({ file, path, message: `Metric key result '${kr.doc.id}' has no start; without a baseline its progress cannot be measured.` });
      }
      const activity = activityIn(kr.doc.title);
      if (activity && !showsImpact(kr)) {
        context.report({
          file, path: [...path, 'title'],
          message: `Key result '${kr.doc.id}' names an activity ('${activity[0]} … ${activity[1]}'); measure the outcome the work should bring.`,
        });
      }
    }
  },
};
