import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../../src/data/migrations';
import { upgradeFrom } from '../../support/db';

describe('migration 2: settings-name-key', () => {
  it('gives every existing setting its folded name, and indexes it', async () => {
    const db = await upgradeFrom(1, async (old) => {
      await old.table('settings').bulkAdd([
        { id: 's1', name: "St. Mary's CE Infant School", phase: 'infant', archived: 0, linkedSettingIds: [] },
        { id: 's2', name: 'Brookfield Junior School', phase: 'junior', archived: 1, linkedSettingIds: [] },
      ]);
    });
    expect(db.verno).toBe(LATEST_VERSION);
    expect((await db.settings.get('s1'))?.nameKey).toBe('st marys ce infant school');
    const found = await db.settings.where('nameKey').equals('brookfield junior school').toArray();
    expect(found.map((s) => s.id)).toEqual(['s2']);
    // Nothing else about the record changed.
    expect(await db.settings.get('s2')).toMatchObject({ name: 'Brookfield Junior School', archived: 1 });
    db.close();
  });
});
