// A reference that points nowhere breaks the cascade without a sound: the objective looks
// aligned, the roll-up stays empty. Every `alignsTo`, `parent` and person must name something.

import { alignRefs, lookup } from '../graph/cascade.js';
import type { DocPath } from '../model.js';
import { NO_OPTIONS, type Rule, type RuleContext } from './rule.js';
import { withDidYouMean } from '../text/did-you-mean.js';
import { alignPath, fileOf, isTeam, keyResultPath } from './walk.js';

export const refResolves: Rule = {
  id: 'ref-resolves',
  defaultSeverity: 'error',
  description: 'Every `alignsTo`, `parent` and person reference resolves.',
  optionsSchema: NO_OPTIONS,
  check(context) {
    checkAlignments(context);
    checkParents(context);
    if (context.config.people) checkPeople(context, context.config.people);
  },
};

function checkAlignments(context: RuleContext): void {
  const { cascade, cycle } = context;
  // Suggestions are built lazily: most cycles have nothing unresolved.
  let allRefs: string[] | undefined;
  for (const unit of cascade.unitList) {
    for (const objective of unit.objectives) {
      for (const { ref, index } of alignRefs(objective.doc)) {
        const file = fileOf(unit);
        const path = alignPath(objective, index);
        const target = lookup(cascade, ref);
        if (target === undefined) {
          allRefs ??= [...cascade.objectives.keys(), ...cascade.keyResults.keys()];
          const others = allRefs.filter((candidate) => !candidate.startsWith(`${unit.id}/`));
          context.report({
            file, path,
            message: withDidYouMean(`alignsTo '${ref}' is not an objective or key result of cycle '${cycle.id}'`, ref, others),
          });
        } else if (refUnit(ref) === unit.id) {
          context.report({
            file, path,
            message: `Objective '${objective.doc.id}' aligns to '${ref}' of its own unit; align to the goals of another unit.`,
          });
        }
      }
    }
  }
}

function refUnit(ref: string): string {
  return ref.slice(0, ref.indexOf('/'));
}

function checkParents(context: RuleContext): void {
  const { cascade, cycle } = context;
  for (const unit of cascade.unitList) {
    const file = fileOf(unit);
    const { parent, level } = unit.doc;
    if (level === 'company') {
      if (parent !== undefined) context.report({ file, path: ['parent'], message: `A company unit has no parent, but '${parent}' is given.` });
      continue;
    }
    if (parent === undefined) {
      // The key is missing, so point at what makes it required.
      context.report({ file, path: ['level'], message: `A ${level} unit needs a parent: add \`parent\` with the id of the unit it belongs to.` });
    } else if (!cascade.units.has(parent)) {
      context.report({
        file, path: ['parent'],
        message: withDidYouMean(`parent '${parent}' is not a unit of cycle '${cycle.id}'`, parent, cascade.units.keys()),
      });
    }
  }
}

function checkPeople(context: RuleContext, people: Record<string, unknown>): void {
  const { cascade } = context;
  const ids = Object.keys(people);
  const known = new Set(ids);
  const check = (file: string, path: DocPath, person: string | undefined, role: string): void => {
    if (person === undefined || known.has(person)) return;
    context.report({ file, path, message: withDidYouMean(`${role} '${person}' is not in the people registry`, person, ids) });
  };

  for (const unit of cascade.unitList) {
    const file = fileOf(unit);
    check(file, ['lead'], unit.doc.lead, 'Unit lead');
    unit.doc.members?.forEach((member, i) => check(file, ['members', i], member, 'Member'));
    for (const objective of unit.objectives) {
      for (const kr of objective.keyResults) {
        const path = keyResultPath(kr);
        // A unit named as lead is `kr-has-lead`'s finding ("a team cannot lead"); one report is enough.
        if (!isTeam(cascade.units.get(kr.doc.lead ?? ''))) check(file, [...path, 'lead'], kr.doc.lead, 'Key-result lead');
        kr.doc.contributors?.forEach((person, i) => check(file, [...path, 'contributors', i], person, 'Contributor'));
      }
    }
  }

  const roles = context.config.roles;
  const file = context.configFile;
  check(file, ['roles', 'sponsor'], roles.sponsor, 'Sponsor');
  check(file, ['roles', 'programOwner'], roles.programOwner, 'Program owner');
  check(file, ['roles', 'coordinator'], roles.coordinator, 'Coordinator');
  roles.coaches?.forEach((person, i) => check(file, ['roles', 'coaches', i], person, 'Coach'));
  roles.externalCoaches?.forEach((person, i) => check(file, ['roles', 'externalCoaches', i], person, 'External coach'));
}
