import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS } from '../../../src/data/migrations';
import { upgradeSnapshot } from '../../../src/data/backup/snapshot';
import type { SnapshotTables } from '../../../src/data/backup/format';
import { upgradeFrom } from '../../support/db';

const before = MIGRATIONS.filter((m) => m.version < 7).at(-1)!.version;

describe('migration 7: sync-state', () => {
  it('adds an empty sync-state table, indexed by table, and keeps every existing record', async () => {
    const db = await upgradeFrom(before, async (old) => {
      await old.table('people').add({
        id: 'p1',
        name: 'Siân ap Rhys',
        forename: 'Siân',
        surname: 'ap Rhys',
        email: '',
        createdAt: 'x',
        updatedAt: 'x',
      });
    });
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.syncState.count()).toBe(0);
    await db.syncState.add({ key: 'people/p1', table: 'people', id: 'p1', seen: ['abc'], removedAt: null });
    expect((await db.syncState.where('table').equals('people').toArray()).map((r) => r.id)).toEqual(['p1']);
    expect((await db.people.get('p1'))?.name).toBe('Siân ap Rhys');
    db.close();
  });

  it('gives a backup made before it an empty sync state', () => {
    const tables = { people: [{ id: 'p1' }] } as unknown as SnapshotTables;
    const upgraded = upgradeSnapshot({ schemaVersion: before, tables });
    expect(upgraded.tables.syncState).toEqual([]);
    expect(upgraded.tables.people).toEqual([{ id: 'p1' }]);
  });
});
