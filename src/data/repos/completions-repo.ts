// Completions in the store: recording one or a whole session, removing a mistaken entry (undoably),
// the list, and certificates (stored byte for byte in the files table).
import type { CompletionId, CourseId, FileId, PersonId, SettingId } from '../../core/ids';
import type { Completion, Person, StoredFile } from '../../core/model';
import type { IsoDate } from '../../core/dates';
import { hasErrors } from '../../core/settings';
import { validateSessionDraft, type SessionDraft } from '../../core/training/sessions';
import { sha256Hex } from '../backup/format';
import { newId, nowIso, type OversightDb } from '../db';
import { ValidationError } from './trust-repo';

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

export class CompletionsRepo {
  constructor(private readonly db: OversightDb) {}

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
      const files = await dropOrphanFiles(
        this.db,
        completions.map((c) => c.evidenceFileId),
      );
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
      await dropOrphanFiles(this.db, [c.evidenceFileId]);
      return stored;
    });
  }

  async evidence(fileId: FileId): Promise<StoredFile | undefined> {
    return this.db.files.get(fileId);
  }
}

/** Deletes evidence files no completion refers to any more (call inside a transaction over completions and files). */
export async function dropOrphanFiles(db: OversightDb, fileIds: (FileId | null)[]): Promise<StoredFile[]> {
  const dropped: StoredFile[] = [];
  for (const id of new Set(fileIds)) {
    if (id === null) continue;
    const users = await db.completions.where('evidenceFileId').equals(id).count();
    if (users > 0) continue;
    const file = await db.files.get(id);
    if (file) {
      await db.files.delete(id);
      dropped.push(file);
    }
  }
  return dropped;
}
