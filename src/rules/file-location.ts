// A unit is found by where its file sits: okrs/<cycle>/<unit>.yaml. When the `cycle` or `unit`
// written inside disagrees with the location, references and history silently point elsewhere.

import { NO_OPTIONS, type Rule } from './rule.js';
import { fileOf } from './walk.js';

export const fileLocation: Rule = {
  id: 'file-location',
  defaultSeverity: 'error',
  description: '`cycle` equals the cycle folder and `unit` equals the file stem.',
  optionsSchema: NO_OPTIONS,
  scope: 'unit',
  check(context) {
    for (const unit of context.cascade.unitList) {
      const { doc, loaded } = unit;
      const file = fileOf(unit);
      if (doc.cycle !== loaded.folder) {
        context.report({ file, path: ['cycle'], message: `cycle '${doc.cycle}' does not match the folder '${loaded.folder}' the file is in.` });
      } else if (doc.cycle !== context.cycle.id) {
        context.report({ file, path: ['cycle'], message: `cycle '${doc.cycle}' is not the cycle being validated ('${context.cycle.id}').` });
      }
      if (doc.unit !== loaded.stem) {
        context.report({ file, path: ['unit'], message: `unit '${doc.unit}' does not match the file name '${loaded.stem}'; rename one of them.` });
      }
    }
  },
};
