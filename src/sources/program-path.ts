// The program of a command source: a name looked up on PATH (`python3`), or a path that must
// stay inside the repository (`scripts/x.sh`, `./x.sh`). A command committed to the OKR
// repository runs what the repository holds or what the machine provides, never `../elsewhere`.

import { posix } from 'node:path';

export type ProgramPath = { ok: true; inRepository: string | undefined } | { ok: false; message: string };

export function programPath(program: string): ProgramPath {
  if (!program.includes('/')) return { ok: true, inRepository: undefined };
  if (program.startsWith('/')) {
    return { ok: false, message: `'${program}' is an absolute path; name a script in the repository (scripts/x.sh) or a program on PATH (python3)` };
  }
  const normal = posix.normalize(program);
  if (normal === '..' || normal.startsWith('../')) {
    return { ok: false, message: `'${program}' is outside the repository; a command runs a script in the repository or a program on PATH` };
  }
  return { ok: true, inRepository: normal };
}
