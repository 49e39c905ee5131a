import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS } from '../../../src/data/migrations';
import { upgradeSnapshot } from '../../../src/data/backup/snapshot';
import type { SnapshotTables } from '../../../src/data/backup/format';
import type { PolicyId, SettingId } from '../../../src/core/ids';
import { upgradeFrom } from '../../support/db';

const before = MIGRATIONS.filter((m) => m.version < 4).at(-1)!.version;

describe('migration 4: compare-models', () => {
  it('adds the model-policy and position-correction tables, and keeps every existing record', async () => {
    const db = await upgradeFrom(before, async (old) => {
      await old.table('policies').add({ id: 'p1', settingId: 's1', type: 'social_media', title: 'Social Media Policy', currentVersionId: null, createdAt: 'x', updatedAt: 'x' });
      await old.table('coverageOverrides').add({ id: 'o1', settingId: 's1', policyType: 'social_media', topicId: 'blocked_sites', covered: true, note: 'n', createdAt: 'x' });
    });
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.modelPolicies.count()).toBe(0);
    await db.modelPolicies.put({ policyType: 'social_media', source: 'policy', policyId: 'p1' as PolicyId, title: 'Social Media Policy', fileId: null, fileName: null, document: null, setAt: 'x' });
    expect((await db.modelPolicies.get('social_media'))?.policyId).toBe('p1');
    await db.positionCorrections.add({ id: 'c1', policyId: 'p1' as PolicyId, settingId: 's1' as SettingId, question: 'pupil_minimum_age', value: 13, note: '', correctedAt: 'x' });
    expect((await db.positionCorrections.where('policyId').equals('p1').toArray()).map((c) => c.id)).toEqual(['c1']);
    expect((await db.policies.get('p1'))?.title).toBe('Social Media Policy');
    expect((await db.coverageOverrides.get('o1'))?.note).toBe('n');
    db.close();
  });

  it('gives a backup made before it empty tables', () => {
    const tables = { policies: [{ id: 'p1' }] } as unknown as SnapshotTables;
    const upgraded = upgradeSnapshot({ schemaVersion: before, tables });
    expect(upgraded.tables.modelPolicies).toEqual([]);
    expect(upgraded.tables.positionCorrections).toEqual([]);
    expect(upgraded.tables.policies).toEqual([{ id: 'p1' }]);
  });
});
