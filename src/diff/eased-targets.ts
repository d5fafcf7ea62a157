// The `eased-target` rule of pull-request mode (okr validate --base): a target moved towards
// its start, or a maintain band widened, with no reason in the change. A reason is a commit
// message in BASE..HEAD, on the unit's file, that names the key result's reference in its
// own words: the subject of a check-in commit and its OKR- trailers name every key result
// they record, so they do not count.

import { settingOf } from '../rules/run-rules.js';
import type { Config, Finding } from '../model.js';
import { gitRaw, type GitEnv } from '../git/git.js';
import type { Cascade } from '../graph/cascade.js';
import { goalChanges } from './compare.js';

export const EASED_TARGET = 'eased-target';

export async function easedTargetFindings(root: string, env: GitEnv, base: string, config: Config, before: Cascade, after: Cascade): Promise<Finding[]> {
  const { severity } = settingOf(config, EASED_TARGET);
  if (severity === 'off') return [];
  const findings: Finding[] = [];
  const messages = new Map<string, string>();
  for (const [ref, kr] of after.keyResults) {
    const old = before.keyResults.get(ref);
    if (!old) continue;
    for (const change of goalChanges(old, kr).filter((c) => c.eased)) {
      const file = kr.objective.unit.loaded.file;
      if (!messages.has(file)) messages.set(file, await messagesSince(root, env, base, file));
      if (messages.get(file)!.includes(ref)) continue;
      const towards = change.field === 'min' || change.field === 'max' ? 'widening the band' : `towards its start (${kr.doc.start})`;
      findings.push({
        file,
        path: ['objectives', kr.objective.index, 'keyResults', kr.index, change.field],
        atKey: change.to === null,
        severity: severity ?? 'warning',
        rule: EASED_TARGET,
        message: `${change.field} of ${ref} moved from ${change.from} to ${change.to ?? 'nothing'}, ${towards}, with no reason in the change; say why in a commit message that names ${ref}`,
      });
    }
  }
  return findings;
}

/** What people wrote in the commits between BASE and HEAD that touched the file. */
async function messagesSince(root: string, env: GitEnv, base: string, file: string): Promise<string> {
  const out = await gitRaw(['log', '--format=%B%x00', `${base}..HEAD`, '--', file], { cwd: root, env });
  if (out.code !== 0) return '';
  return out.stdout.split('\0').map(reasonText).join('\n');
}

/** A commit message gives a reason for changing REF when it names REF in its own words. */
export function hasReason(message: string, ref: string): boolean {
  return reasonText(message).includes(ref);
}

/** What a person wrote in a commit message: less a check-in's subject and its OKR- trailers. */
function reasonText(message: string): string {
  const lines = message.trim().split('\n');
  if (lines[0]?.startsWith('okr: ')) lines.shift();
  return lines.filter((line) => !/^OKR-[A-Za-z]+: /.test(line)).join('\n');
}
