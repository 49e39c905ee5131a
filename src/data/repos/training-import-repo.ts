// Writing a checked import (staff or completions) and undoing it. The preview (core/training/csv)
// decides what each row does; here it is written in one transaction together with an import batch
// that lists every record added and keeps every record changed as it was, so the whole import can be
// undone in one transaction too.
import type { CompletionId, ImportBatchId, MembershipId, PersonId } from '../../core/ids';
import type { Completion, Person, StaffMembership } from '../../core/model';
import type { StaffImportPreview } from '../../core/training/csv/staff-import';
import type { CompletionImportPreview } from '../../core/training/csv/completions-import';
import { newId, nowIso, type OversightDb } from '../db';
import type { ImportBatchRecord } from '../records';
import { dropOrphanFiles } from './completions-repo';

export type ImportProgress = (done: number, total: number) => void;

const CHUNK = 2000;

export interface ImportOutcome {
  batchId: ImportBatchId;
  added: number;
  updated: number;
}

export class TrainingImportRepo {
  constructor(private readonly db: OversightDb) {}

  async commitStaff(
    preview: StaffImportPreview,
    label: string,
    onProgress?: ImportProgress,
  ): Promise<ImportOutcome> {
    const db = this.db;
    const now = nowIso();
    const people: Person[] = [];
    const memberships: StaffMembership[] = [];
    const newPeople = new Map<string, Person>();
    const updates = preview.rows.filter((r) => r.action === 'update');
    for (const r of preview.rows) {
      if (r.action === 'new') {
        let person = r.newPersonKey ? newPeople.get(r.newPersonKey) : undefined;
        if (!person) {
          person = {
            id: newId<PersonId>(),
            name: r.name,
            forename: r.forename,
            surname: r.surname,
            email: r.email,
            createdAt: now,
            updatedAt: now,
          };
          people.push(person);
          if (r.newPersonKey) newPeople.set(r.newPersonKey, person);
        }
        memberships.push(membershipOf(r, person.id, now));
      } else if (r.action === 'new_post') {
        memberships.push(membershipOf(r, r.personId!, now));
      }
    }
    const total = people.length + memberships.length + updates.length;
    let done = 0;
    const batch: ImportBatchRecord = {
      id: newId<ImportBatchId>(),
      kind: 'staff',
      label,
      createdAt: now,
      records: [
        ...people.map((p) => ({ table: 'people', id: p.id })),
        ...memberships.map((m) => ({ table: 'memberships', id: m.id })),
      ],
      replaced: [],
      undoneAt: null,
    };
    await db.transaction('rw', [db.people, db.memberships, db.importBatches, db.settings], async () => {
      const settingIds = new Set(memberships.map((m) => m.settingId));
      const settings = await db.settings.bulkGet([...settingIds]);
      if (settings.some((s) => s === undefined))
        throw new Error('A setting in this import no longer exists: check the file again');
      // In chunks, one after another (queuing them all at once measured slower, in Chromium and in
      // fake-indexeddb alike), reporting progress as each lands.
      for (const [table, items] of [
        [db.people, people],
        [db.memberships, memberships],
      ] as const) {
        for (let i = 0; i < items.length; i += CHUNK) {
          const chunk = items.slice(i, i + CHUNK);
          await (table as { bulkAdd(items: unknown[]): Promise<unknown> }).bulkAdd(chunk);
          done += chunk.length;
          onProgress?.(done, total);
        }
      }
      for (const r of updates) {
        const m = await db.memberships.get(r.membershipId!);
        const p = await db.people.get(r.personId!);
        if (!m || !p)
          throw new Error(
            `Line ${r.line}: ${r.name}’s record changed since the preview: check the file again`,
          );
        batch.replaced!.push(
          { table: 'memberships', record: { ...m } },
          { table: 'people', record: { ...p } },
        );
        await db.memberships.put({
          ...m,
          jobTitle: r.jobTitle || m.jobTitle,
          flags: preview.rolesFromFile ? r.flags : m.flags,
          start: r.start ?? m.start,
          end: r.end ?? m.end,
          updatedAt: now,
        });
        const renamed = r.changes.some((c) => c.startsWith('name becomes'));
        await db.people.put({
          ...p,
          email: r.email || p.email,
          ...(renamed ? { name: r.name, forename: r.forename, surname: r.surname } : {}),
          updatedAt: now,
        });
        done += 1;
        if (done % CHUNK === 0) onProgress?.(done, total);
      }
      await db.importBatches.add(batch);
    });
    onProgress?.(total, total);
    return { batchId: batch.id, added: memberships.length, updated: updates.length };
  }

  async commitCompletions(
    preview: CompletionImportPreview,
    label: string,
    onProgress?: ImportProgress,
  ): Promise<ImportOutcome> {
    const db = this.db;
    const now = nowIso();
    const completions: Completion[] = preview.rows
      .filter((r) => r.action === 'add')
      .map((r) => ({
        id: newId<CompletionId>(),
        personId: r.personId!,
        courseId: r.courseId!,
        completedOn: r.completedOn!,
        provider: r.provider,
        evidenceFileId: null,
        createdAt: now,
      }));
    const batch: ImportBatchRecord = {
      id: newId<ImportBatchId>(),
      kind: 'completions',
      label,
      createdAt: now,
      records: completions.map((c) => ({ table: 'completions', id: c.id })),
      undoneAt: null,
    };
    await db.transaction('rw', [db.completions, db.people, db.courses, db.importBatches], async () => {
      const people = await db.people.bulkGet([...new Set(completions.map((c) => c.personId))]);
      const courses = await db.courses.bulkGet([...new Set(completions.map((c) => c.courseId))]);
      if (people.some((p) => !p) || courses.some((c) => !c))
        throw new Error('A person or course in this import no longer exists: check the file again');
      for (let i = 0; i < completions.length; i += CHUNK) {
        await db.completions.bulkAdd(completions.slice(i, i + CHUNK));
        onProgress?.(Math.min(i + CHUNK, completions.length), completions.length);
      }
      await db.importBatches.add(batch);
    });
    return { batchId: batch.id, added: completions.length, updated: 0 };
  }

  async listImports(
    kinds: ImportBatchRecord['kind'][] = ['staff', 'completions'],
  ): Promise<ImportBatchRecord[]> {
    return (await this.db.importBatches.where('kind').anyOf(kinds).toArray()).sort((a, b) =>
      b.createdAt.localeCompare(a.createdAt),
    );
  }

  /**
   * Undoes a whole import in one transaction: removes what it added and puts back what it changed.
   * Refused, with the reason, when later work depends on it (training recorded for a person it added,
   * or a record it changed edited since), so undo never loses anything entered afterwards.
   */
  async undo(batchId: ImportBatchId): Promise<void> {
    const db = this.db;
    await db.transaction(
      'rw',
      [db.importBatches, db.people, db.memberships, db.completions, db.roleAssignments, db.files],
      async () => {
        const batch = await db.importBatches.get(batchId);
        if (!batch) throw new Error('That import is no longer in the store');
        if (batch.undoneAt) throw new Error('That import has already been undone');
        const ids = (table: string) => batch.records.filter((r) => r.table === table).map((r) => r.id);
        const peopleIds = ids('people') as PersonId[];
        const membershipIds = new Set(ids('memberships'));
        const completionIds = ids('completions') as CompletionId[];
        if (peopleIds.length > 0) {
          const trained = await db.completions.where('personId').anyOf(peopleIds).count();
          if (trained > 0)
            throw new Error(
              `This import cannot be undone: ${trained} training record${trained === 1 ? ' has' : 's have'} since been recorded for people it added. Remove them first.`,
            );
          const roles = await db.roleAssignments.where('personId').anyOf(peopleIds).count();
          if (roles > 0)
            throw new Error(
              'This import cannot be undone: people it added have since been named in the leads register.',
            );
          const otherPosts = await db.memberships
            .where('personId')
            .anyOf(peopleIds)
            .filter((m) => !membershipIds.has(m.id))
            .count();
          if (otherPosts > 0)
            throw new Error(
              'This import cannot be undone: people it added have since been given posts in other settings.',
            );
        }
        // Records the import changed go back as they were, unless they have been edited since (then
        // undo is refused) or removed since (then they stay removed: undo never brings back a person
        // whose data was erased).
        const restorable: NonNullable<ImportBatchRecord['replaced']> = [];
        for (const r of batch.replaced ?? []) {
          const current = (await db.table(r.table).get(r.record.id as string)) as
            { updatedAt?: string; name?: string } | undefined;
          if (!current) continue;
          if (current.updatedAt !== batch.createdAt) {
            const who =
              r.table === 'people'
                ? current.name
                : ((await db.people.get(String((r.record as { personId?: string }).personId)))?.name ??
                  'a staff record');
            throw new Error(
              `This import cannot be undone: ${who} has been edited since. Edit the record by hand instead.`,
            );
          }
          restorable.push(r);
        }
        const evidence = (await db.completions.bulkGet(completionIds)).map((c) => c?.evidenceFileId ?? null);
        await db.completions.bulkDelete(completionIds);
        await dropOrphanFiles(db, evidence);
        await db.memberships.bulkDelete([...membershipIds] as MembershipId[]);
        await db.people.bulkDelete(peopleIds);
        // Newest first: a person changed by two rows is put back to the state before the first.
        for (const r of [...restorable].reverse()) await db.table(r.table).put(r.record);
        await db.importBatches.put({ ...batch, undoneAt: nowIso() });
      },
    );
  }
}

function membershipOf(
  r: StaffImportPreview['rows'][number],
  personId: PersonId,
  now: string,
): StaffMembership {
  return {
    id: newId<MembershipId>(),
    personId,
    settingId: r.settingId!,
    jobTitle: r.jobTitle,
    flags: r.flags,
    start: r.start,
    end: r.end,
    createdAt: now,
    updatedAt: now,
  };
}
