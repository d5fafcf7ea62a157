// An objective says where to go and why, in words people remember; the numbers belong in
// its key results. A number in the title, or a title that runs on, is a key result in disguise.

import type { Rule } from './rule.js';
import { everyObjective, fileOf, numberOption, objectivePath } from './walk.js';

/**
 * A number standing as a word: not glued to letters or digits (`Q4`, `B2B`, `3D` are names),
 * with an optional unit suffix (`20%`, `10x`, `3k`, `5M`). `#1` counts as a rank, not a number.
 */
const NUMBER = /(?<![\p{L}\p{N}#.,])[-+]?\$?\d+(?:[.,]\d+)*(?:%|x|k|m|bn)?(?![\p{L}\p{N}])/giu;
/** Four-digit years, which date an objective without measuring it; and round-the-clock. */
const ALLOWED = /^(?:(?:19\d\d|20\d\d|2100)|24\/7)$/;

export function numbersIn(title: string): string[] {
  // Most titles hold no digit at all; the pattern below is costly over thousands of them.
  if (!/\d/.test(title)) return [];
  const cleaned = title.replace(/\b24\/7\b/g, ' ');
  return [...cleaned.matchAll(NUMBER)].map((m) => m[0]).filter((n) => !ALLOWED.test(n));
}

export function wordCount(title: string): number {
  return title.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export const objectiveQualitative: Rule = {
  id: 'objective-qualitative',
  defaultSeverity: 'warning',
  description: 'An objective title holds no number (other than a year) and at most 18 words.',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      maxWords: { type: 'integer', minimum: 1, description: 'The most words an objective title may have. Default: 18.' },
    },
  },
  scope: 'unit',
  defaultOptions: { maxWords: 18 },
  check(context) {
    const maxWords = numberOption(context.options, 'maxWords', 18);
    for (const objective of everyObjective(context.cascade)) {
      const { title, id } = objective.doc;
      const file = fileOf(objective.unit);
      const path = [...objectivePath(objective), 'title'];
      const numbers = numbersIn(title);
      if (numbers.length > 0) {
        context.report({
          file, path,
          message: `Objective '${id}' has a number in its title ('${numbers[0]}'); keep the objective qualitative and move the number into a key result.`,
        });
      }
      const words = wordCount(title);
      if (words > maxWords) {
        context.report({ file, path, message: `Objective '${id}' has a title of ${words} words, more than ${maxWords}; say it in one short line.` });
      }
    }
  },
};
