// The rows `okr people` shows in its table and markdown: one per person, most loaded first.

import type { PeopleReport, PersonLoad, RoleName } from '../../people/build.js';

export const ROLE_WORDS: Record<RoleName, string> = {
  sponsor: 'sponsor',
  programOwner: 'program owner',
  coordinator: 'coordinator',
  coach: 'coach',
  externalCoach: 'external coach',
};

export interface PersonRow {
  id: string;
  name: string;
  units: string;
  keyResults: number;
  contributions: number;
  memberOf: number;
  roles: string;
  /** Not in the people registry. */
  unknown: boolean;
}

export function personRows(report: PeopleReport): PersonRow[] {
  return report.people.map((p: PersonLoad) => ({
    id: p.id,
    name: p.name ?? '',
    units: p.units.join(', '),
    keyResults: p.keyResults.length,
    contributions: p.contributions.length,
    memberOf: p.memberOf.length,
    roles: p.roles.map((r) => ROLE_WORDS[r]).join(', '),
    unknown: report.registry && !p.inRegistry,
  }));
}

/** `carla (Carla Mendes)`, or just the id without a name. */
export function personName(ref: { id: string; name: string | null }): string {
  return ref.name ? `${ref.id} (${ref.name})` : ref.id;
}

/** The roles in one line: `sponsor carla (Carla Mendes) · program owner dan … · coaches fay …`. */
export function rolesLine(report: PeopleReport): string {
  const { roles } = report;
  const one = (label: string, ref: { id: string; name: string | null } | null) => `${label} ${ref ? personName(ref) : 'none'}`;
  const many = (label: string, refs: { id: string; name: string | null }[]) => `${label} ${refs.length ? refs.map(personName).join(', ') : 'none'}`;
  return [
    one('sponsor', roles.sponsor),
    one('program owner', roles.programOwner),
    one('coordinator', roles.coordinator),
    many('internal coaches', roles.coaches),
    many('external coaches', roles.externalCoaches),
  ].join(' · ');
}
