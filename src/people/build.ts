// Who leads what in a cycle (SPEC 5 `okr people`), from the roles in the config and the
// people named in the unit files: OKR leads of units, key-result leads, contributors and
// members, the load per person, the internal-coach ratio against the 1-per-50 guideline,
// names missing from the registry and registry people with nothing to lead. Pure.

import type { Cascade } from '../graph/cascade.js';
import { own } from '../lookup.js';
import type { Config } from '../model.js';

/** Internal coaches: one for every 50 people (seeds: "OKR Practitioner, 1 for every 50 employees"). */
export const PEOPLE_PER_COACH = 50;

export type RoleName = 'sponsor' | 'programOwner' | 'coordinator' | 'coach' | 'externalCoach';

export interface PersonLoad {
  id: string;
  name: string | null;
  email: string | null;
  inRegistry: boolean;
  roles: RoleName[];
  /** Units whose OKR lead they are. */
  units: string[];
  /** Active key results they lead (dropped ones no longer ask anything of anyone). */
  keyResults: string[];
  /** Active key results they contribute to. */
  contributions: string[];
  /** Units listing them as members (OKR contributors). */
  memberOf: string[];
}

export interface PersonRef {
  id: string;
  name: string | null;
}

export interface CoachRatio {
  /** People counted: the registry, or without one, everyone named in the cycle and the roles. */
  people: number;
  basis: 'registry' | 'named';
  coaches: number;
  perCoach: number | null;
  guideline: number;
  needed: number;
  short: boolean;
}

export interface PeopleReport {
  cycle: string;
  organization: string;
  registry: boolean;
  roles: {
    sponsor: PersonRef | null;
    programOwner: PersonRef | null;
    coordinator: PersonRef | null;
    coaches: PersonRef[];
    externalCoaches: PersonRef[];
  };
  /** Most loaded first. */
  people: PersonLoad[];
  coachRatio: CoachRatio;
  /** Named in the files or roles but not in the registry (only with a registry). */
  unknown: { id: string; where: string[] }[];
  /** In the registry, but leading no unit and no key result. */
  nothingToLead: PersonRef[];
}

export function buildPeople(config: Config, cascade: Cascade, cycle: string): PeopleReport {
  const registry = config.people;
  const loads = new Map<string, PersonLoad>();
  const where = new Map<string, string[]>();
  const loadOf = (id: string): PersonLoad => {
    let load = loads.get(id);
    if (!load) {
      const entry = own(registry, id);
      load = { id, name: entry?.name ?? null, email: entry?.email ?? null, inRegistry: entry !== undefined, roles: [], units: [], keyResults: [], contributions: [], memberOf: [] };
      loads.set(id, load);
    }
    return load;
  };
  /** A person named at a place (`platform (lead)`), remembered to say where an unknown name is. */
  const person = (id: string, at: string): PersonLoad => {
    where.set(id, [...(where.get(id) ?? []), at]);
    return loadOf(id);
  };

  const roles = config.roles;
  const single = (role: 'sponsor' | 'programOwner' | 'coordinator'): PersonRef | null => {
    const id = roles[role];
    if (!id) return null;
    person(id, `roles.${role}`).roles.push(role);
    return refOf(config, id);
  };
  const many = (key: 'coaches' | 'externalCoaches', role: RoleName): PersonRef[] => [...new Set(roles[key] ?? [])].map((id) => {
    person(id, `roles.${key}`).roles.push(role);
    return refOf(config, id);
  });
  const roleRefs = {
    sponsor: single('sponsor'),
    programOwner: single('programOwner'),
    coordinator: single('coordinator'),
    coaches: many('coaches', 'coach'),
    externalCoaches: many('externalCoaches', 'externalCoach'),
  };

  for (const unit of cascade.units.values()) {
    if (unit.doc.lead) person(unit.doc.lead, `${unit.id} (lead)`).units.push(unit.id);
    for (const member of new Set(unit.doc.members ?? [])) person(member, `${unit.id} (member)`).memberOf.push(unit.id);
    for (const objective of unit.objectives) {
      for (const kr of objective.keyResults) {
        if (kr.doc.status === 'dropped') continue;
        if (kr.doc.lead) person(kr.doc.lead, `${kr.ref} (lead)`).keyResults.push(kr.ref);
        for (const contributor of new Set(kr.doc.contributors ?? [])) person(contributor, `${kr.ref} (contributor)`).contributions.push(kr.ref);
      }
    }
  }
  // Registry people named nowhere still belong in the list: they are the ones with nothing.
  for (const id of Object.keys(registry ?? {})) loadOf(id);

  const people = [...loads.values()].sort((a, b) =>
    b.keyResults.length - a.keyResults.length || b.units.length - a.units.length || b.contributions.length - a.contributions.length || a.id.localeCompare(b.id));

  const counted = registry ? Object.keys(registry).length : loads.size;
  const coaches = roleRefs.coaches.length;
  const needed = Math.ceil(counted / PEOPLE_PER_COACH);
  return {
    cycle,
    organization: config.organization,
    registry: registry !== undefined,
    roles: roleRefs,
    people,
    coachRatio: {
      people: counted,
      basis: registry ? 'registry' : 'named',
      coaches,
      perCoach: coaches === 0 ? null : counted / coaches,
      guideline: PEOPLE_PER_COACH,
      needed,
      short: coaches < needed,
    },
    unknown: registry ? people.filter((p) => !p.inRegistry).map((p) => ({ id: p.id, where: where.get(p.id) ?? [] })).sort((a, b) => a.id.localeCompare(b.id)) : [],
    nothingToLead: people.filter((p) => p.inRegistry && p.units.length === 0 && p.keyResults.length === 0).map((p) => refOf(config, p.id)).sort((a, b) => a.id.localeCompare(b.id)),
  };
}

function refOf(config: Config, id: string): PersonRef {
  return { id, name: own(config.people, id)?.name ?? null };
}

/** The ratio in words: within the guideline, or short and by how much. */
export function describeCoachRatio(ratio: CoachRatio): string {
  const people = `${ratio.people} ${ratio.people === 1 ? 'person' : 'people'}${ratio.basis === 'named' ? ' named in this cycle (no people registry)' : ' in the registry'}`;
  if (ratio.people === 0) return 'No people yet, so no coach is needed.';
  if (ratio.coaches === 0) {
    return `No internal coach for ${people}: the guideline is one per ${ratio.guideline}, so ${ratio.needed} ${ratio.needed === 1 ? 'is' : 'are'} needed (roles.coaches).`;
  }
  const per = `${ratio.coaches} internal coach${ratio.coaches === 1 ? '' : 'es'} for ${people} (${formatRatio(ratio.perCoach!)} per coach)`;
  if (!ratio.short) return `${per}: within the guideline of one per ${ratio.guideline}.`;
  const missing = ratio.needed - ratio.coaches;
  return `${per}: short of the guideline of one per ${ratio.guideline} by ${missing} coach${missing === 1 ? '' : 'es'} (${ratio.needed} needed).`;
}

function formatRatio(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
