// What the leads register needs from training: is this DSL's or deputy's DSL training in date?
import type { IsoDate } from '../dates';
import type { CourseId, PersonId } from '../ids';
import type { Completion, Course } from '../model';
import { statusClock, statusFromLatest, type TrainingStatus } from './status';

export interface DslTrainingStatus {
  status: TrainingStatus;
  courseId: CourseId;
  courseName: string;
  lastCompleted: IsoDate | null;
  expiresOn: IsoDate | null;
}

const RANK: Record<TrainingStatus, number> = { missing: 0, expired: 1, expiring: 2, valid: 3 };

/** The catalogue's DSL courses: those for "DSL and deputies", or for the dsl / deputy_dsl roles. */
export function dslCourses(courses: readonly Course[]): Course[] {
  return courses.filter(
    (c) =>
      !c.archived &&
      (c.audience.kind === 'dsl_and_deputies' ||
        (c.audience.kind === 'roles' && c.audience.roles.some((r) => r === 'dsl' || r === 'deputy_dsl'))),
  );
}

/**
 * The status of a person's DSL training on `asOf`: the worst over the catalogue's DSL courses (so a
 * second DSL course a trust adds must be in date too). Null when the catalogue has no DSL course.
 * `completions` may be the person's own or everyone's (they are filtered by person).
 */
export function dslTrainingStatus(
  personId: PersonId,
  courses: readonly Course[],
  completions: readonly Completion[],
  asOf: IsoDate,
  expiringDays: number,
): DslTrainingStatus | null {
  const clock = statusClock(asOf, expiringDays);
  let worst: DslTrainingStatus | null = null;
  for (const course of dslCourses(courses)) {
    let latest: IsoDate | null = null;
    for (const c of completions) {
      if (
        c.personId === personId &&
        c.courseId === course.id &&
        c.completedOn <= asOf &&
        (latest === null || c.completedOn > latest)
      )
        latest = c.completedOn;
    }
    const s = statusFromLatest(latest, course.validityMonths, clock);
    if (worst === null || RANK[s.status] < RANK[worst.status]) {
      worst = {
        status: s.status,
        courseId: course.id,
        courseName: course.name,
        lastCompleted: s.lastCompleted,
        expiresOn: s.expiresOn,
      };
    }
  }
  return worst;
}

/**
 * Every person's DSL training status on `asOf`, looked up from one list of completions (indexed once),
 * for the register's training check.
 */
export function dslTrainingLookup(
  courses: readonly Course[],
  completions: readonly Completion[],
  asOf: IsoDate,
  expiringDays: number,
): (personId: PersonId) => DslTrainingStatus | null {
  const index = indexCompletions(completions);
  return (personId) => dslTrainingStatus(personId, courses, index.of(personId), asOf, expiringDays);
}

/** Completions grouped by person, for callers checking many people against one big list. */
export function indexCompletions(completions: readonly Completion[]): {
  of(personId: PersonId): readonly Completion[];
} {
  const byPerson = new Map<PersonId, Completion[]>();
  for (const c of completions) {
    const list = byPerson.get(c.personId);
    if (list) list.push(c);
    else byPerson.set(c.personId, [c]);
  }
  return { of: (personId) => byPerson.get(personId) ?? [] };
}
