// Unit files in okrsDir that belong to no configured cycle: they would never be checked.

import { isYamlFile } from '../load/load-cycle.js';
import { FILE_RULE } from '../load/read-source.js';
import type { Finding } from '../model.js';
import { didYouMean } from '../text/did-you-mean.js';
import type { Repository } from './repository.js';

/** What okrsDir itself is (missing, a file) is said by the cycles' own listing, not again here. */
export function strayFiles(repo: Repository): Finding[] {
  const okrsDir = repo.config.okrsDir;
  const cycleIds = repo.config.cycles.map((c) => c.id);
  const top = repo.files.listFolder(okrsDir);
  if (top.missing) return [];
  // A cycle's own folder is reported by that cycle's listing.
  const findings: Finding[] = top.problems.filter(({ path }) => path !== okrsDir && !cycleIds.some((id) => path === `${okrsDir}/${id}`))
    .map(({ path, message }) => fileFinding(path, message));
  for (const { name, folder } of top.entries) {
    const file = `${okrsDir}/${name}`;
    if (folder) {
      if (cycleIds.includes(name)) continue;
      const guess = didYouMean(name, cycleIds);
      const listing = repo.files.listFiles(file, isYamlFile);
      findings.push(...listing.problems.map(({ path, message }) => fileFinding(path, message)));
      for (const stray of listing.files) {
        findings.push({
          file: stray, path: [], severity: 'error', rule: 'file-location', position: { line: 1, column: 1 },
          message: `folder '${name}' is not a cycle in ${repo.configFile}${guess ? ` (did you mean '${guess}'?)` : ''}, so this file is never checked`,
        });
      }
    } else if (isYamlFile(name)) {
      findings.push({
        file, path: [], severity: 'error', rule: 'file-location', position: { line: 1, column: 1 },
        message: `unit files belong in a cycle folder (${okrsDir}/<cycle>/${name})`,
      });
    }
  }
  return findings;
}

function fileFinding(file: string, message: string): Finding {
  return { file, path: [], severity: 'error', rule: FILE_RULE, message, position: { line: 1, column: 1 } };
}
