import { describe, expect, it } from 'vitest';
import type { FileId, PersonId } from '../../src/core/ids';
import { exportSnapshot, restoreSnapshot } from '../../src/data/backup/snapshot';
import { planRemoval, removePerson } from '../../src/data/privacy/remove-person';
import { sampleSnapshot, textFiles } from '../../src/data/sample/materialise';
import { buildSampleTrust } from '../../src/data/sample/sample-trust';
import { freshDb } from '../support/db';

async function store() {
  const db = freshDb();
  await restoreSnapshot(
    db,
    await sampleSnapshot(buildSampleTrust('2026-11-21'), textFiles, '2026-11-21T09:00:00.000Z'),
  );
  return db;
}

const certificate = (id: string, name: string) => ({
  id: id as FileId,
  name,
  mediaType: 'application/pdf',
  size: 3,
  sha256: '0'.repeat(64),
  bytes: new Uint8Array([1, 2, 3]),
  createdAt: '2026-11-21T09:00:00.000Z',
});

describe('removing a person', () => {
  it('removes them, their roles, staff records, training and evidence files, and nothing else', async () => {
    const db = await store();
    const gareth = (await db.people.where('name').equals('Gareth Pryce').first())!;
    const colleague = (await db.people.where('name').equals('Aisha Rahman').first())!;
    const [mine, shared] = [
      certificate('file-own', 'Gareth DSL certificate.pdf'),
      certificate('file-shared', 'INSET day register.pdf'),
    ];
    await db.files.bulkAdd([mine, shared]);
    const own = await db.completions.where('personId').equals(gareth.id).toArray();
    await db.completions.update(own[0]!.id, { evidenceFileId: mine.id });
    await db.completions.update(own[1]!.id, { evidenceFileId: shared.id });
    const theirs = (await db.completions.where('personId').equals(colleague.id).first())!;
    await db.completions.update(theirs.id, { evidenceFileId: shared.id });
    await db.importBatches.add({
      id: 'batch-1' as never,
      kind: 'staff',
      label: 'Staff list',
      createdAt: 'x',
      records: [
        { table: 'people', id: gareth.id },
        { table: 'people', id: colleague.id },
      ],
      // Earlier states of records the import changed, kept for undo: Gareth's are his data too.
      replaced: [
        { table: 'people', record: { ...gareth, name: 'Gareth Price' } },
        { table: 'memberships', record: { id: 'old-post', personId: gareth.id, jobTitle: 'SENCo' } },
        { table: 'people', record: { ...colleague, name: 'Aisha Rahman-Old' } },
      ],
      undoneAt: null,
    });
    const before = await exportSnapshot(db);

    const plan = await planRemoval(db, gareth.id as PersonId);
    expect(plan).toEqual({
      name: 'Gareth Pryce',
      roles: 1,
      staffRecords: 2,
      completions: own.length,
      files: 1,
      other: 0,
    });
    expect(await db.people.get(gareth.id)).toBeDefined(); // planning writes nothing

    await removePerson(db, gareth.id as PersonId, '2026-11-22T10:00:00.000Z');
    expect(await db.people.get(gareth.id)).toBeUndefined();
    expect(await db.roleAssignments.where('personId').equals(gareth.id).count()).toBe(0);
    expect(await db.memberships.where('personId').equals(gareth.id).count()).toBe(0);
    expect(await db.completions.where('personId').equals(gareth.id).count()).toBe(0);
    expect(await db.files.get(mine.id)).toBeUndefined();
    expect(await db.files.get(shared.id)).toBeDefined();
    const batch = (await db.importBatches.get('batch-1'))!;
    expect(batch.records).toEqual([{ table: 'people', id: colleague.id }]);
    expect(batch.replaced?.map((r) => r.record.name)).toEqual(['Aisha Rahman-Old']);
    expect(JSON.stringify(batch)).not.toContain('Gareth');

    // Everything else is exactly as it was.
    const after = await exportSnapshot(db);
    const removedIds = new Set([
      gareth.id,
      mine.id,
      ...own.map((c) => c.id),
      ...before.tables.roleAssignments.filter((r) => r.personId === gareth.id).map((r) => r.id),
      ...before.tables.memberships.filter((r) => r.personId === gareth.id).map((r) => r.id),
    ]);
    for (const table of [
      'settings',
      'people',
      'roleAssignments',
      'memberships',
      'completions',
      'files',
      'visits',
      'policies',
    ] as const) {
      expect(after.tables[table]).toEqual(
        before.tables[table].filter((r) => !removedIds.has(r.id as string)),
      );
    }
    // Tombstones name no one: table, id, hashes and a date.
    const tombstones = await db.syncState.toArray();
    expect(tombstones).toHaveLength(removedIds.size);
    expect(JSON.stringify(tombstones)).not.toContain('Gareth');
    expect(tombstones.every((t) => t.removedAt === '2026-11-22T10:00:00.000Z' && t.seen.length === 1)).toBe(
      true,
    );
  });

  it('reports a person who is no longer there', async () => {
    const db = await store();
    await expect(removePerson(db, 'nobody' as PersonId)).rejects.toThrow(
      'That person is no longer in the store',
    );
  });
});
