// What a source's value becomes on a key result, by type (SPEC 8): a number is the `current`
// of a metric, baseline or maintain KR; a binary KR is done on `true` or a non-zero number.
// Milestone and roll-up KRs take no source (rule `source-kr-type`).

import type { KeyResultType } from '../model.js';
import type { SourceValue } from './source-kind.js';

export type KeyResultValue =
  | { ok: true; field: 'current'; value: number }
  | { ok: true; field: 'done'; value: boolean }
  | { ok: false; reason: string };

export function valueForKeyResult(type: KeyResultType, value: SourceValue): KeyResultValue {
  switch (type) {
    case 'binary':
      return { ok: true, field: 'done', value: typeof value === 'boolean' ? value : value !== 0 };
    case 'metric':
    case 'baseline':
    case 'maintain':
      return typeof value === 'number'
        ? { ok: true, field: 'current', value }
        : { ok: false, reason: `the source gives ${String(value)}, but a ${type} key result needs a number` };
    case 'milestone':
    case 'rollup':
      return { ok: false, reason: `a ${type} key result takes no value from a source` };
  }
}
