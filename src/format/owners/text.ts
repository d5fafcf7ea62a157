// `okr owners` for a person or a file: the CODEOWNERS section itself (okr owners > file works),
// the differences --check found (with the other problems beside them), or a line saying what
// --write did. The section holds only validated patterns and handles (src/codeowners/).

import type { OwnersOutcome } from '../../codeowners/outcome.js';
import { terminalLine } from '../../escape/terminal.js';
import type { Formatter } from '../formatter.js';
import { formatStylish } from '../validate/stylish.js';

export const formatOwnersText: Formatter<OwnersOutcome> = (outcome, { paint }) => {
  switch (outcome.mode) {
    case 'print':
      return outcome.section;
    case 'check': {
      const report = [...outcome.differences, ...outcome.problems];
      return report.length > 0 ? formatStylish(report, paint) : '';
    }
    case 'write':
      return outcome.written
        ? `wrote ${terminalLine(outcome.file)} (${outcome.rules.length} ${outcome.rules.length === 1 ? 'rule' : 'rules'})\n`
        : `${terminalLine(outcome.file)} is already in step\n`;
  }
};
