// What an import asks for, unit by unit: the values it names, and nothing for what it leaves
// empty (which import leaves as it is). Objectives and key results are matched by id.

import type { KeyResultDoc, ObjectiveDoc, UnitDoc } from '../model.js';

export interface WantedKeyResult {
  id: string;
  fields: Partial<KeyResultDoc>;
}

export interface WantedObjective {
  id: string;
  fields: Partial<Omit<ObjectiveDoc, 'keyResults'>>;
  keyResults: WantedKeyResult[];
}

export interface WantedUnit {
  cycle: string;
  unit: string;
  /** Path inside the cycle folder, when the import names one. */
  file?: string;
  fields: Partial<Omit<UnitDoc, 'objectives'>>;
  objectives: WantedObjective[];
}

/** A problem in the input, with its position (1-based). */
export interface InputProblem {
  line: number;
  column: number;
  message: string;
}

/** The input cannot be imported; nothing was written. */
export class InputError extends Error {
  constructor(readonly source: string, readonly problems: InputProblem[]) {
    super(problems.map((p) => `${source}:${p.line}:${p.column}: ${p.message}`).join('\n'));
  }
}
