import { describe, expect, it } from 'vitest';
import type { SettingId } from '../../../src/core/ids';
import { LATEST_VERSION } from '../../../src/data/migrations';
import { LeadsRepo } from '../../../src/data/repos/leads-repo';
import { upgradeSnapshot } from '../../../src/data/backup/snapshot';
import { upgradeFrom } from '../../support/db';

const person = (id: string, name: string) => ({ id, name, forename: name.split(' ')[0], surname: name.split(' ')[1], email: '', createdAt: 'x', updatedAt: 'x' });
const role = (id: string, personId: string) => ({ id, personId, settingId: 's1', role: 'dsl', from: '2024-09', to: null, sourceVersionId: null, createdAt: 'x', updatedAt: 'x' });

describe('migration 8: people-role-holder', () => {
  it('marks and indexes the people who hold a role, and nobody else', async () => {
    const db = await upgradeFrom(7, async (old) => {
      await old.table('people').bulkAdd([person('p1', 'Hannah Okafor'), person('p2', 'Amelia Smith'), person('p3', 'Daniel Achebe')]);
      await old.table('roleAssignments').bulkAdd([role('r1', 'p1'), role('r2', 'p3')]);
    });
    expect(db.verno).toBe(LATEST_VERSION);
    expect((await db.people.where('roleHolder').equals(1).primaryKeys()).sort()).toEqual(['p1', 'p3']);
    expect(await db.people.get('p2')).toEqual(person('p2', 'Amelia Smith'));
    db.close();
  });

  it('marks them in a backup made before the index existed', () => {
    const { tables } = upgradeSnapshot({
      schemaVersion: 7,
      tables: { people: [person('p1', 'Hannah Okafor'), person('p2', 'Amelia Smith')], roleAssignments: [role('r1', 'p1')] } as never,
    });
    expect(tables.people.map((p) => p.roleHolder)).toEqual([1, undefined]);
  });

  it('the register still finds a role holder whose mark is missing, and marks new holders', async () => {
    const db = await upgradeFrom(7, async (old) => {
      await old.table('settings').add({ id: 's1', name: 'Brookfield Infant School', nameKey: 'brookfield infant school', phase: 'infant', type: 'academy', localAuthority: '', urn: '', linkedSettingIds: [], archived: 0, createdAt: 'x', updatedAt: 'x' });
      await old.table('people').bulkAdd([person('p1', 'Hannah Okafor')]);
    });
    // A role merged in from another laptop, with no mark on its person.
    await db.roleAssignments.add(role('r1', 'p1') as never);
    const repo = new LeadsRepo(db);
    expect((await repo.loadInputs()).people.map((p) => p.name)).toEqual(['Hannah Okafor']);
    await repo.add({ settingId: 's1' as SettingId, role: 'deputy_dsl', person: { name: 'Joseph Evans' }, from: '2025-09-01', to: null });
    const joseph = (await db.people.where('name').equals('Joseph Evans').first())!;
    expect(joseph.roleHolder).toBe(1);
    const names = (await repo.loadInputs()).people.map((p) => p.name).sort();
    expect(names).toEqual(['Hannah Okafor', 'Joseph Evans']);
    expect((await repo.loadInputs()).people.every((p) => !('roleHolder' in p))).toBe(true);
    db.close();
  });
});
