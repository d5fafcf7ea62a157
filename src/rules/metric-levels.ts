// A metric key result is scored by interpolating between its levels (SPEC 4.1). With no
// target, with start equal to target, or with levels out of order along the direction of
// travel, the score is undefined or runs backwards; a maintain band needs a bound that makes sense.

import type { KeyResultNode } from '../graph/cascade.js';
import { NO_OPTIONS, type Rule, type RuleContext } from './rule.js';
import { everyKeyResult, fileOf, keyResultPath, typeOf } from './walk.js';

export const metricLevels: Rule = {
  id: 'metric-levels',
  defaultSeverity: 'error',
  description: 'Metric key results have a target different from start, with commit and stretch in order; maintain bands are well formed.',
  optionsSchema: NO_OPTIONS,
  scope: 'unit',
  check(context) {
    for (const kr of everyKeyResult(context.cascade)) {
      const type = typeOf(kr);
      if (type === 'metric') checkMetric(context, kr);
      else if (type === 'maintain') checkMaintain(context, kr);
    }
  },
};

function checkMetric(context: RuleContext, kr: KeyResultNode): void {
  const { start, target, commit, stretch } = kr.doc;
  const file = fileOf(kr.objective.unit);
  const path = keyResultPath(kr);
  const name = `Metric key result '${kr.doc.id}'`;
  if (target === undefined) {
    context.report({ file, path, message: `${name} has no target.` });
    return;
  }
  // Without a start the direction is unknown; `kr-measurable` asks for the start.
  if (start === undefined) return;
  if (start === target) {
    context.report({ file, path: [...path, 'target'], message: `${name} has target ${target} equal to its start; it measures no change.` });
    return;
  }
  const direction = Math.sign(target - start);
  const trend = direction > 0 ? 'rises' : 'falls';
  if (commit !== undefined && !((commit - start) * direction > 0 && (target - commit) * direction > 0)) {
    context.report({
      file, path: [...path, 'commit'],
      message: `commit ${commit} is not between start ${start} and target ${target}.`,
    });
  }
  if (stretch !== undefined && !((stretch - target) * direction > 0)) {
    context.report({
      file, path: [...path, 'stretch'],
      message: `stretch ${stretch} is not beyond target ${target} (the metric ${trend} from ${start}).`,
    });
  }
}

function checkMaintain(context: RuleContext, kr: KeyResultNode): void {
  const { min, max } = kr.doc;
  const file = fileOf(kr.objective.unit);
  const path = keyResultPath(kr);
  if (min === undefined && max === undefined) {
    context.report({ file, path, message: `Maintain key result '${kr.doc.id}' needs min or max to define its band.` });
  } else if (min !== undefined && max !== undefined && min > max) {
    // The band is inclusive (SPEC 4.1), so min == max is a one-point band, odd but not empty.
    context.report({ file, path: [...path, 'max'], message: `max ${max} is below min ${min}; the band is empty.` });
  }
}
