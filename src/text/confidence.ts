// How a person may write a confidence (SPEC 9): a fraction from 0 to 1 (`0.7`, `.7`, `1`) or a
// percentage from 0% to 100% (`70%`, `12.5%`). Anything else, a space before the `%` included,
// is refused with the reason, never guessed at: `70` is not read as 70%.

export type ConfidenceReading = { value: number } | { error: string };

/** The rule, for help, prompts and messages. */
export const CONFIDENCE_FORMS = 'a number from 0 to 1, or a percentage like 70%';

const FRACTION = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
const PERCENT = /^(\d+(?:\.\d+)?|\.\d+)%$/;

/** What the written confidence means, as a fraction in [0, 1]; or why it cannot be read. */
export function readConfidence(text: string): ConfidenceReading {
  const written = text.trim();
  const percent = PERCENT.exec(written);
  if (percent) {
    const value = Number(percent[1]);
    if (value > 100) return { error: `${written} is more than 100%` };
    // 12.5% is 0.125, not 0.12500000000000003.
    return { value: Number((value / 100).toPrecision(12)) };
  }
  if (!FRACTION.test(written)) {
    const why = /^-/.test(written) ? 'it cannot be negative'
      : /^\S+\s+%$/.test(written) ? 'write the % right after the number, like 70%' : `write ${CONFIDENCE_FORMS}`;
    return { error: `'${text}' is not a confidence: ${why}` };
  }
  const value = Number(written);
  if (value > 1) {
    const guess = value >= 2 && value <= 100 ? ` (did you mean ${written}%?)` : '';
    return { error: `${written} is more than 1: a confidence is ${CONFIDENCE_FORMS}${guess}` };
  }
  return { value };
}
