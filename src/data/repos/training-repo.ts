// Training records in the store: the course catalogue, staff (people and their posts in settings),
// completions with their evidence, and what compliance reads. Every user action is one transaction.
import type { CompletionId, CourseId, FileId, MembershipId, PersonId, SettingId } from '../../core/ids';
import type { Completion, Course, Person, StaffMembership, StoredFile } from '../../core/model';
import type { IsoDate } from '../../core/dates';
import { hasErrors } from '../../core/settings';
import type { TrainingData } from '../../core/training/compliance';
import {
  displayName,
  normaliseCourseDraft,
  normaliseStaffDraft,
  validateCourseDraft,
  validateStaffDraft,
  type CourseDraft,
  type StaffDraft,
} from '../../core/training/staff';
import { validateSessionDraft, type SessionDraft } from '../../core/training/sessions';
import { sha256Hex } from '../backup/format';
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

/** Evidence files: certificates are PDFs or images; 20 MB is far more than any certificate needs. */
export const EVIDENCE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

/** Recognises a certificate by its first bytes, not its name: a renamed .exe is not a PDF. */
export function evidenceType(name: string, bytes: Uint8Array): string {
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  const expected = EVIDENCE_TYPES[ext];
  if (!expected)
    throw new Error(
      `“${name}” is not a certificate Oversight can keep: attach a PDF or an image (PNG, JPEG, GIF or WebP)`,
    );
  if (bytes.byteLength === 0) throw new Error(`“${name}” is empty`);
  if (bytes.byteLength > MAX_EVIDENCE_BYTES)
    throw new Error(`“${name}” is larger than 20 MB: scan the certificate at a lower resolution`);
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  const ok =
    expected === 'application/pdf'
      ? starts(0x25, 0x50, 0x44, 0x46)
      : expected === 'image/png'
        ? starts(0x89, 0x50, 0x4e, 0x47)
        : expected === 'image/jpeg'
          ? starts(0xff, 0xd8, 0xff)
          : expected === 'image/gif'
            ? starts(0x47, 0x49, 0x46, 0x38)
            : starts(0x52, 0x49, 0x46, 0x46) &&
              bytes[8] === 0x57 &&
              bytes[9] === 0x45 &&
              bytes[10] === 0x42 &&
              bytes[11] === 0x50;
  if (!ok)
    throw new Error(
      `“${name}” is not really a ${ext.toUpperCase()} file: its contents do not match its name`,
    );
  return expected;
}

export interface StaffMember {
  membership: StaffMembership;
  person: Person;
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

  /**
   * Completions for the list: one setting's staff, or one course, or the latest across the trust;
   * newest first, at most `limit`, with the names of the people. `total` counts all that match.
   */
  async listCompletions(filter: {
    settingId: SettingId | null;
    courseId: CourseId | null;
    limit: number;
  }): Promise<{ completions: Completion[]; total: number; names: Map<PersonId, string> }> {
    const db = this.db;
    return db.transaction('r', [db.memberships, db.completions, db.people], async () => {
      let matching: Completion[];
      if (filter.settingId) {
        const personIds = [
          ...new Set(
            (await db.memberships.where('settingId').equals(filter.settingId).toArray()).map(
              (m) => m.personId,
            ),
          ),
        ];
        matching = await db.completions.where('personId').anyOf(personIds).toArray();
        if (filter.courseId) matching = matching.filter((c) => c.courseId === filter.courseId);
      } else if (filter.courseId) {
        matching = await db.completions.where('courseId').equals(filter.courseId).toArray();
      } else {
        const total = await db.completions.count();
        const latest = await db.completions.orderBy('completedOn').reverse().limit(filter.limit).toArray();
        return { completions: latest, total, names: await this.namesOf(latest) };
      }
      matching.sort((a, b) => (a.completedOn < b.completedOn ? 1 : a.completedOn > b.completedOn ? -1 : 0));
      const shown = matching.slice(0, filter.limit);
      return { completions: shown, total: matching.length, names: await this.namesOf(shown) };
    });
  }

  private async namesOf(completions: readonly Completion[]): Promise<Map<PersonId, string>> {
    const ids = [...new Set(completions.map((c) => c.personId))];
    const people = await this.db.people.bulkGet(ids);
    return new Map(people.filter((p): p is Person => p !== undefined).map((p) => [p.id, p.name]));
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

  // Staff -----------------------------------------------------------------------------------------

  async listStaff(settingId: SettingId): Promise<StaffMember[]> {
    const memberships = await this.db.memberships.where('settingId').equals(settingId).toArray();
    const people = await this.db.people.bulkGet(memberships.map((m) => m.personId));
    const out: StaffMember[] = [];
    memberships.forEach((membership, i) => {
      const person = people[i];
      if (person) out.push({ membership, person });
    });
    return out.sort(
      (a, b) =>
        a.person.surname.localeCompare(b.person.surname, 'en-GB') ||
        a.person.forename.localeCompare(b.person.forename, 'en-GB'),
    );
  }

  /**
   * Adds a person to a setting's staff. `existingPersonId` adds a second post for someone already on
   * another setting's list (one person, two settings) instead of a new person.
   */
  async addStaff(draft: StaffDraft, existingPersonId?: PersonId): Promise<StaffMember> {
    const errors = validateStaffDraft(draft);
    if (hasErrors(errors)) throw new ValidationError(errors);
    const d = normaliseStaffDraft(draft);
    const db = this.db;
    return db.transaction('rw', [db.people, db.memberships, db.settings], async () => {
      const settingId = d.settingId as SettingId;
      if (!(await db.settings.get(settingId))) throw new Error('That setting no longer exists');
      const now = nowIso();
      let person: Person | undefined;
      if (existingPersonId) {
        person = await db.people.get(existingPersonId);
        if (!person) throw new Error('That person no longer exists');
        const already = await db.memberships
          .where('personId')
          .equals(existingPersonId)
          .filter((m) => m.settingId === settingId)
          .count();
        if (already > 0) throw new Error(`${person.name} is already on this setting’s staff list`);
      } else {
        if (d.email !== '') {
          const same = await db.people.filter((p) => p.email.toLowerCase() === d.email).first();
          if (same)
            throw new ValidationError({
              email: `${same.name} already has this e-mail address: add a post for them instead`,
            });
        }
        person = {
          id: newId<PersonId>(),
          name: displayName(d.forename, d.surname),
          forename: d.forename,
          surname: d.surname,
          email: d.email,
          createdAt: now,
          updatedAt: now,
        };
        await db.people.add(person);
      }
      const membership: StaffMembership = {
        id: newId<MembershipId>(),
        personId: person.id,
        settingId,
        jobTitle: d.jobTitle,
        flags: d.flags,
        start: d.start,
        end: d.end,
        createdAt: now,
        updatedAt: now,
      };
      await db.memberships.add(membership);
      return { membership, person };
    });
  }

  /** Edits a post and the person's name and e-mail (which every other post of theirs shares). */
  async updateStaff(membershipId: MembershipId, draft: StaffDraft): Promise<void> {
    const errors = validateStaffDraft(draft);
    if (hasErrors(errors)) throw new ValidationError(errors);
    const d = normaliseStaffDraft(draft);
    const db = this.db;
    await db.transaction('rw', [db.people, db.memberships], async () => {
      const m = await db.memberships.get(membershipId);
      if (!m) throw new Error('That staff record no longer exists');
      const person = await db.people.get(m.personId);
      if (!person) throw new Error('That person no longer exists');
      if (d.email !== '' && d.email !== person.email.toLowerCase()) {
        const same = await db.people
          .filter((p) => p.id !== person.id && p.email.toLowerCase() === d.email)
          .first();
        if (same) throw new ValidationError({ email: `${same.name} already has this e-mail address` });
      }
      const now = nowIso();
      await db.people.put({
        ...person,
        forename: d.forename,
        surname: d.surname,
        name: displayName(d.forename, d.surname),
        email: d.email,
        updatedAt: now,
      });
      await db.memberships.put({
        ...m,
        jobTitle: d.jobTitle,
        flags: d.flags,
        start: d.start,
        end: d.end,
        updatedAt: now,
      });
    });
  }

  /**
   * Removes a person's data entirely (UK GDPR erasure, or the end of the retention period): the person,
   * every post, every completion and its certificates. Refused while the leads register names them,
   * so the register never points at nobody.
   */
  async erasePerson(personId: PersonId): Promise<{ posts: number; completions: number }> {
    const db = this.db;
    return db.transaction(
      'rw',
      [db.people, db.memberships, db.completions, db.files, db.roleAssignments],
      async () => {
        const person = await db.people.get(personId);
        if (!person) throw new Error('That person is no longer in the store');
        const roles = await db.roleAssignments.where('personId').equals(personId).count();
        if (roles > 0)
          throw new Error(`${person.name} is named in the leads register: remove them there first`);
        const posts = await db.memberships.where('personId').equals(personId).primaryKeys();
        const completions = await db.completions.where('personId').equals(personId).toArray();
        await db.memberships.bulkDelete(posts);
        await db.completions.bulkDelete(completions.map((c) => c.id));
        await this.dropOrphanFiles(completions.map((c) => c.evidenceFileId));
        await db.people.delete(personId);
        return { posts: posts.length, completions: completions.length };
      },
    );
  }

  /** People on any staff list whose name matches, for "already works in another setting". */
  async findPeople(query: string, limit = 20): Promise<Person[]> {
    const q = query.trim().toLowerCase();
    if (q.length < 2) return [];
    return this.db.people
      .filter((p) => p.name.toLowerCase().includes(q) || p.email.toLowerCase() === q)
      .limit(limit)
      .toArray();
  }

  // Completions -----------------------------------------------------------------------------------

  async completionsOf(personId: PersonId): Promise<Completion[]> {
    return (await this.db.completions.where('personId').equals(personId).toArray()).sort((a, b) =>
      b.completedOn.localeCompare(a.completedOn),
    );
  }

  /**
   * Records a session (or one completion: a session of one): the course, the date, the provider and
   * every attendee, in one transaction. People who already have this course on this date are skipped.
   * Optional evidence (an attendance register or certificate) is stored once and linked to each.
   */
  async recordSession(
    draft: SessionDraft,
    asOf: IsoDate,
    evidence?: { name: string; bytes: Uint8Array },
  ): Promise<{ added: Completion[]; skipped: number }> {
    const errors = validateSessionDraft(draft, asOf);
    if (hasErrors(errors)) throw new ValidationError(errors);
    const mediaType = evidence ? evidenceType(evidence.name, evidence.bytes) : '';
    const sha = evidence ? await sha256Hex(evidence.bytes) : '';
    const db = this.db;
    return db.transaction('rw', [db.completions, db.courses, db.people, db.files], async () => {
      const courseId = draft.courseId as CourseId;
      if (!(await db.courses.get(courseId))) throw new Error('That course no longer exists');
      const now = nowIso();
      let evidenceFileId: FileId | null = null;
      if (evidence) {
        const file: StoredFile = {
          id: newId<FileId>(),
          name: evidence.name,
          mediaType,
          size: evidence.bytes.byteLength,
          sha256: sha,
          bytes: evidence.bytes,
          createdAt: now,
        };
        await db.files.add(file);
        evidenceFileId = file.id;
      }
      const completedOn = draft.completedOn!;
      const added: Completion[] = [];
      let skipped = 0;
      const people = await db.people.bulkGet(draft.personIds);
      for (const [i, personId] of draft.personIds.entries()) {
        if (!people[i]) throw new Error('One of the people chosen no longer exists');
        const dup = await db.completions
          .where('[personId+courseId]')
          .equals([personId, courseId])
          .filter((c) => c.completedOn === completedOn)
          .count();
        if (dup > 0) {
          skipped += 1;
          continue;
        }
        added.push({
          id: newId<CompletionId>(),
          personId,
          courseId,
          completedOn,
          provider: draft.provider.trim(),
          evidenceFileId,
          createdAt: now,
        });
      }
      await db.completions.bulkAdd(added);
      return { added, skipped };
    });
  }

  /** Removes completions (a mistaken entry); returns them, with their evidence, so the action can be undone. */
  async deleteCompletions(ids: CompletionId[]): Promise<{ completions: Completion[]; files: StoredFile[] }> {
    const db = this.db;
    return db.transaction('rw', [db.completions, db.files], async () => {
      const completions = (await db.completions.bulkGet(ids)).filter((c): c is Completion => c !== undefined);
      await db.completions.bulkDelete(completions.map((c) => c.id));
      const files = await this.dropOrphanFiles(completions.map((c) => c.evidenceFileId));
      return { completions, files };
    });
  }

  async restoreCompletions(saved: { completions: Completion[]; files: StoredFile[] }): Promise<void> {
    const db = this.db;
    await db.transaction('rw', [db.completions, db.files], async () => {
      await db.files.bulkPut(saved.files);
      await db.completions.bulkPut(saved.completions);
    });
  }

  /** Attaches a certificate to a completion, replacing any earlier one (kept if another completion uses it). */
  async attachEvidence(
    completionId: CompletionId,
    file: { name: string; bytes: Uint8Array },
  ): Promise<StoredFile> {
    const mediaType = evidenceType(file.name, file.bytes);
    const sha = await sha256Hex(file.bytes);
    const db = this.db;
    return db.transaction('rw', [db.completions, db.files], async () => {
      const c = await db.completions.get(completionId);
      if (!c) throw new Error('That completion no longer exists');
      const stored: StoredFile = {
        id: newId<FileId>(),
        name: file.name,
        mediaType,
        size: file.bytes.byteLength,
        sha256: sha,
        bytes: file.bytes,
        createdAt: nowIso(),
      };
      await db.files.add(stored);
      await db.completions.put({ ...c, evidenceFileId: stored.id });
      await this.dropOrphanFiles([c.evidenceFileId]);
      return stored;
    });
  }

  async evidence(fileId: FileId): Promise<StoredFile | undefined> {
    return this.db.files.get(fileId);
  }

  /** Deletes evidence files no completion refers to any more (call inside a transaction over completions and files). */
  private async dropOrphanFiles(fileIds: (FileId | null)[]): Promise<StoredFile[]> {
    const dropped: StoredFile[] = [];
    for (const id of new Set(fileIds)) {
      if (id === null) continue;
      const users = await this.db.completions.filter((c) => c.evidenceFileId === id).count();
      if (users > 0) continue;
      const file = await this.db.files.get(id);
      if (file) {
        await this.db.files.delete(id);
        dropped.push(file);
      }
    }
    return dropped;
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
