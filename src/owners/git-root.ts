// Where the okr root sits in its git repository: CODEOWNERS lives at the repository's top and
// its patterns are relative to it. Outside git, the okr root stands in for the top.

import { gitSync } from '../git/git.js';

export interface GitPlace {
  top: string;
  /** The okr root's path from the top, with a trailing slash ('' at the top). */
  prefix: string;
}

export function gitPlace(root: string, env: Record<string, string | undefined>): GitPlace {
  const result = gitSync(['rev-parse', '--show-toplevel', '--show-prefix'], { cwd: root, env });
  if (result.code !== 0) return { top: root, prefix: '' };
  const [top, prefix = ''] = result.stdout.split('\n');
  return { top, prefix };
}
