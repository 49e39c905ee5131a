// Training records in the store: what compliance reads, and the course catalogue. Staff are in
// staff-repo.ts, completions and their certificates in completions-repo.ts, imports in
// training-import-repo.ts. Every user action is one transaction.
import type { CourseId, PersonId, SettingId } from '../../core/ids';
import type { Completion, Course, Person, StaffMembership } from '../../core/model';
import { hasErrors } from '../../core/settings';
import type { TrainingData } from '../../core/training/compliance';
import { normaliseCourseDraft, validateCourseDraft, type CourseDraft } from '../../core/training/staff';
import { newId, nowIso, type OversightDb } from '../db';
import { defaultCourses } from '../defaults';
import type { CourseRecord } from '../records';
import { ValidationError } from './trust-repo';

export function toCourse(record: CourseRecord): Course {
  return { ...record, archived: record.archived === 1 };
}
export function toCourseRecord(course: Course): CourseRecord {
  return { ...course, archived: course.archived ? 1 : 0 };
}

export class TrainingRepo {
  constructor(private readonly db: OversightDb) {}

  /** Everything compliance reads, in one consistent read. */
  async loadData(): Promise<TrainingData> {
    const db = this.db;
    return db.transaction(
      'r',
      [db.courses, db.memberships, db.completions, db.roleAssignments, db.people],
      async () => {
        const [courses, memberships, completions, roleAssignments, people] = await Promise.all([
          db.courses.toArray(),
          db.memberships.toArray(),
          db.completions.toArray(),
          db.roleAssignments.toArray(),
          db.people.toArray(),
        ]);
        return {
          courses: sortCourses(courses.map(toCourse)),
          memberships,
          completions,
          roleAssignments,
          people,
        };
      },
    );
  }

  /** One setting's staff and the completions of the people in it: what a setting page needs. */
  async loadSettingData(settingId: SettingId): Promise<TrainingData> {
    const db = this.db;
    return db.transaction(
      'r',
      [db.courses, db.memberships, db.completions, db.roleAssignments, db.people],
      async () => {
        const memberships = await db.memberships.where('settingId').equals(settingId).toArray();
        const personIds = [...new Set(memberships.map((m) => m.personId))];
        const [courses, completions, roleAssignments, people] = await Promise.all([
          db.courses.toArray(),
          db.completions.where('personId').anyOf(personIds).toArray(),
          db.roleAssignments.where('settingId').equals(settingId).toArray(),
          db.people.bulkGet(personIds),
        ]);
        return {
          courses: sortCourses(courses.map(toCourse)),
          memberships,
          completions,
          roleAssignments,
          people: people.filter((p): p is Person => p !== undefined),
        };
      },
    );
  }

  /** One person's records: their posts, completions and roles, for their training record. */
  async loadPersonData(personId: PersonId): Promise<TrainingData> {
    const db = this.db;
    return db.transaction(
      'r',
      [db.courses, db.memberships, db.completions, db.roleAssignments, db.people],
      async () => {
        const [courses, memberships, completions, roleAssignments, person] = await Promise.all([
          db.courses.toArray(),
          db.memberships.where('personId').equals(personId).toArray(),
          db.completions.where('personId').equals(personId).toArray(),
          db.roleAssignments.where('personId').equals(personId).toArray(),
          db.people.get(personId),
        ]);
        return {
          courses: sortCourses(courses.map(toCourse)),
          memberships,
          completions,
          roleAssignments,
          people: person ? [person] : [],
        };
      },
    );
  }

  // Courses ---------------------------------------------------------------------------------------

  async listCourses(): Promise<Course[]> {
    return sortCourses((await this.db.courses.toArray()).map(toCourse));
  }

  /** Adds the catalogue from DOMAIN.md (resources/defaults/courses.json), skipping any already there by name. */
  async addDefaultCourses(): Promise<number> {
    return this.db.transaction('rw', this.db.courses, async () => {
      const existing = await this.db.courses.toArray();
      const base = Date.now();
      let added = 0;
      for (const d of defaultCourses()) {
        if (hasErrors(validateCourseDraft(d, existing.map(toCourse)))) continue;
        // A millisecond apart, so the catalogue keeps DOMAIN.md's order.
        const now = new Date(base + added).toISOString();
        const record = toCourseRecord({
          id: newId<CourseId>(),
          name: d.name,
          validityMonths: d.validityMonths,
          audience: d.audience,
          description: d.description,
          archived: false,
          createdAt: now,
          updatedAt: now,
        });
        await this.db.courses.add(record);
        existing.push(record);
        added += 1;
      }
      return added;
    });
  }

  async createCourse(draft: CourseDraft): Promise<Course> {
    return this.db.transaction('rw', this.db.courses, async () => {
      const others = (await this.db.courses.toArray()).map(toCourse);
      const errors = validateCourseDraft(draft, others);
      if (hasErrors(errors)) throw new ValidationError(errors);
      const now = nowIso();
      const course: Course = {
        ...normaliseCourseDraft(draft),
        id: newId<CourseId>(),
        archived: false,
        createdAt: now,
        updatedAt: now,
      };
      await this.db.courses.add(toCourseRecord(course));
      return course;
    });
  }

  async updateCourse(id: CourseId, draft: CourseDraft): Promise<Course> {
    return this.db.transaction('rw', this.db.courses, async () => {
      const current = await this.db.courses.get(id);
      if (!current) throw new Error('That course no longer exists');
      const others = (await this.db.courses.toArray()).map(toCourse);
      const errors = validateCourseDraft(draft, others, id);
      if (hasErrors(errors)) throw new ValidationError(errors);
      const next: Course = { ...toCourse(current), ...normaliseCourseDraft(draft), updatedAt: nowIso() };
      await this.db.courses.put(toCourseRecord(next));
      return next;
    });
  }

  /** Archived courses leave compliance; their completions stay. */
  async setCourseArchived(id: CourseId, archived: boolean): Promise<void> {
    await this.db.transaction('rw', this.db.courses, async () => {
      const current = await this.db.courses.get(id);
      if (!current) throw new Error('That course no longer exists');
      await this.db.courses.put({ ...current, archived: archived ? 1 : 0, updatedAt: nowIso() });
    });
  }
}

function sortCourses(courses: Course[]): Course[] {
  // The catalogue in the order it was built (the defaults in DOMAIN.md's order); archived ones last.
  return courses.sort(
    (a, b) =>
      Number(a.archived) - Number(b.archived) ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id),
  );
}

/** The training records of a backup's tables (the CLI reads backups without a database). */
export function trainingDataFromTables(
  tables: Partial<
    Record<
      'courses' | 'memberships' | 'completions' | 'roleAssignments' | 'people',
      Record<string, unknown>[]
    >
  >,
): TrainingData {
  const rows = <T>(name: keyof typeof tables) => (tables[name] ?? []) as unknown as T[];
  return {
    courses: sortCourses(rows<CourseRecord>('courses').map(toCourse)),
    memberships: rows<StaffMembership>('memberships'),
    completions: rows<Completion>('completions'),
    roleAssignments: rows<TrainingData['roleAssignments'][number]>('roleAssignments'),
    people: rows<Person>('people'),
  };
}
