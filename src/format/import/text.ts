// `okr import` for a person: a dry run lists each file and its changes (`+++ new`, `~~~`
// changed), what --write did says created or updated. Every line holds text from the input.

import { terminalLine } from '../../escape/terminal.js';
import type { ImportOutcome } from '../../interchange/outcome.js';
import type { Formatter } from '../formatter.js';

export const formatImportText: Formatter<ImportOutcome> = (outcome, { paint }) => {
  if (outcome.written) {
    const lines = outcome.files.map((file) => `${paint.green('✔')} ${file.created ? 'created' : 'updated'} ${terminalLine(file.file)} (${file.changes.length} change(s))\n`);
    return `${lines.join('')}  not committed: review with git diff, then commit\n`;
  }
  return outcome.files.map((file) => `${file.created ? '+++ new' : '~~~'} ${terminalLine(file.file)}\n${file.changes.map((c) => `  ${terminalLine(c)}\n`).join('')}`).join('');
};
