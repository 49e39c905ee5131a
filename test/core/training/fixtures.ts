// Small hand-made training records for the rule tests: every date is written out, asOf is fixed.
import type {
  CompletionId,
  CourseId,
  MembershipId,
  PersonId,
  RoleAssignmentId,
  SettingId,
} from '../../../src/core/ids';
import type {
  Completion,
  Course,
  CourseAudience,
  Person,
  RoleAssignment,
  StaffFlag,
  StaffMembership,
} from '../../../src/core/model';
import type { TrainingData } from '../../../src/core/training/compliance';
import type { RoleId } from '../../../src/core/vocabulary';

const T = '2026-01-01T00:00:00.000Z';
let n = 0;
const id = <T extends string>(prefix: string) => `${prefix}-${(n += 1)}` as T;

export const course = (
  name: string,
  validityMonths: number | null,
  audience: CourseAudience,
  archived = false,
): Course => ({
  id: id<CourseId>('course'),
  name,
  validityMonths,
  audience,
  description: '',
  archived,
  createdAt: T,
  updatedAt: T,
});

export const person = (name: string, email = ''): Person => {
  const [forename = '', ...rest] = name.split(' ');
  return {
    id: id<PersonId>('person'),
    name,
    forename,
    surname: rest.join(' '),
    email,
    createdAt: T,
    updatedAt: T,
  };
};

export const post = (
  p: Person,
  settingId: string,
  over: Partial<Pick<StaffMembership, 'jobTitle' | 'start' | 'end'>> & { flags?: StaffFlag[] } = {},
): StaffMembership => ({
  id: id<MembershipId>('membership'),
  personId: p.id,
  settingId: settingId as SettingId,
  jobTitle: over.jobTitle ?? 'Class Teacher',
  flags: over.flags ?? [],
  start: over.start === undefined ? '2020-09-01' : over.start,
  end: over.end ?? null,
  createdAt: T,
  updatedAt: T,
});

export const done = (p: Person, c: Course, completedOn: string): Completion => ({
  id: id<CompletionId>('completion'),
  personId: p.id,
  courseId: c.id,
  completedOn,
  provider: 'In-house',
  evidenceFileId: null,
  createdAt: T,
});

export const role = (
  p: Person,
  settingId: string,
  r: RoleId,
  from: string | null,
  to: string | null = null,
): RoleAssignment => ({
  id: id<RoleAssignmentId>('role'),
  personId: p.id,
  settingId: settingId as SettingId,
  role: r,
  from,
  to,
  sourceVersionId: null,
  createdAt: T,
  updatedAt: T,
});

export function data(over: Partial<TrainingData>): TrainingData {
  return { courses: [], memberships: [], completions: [], roleAssignments: [], people: [], ...over };
}
