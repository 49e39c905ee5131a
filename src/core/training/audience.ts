// Who needs which course (DOMAIN.md "Training"). A requirement belongs to one membership (a person in
// one setting): Gareth may be the deputy DSL at the primary school and outreach staff at its nursery,
// so he needs DSL training for the first and only the all-staff courses for the second.
import { firstDayOf, lastDayOf, type IsoDate } from '../dates';
import { nameKey } from '../names';
import { assertNever } from '../assert';
import type { Course, CourseAudience, RoleAssignment, StaffMembership } from '../model';
import { ROLE_LABELS, type RoleId } from '../vocabulary';

/** Is the membership current on `asOf`: started (or no start known) and not yet left. */
export function isActiveOn(m: Pick<StaffMembership, 'start' | 'end'>, asOf: IsoDate): boolean {
  return (m.start === null || m.start <= asOf) && (m.end === null || m.end >= asOf);
}

/** A leaver: their leaving date has passed. They keep their history but drop out of compliance. */
export function hasLeft(m: Pick<StaffMembership, 'end'>, asOf: IsoDate): boolean {
  return m.end !== null && m.end < asOf;
}

const GOVERNANCE_TITLE = /\b(governor|governors|trustee|trustees|clerk)\b/i;

/**
 * A membership flagged `governor` is a governance post. It is also a staff post when the job title
 * names a staff job (a staff governor who teaches: "Class Teacher" with the governor flag).
 */
export function isGovernorPost(m: Pick<StaffMembership, 'flags'>): boolean {
  return m.flags.includes('governor');
}
export function isStaffPost(m: Pick<StaffMembership, 'flags' | 'jobTitle'>): boolean {
  if (!isGovernorPost(m)) return true;
  const title = m.jobTitle.trim();
  return title !== '' && !GOVERNANCE_TITLE.test(title);
}

/** Whether a role assignment covers `asOf` (its partial dates read generously: "2023" runs all year). */
export function assignmentActiveOn(a: Pick<RoleAssignment, 'from' | 'to'>, asOf: IsoDate): boolean {
  return (a.from === null || firstDayOf(a.from) <= asOf) && (a.to === null || lastDayOf(a.to) >= asOf);
}

const FLAG_ROLES: Partial<Record<RoleId, 'dsl' | 'deputy_dsl'>> = { dsl: 'dsl', deputy_dsl: 'deputy_dsl' };
const GOVERNOR_ROLES: readonly RoleId[] = ['safeguarding_governor', 'chair_of_governors'];

export interface Requirement {
  /** The date from which the course was required (the start of the post or of the role), if known. */
  since: IsoDate | null;
}

/**
 * Whether a membership needs `course` on `asOf`, and since when. `assignments` are the person's role
 * assignments (any setting: only this membership's setting counts).
 *
 * Roles come from the leads register when it records the role for this person and setting: a role
 * counts while it is held, so a person who became the DSL in March needs DSL training from March and
 * not before, and stops needing it when they hand the role over. Only when the register has no record
 * of the role does a flag on the staff record count, from the start of the post (flags carry no dates).
 */
export function requirementFor(
  course: Pick<Course, 'audience' | 'archived'>,
  m: StaffMembership,
  assignments: readonly RoleAssignment[],
  asOf: IsoDate,
): Requirement | null {
  if (course.archived || !isActiveOn(m, asOf)) return null;
  const since = requiredSince(course.audience, m, assignments, asOf);
  return since === undefined ? null : { since };
}

/**
 * The allocation-free core of `requirementFor` for a membership already known to be current: when the
 * course became required (null: unknown), or undefined when it is not required. Compliance calls it
 * for every person and course (180,000 times at LA scale).
 */
export function requiredSince(
  audience: CourseAudience,
  m: StaffMembership,
  assignments: readonly RoleAssignment[],
  asOf: IsoDate,
): IsoDate | null | undefined {
  switch (audience.kind) {
    case 'all_staff':
      return isStaffPost(m) ? m.start : undefined;
    case 'governors':
      // Governance is a post on the staff list; a safeguarding governor or chair in the register counts too.
      if (isGovernorPost(m)) return m.start;
      return byRole(m, assignments, GOVERNOR_ROLES, false, asOf);
    case 'dsl_and_deputies':
      return byRole(
        m,
        assignments,
        DSL_ROLES,
        m.flags.includes('dsl') || m.flags.includes('deputy_dsl'),
        asOf,
      );
    case 'roles':
      return byRole(m, assignments, audience.roles, hasRoleFlag(m, audience.roles), asOf);
    case 'job_titles':
      return jobTitleMatches(m.jobTitle, audience.titles) ? m.start : undefined;
    default:
      return assertNever(audience, 'course audience');
  }
}

const DSL_ROLES: readonly RoleId[] = ['dsl', 'deputy_dsl'];

function hasRoleFlag(m: StaffMembership, roles: readonly RoleId[]): boolean {
  for (const r of roles) {
    const flag = FLAG_ROLES[r];
    if (flag !== undefined && m.flags.includes(flag)) return true;
  }
  return false;
}

/** The register's dates when it records one of `roles` for this person here; else the flag, from the start of the post. */
function byRole(
  m: StaffMembership,
  assignments: readonly RoleAssignment[],
  roles: readonly RoleId[],
  flagged: boolean,
  asOf: IsoDate,
): IsoDate | null | undefined {
  if (assignments.length === 0) return flagged ? m.start : undefined;
  let recorded = false;
  let held = false;
  let since: IsoDate | null = null;
  let unknownStart = false;
  for (const a of assignments) {
    if (a.settingId !== m.settingId || !roles.includes(a.role)) continue;
    recorded = true;
    if (!assignmentActiveOn(a, asOf)) continue;
    held = true;
    if (a.from === null) unknownStart = true;
    else {
      const from = firstDayOf(a.from);
      if (since === null || from < since) since = from;
    }
  }
  if (!recorded) return flagged ? m.start : undefined;
  if (!held) return undefined;
  return unknownStart ? null : since;
}

/** "Teaching Assistant" matches "Higher Level Teaching Assistant": whole words, case and accents ignored. */
export function jobTitleMatches(jobTitle: string, titles: readonly string[]): boolean {
  const job = ` ${nameKey(jobTitle)} `;
  return titles.some((t) => {
    const key = nameKey(t);
    return key !== '' && job.includes(` ${key} `);
  });
}

/** Who the course is for, in words. */
export function audienceLabel(audience: CourseAudience): string {
  switch (audience.kind) {
    case 'all_staff':
      return 'All staff';
    case 'dsl_and_deputies':
      return 'DSL and deputies';
    case 'governors':
      return 'Governors and trustees';
    case 'roles':
      return audience.roles.length === 0
        ? 'Chosen roles (none chosen)'
        : audience.roles.map((r) => ROLE_LABELS[r]).join(', ');
    case 'job_titles':
      return audience.titles.length === 0
        ? 'Chosen job titles (none chosen)'
        : `Job titles: ${audience.titles.join(', ')}`;
    default:
      return assertNever(audience, 'course audience');
  }
}
