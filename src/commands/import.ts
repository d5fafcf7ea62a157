// Placeholder while this command is being written; replaced by its real module.
import { UsageError } from '../errors.js';
import type { GlobalOptions, Io } from '../terminal/io.js';

export async function run(_options: GlobalOptions, _args: string[], _io: Io): Promise<number> {
  throw new UsageError('okr import is not available yet');
}
