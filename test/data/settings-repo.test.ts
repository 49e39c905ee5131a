import { describe, expect, it } from 'vitest';
import type { SettingId } from '../../src/core/ids';
import type { SettingDraft } from '../../src/core/settings';
import { OversightDb } from '../../src/data/db';
import { SettingsRepo } from '../../src/data/repos/settings-repo';
import { TrustRepo, ValidationError } from '../../src/data/repos/trust-repo';
import { freshDb } from '../support/db';

const draft = (name: string, over: Partial<SettingDraft> = {}): SettingDraft => ({ name, phase: 'primary', type: 'academy', localAuthority: 'Northmoor', urn: '', linkedSettingIds: [], ...over });

describe('the trust', () => {
  it('is created once and can be renamed', async () => {
    const repo = new TrustRepo(freshDb());
    expect(await repo.get()).toBeUndefined();
    await repo.create({ name: '  Kestrel   Vale Learning Trust ', kind: 'trust' });
    await expect(repo.create({ name: 'Another', kind: 'trust' })).rejects.toThrow('A trust already exists');
    await repo.update({ name: 'Kestrel Vale Trust', kind: 'trust' });
    expect(await repo.get()).toMatchObject({ name: 'Kestrel Vale Trust', kind: 'trust' });
  });

  it('refuses an empty name with a message to act on', async () => {
    await expect(new TrustRepo(freshDb()).create({ name: '', kind: 'trust' })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('settings', () => {
  it('adds, edits, archives and restores', async () => {
    const repo = new SettingsRepo(freshDb());
    const s = await repo.create(draft(' Oakridge  Primary School ', { urn: '148205' }));
    expect(s).toMatchObject({ name: 'Oakridge Primary School', urn: '148205', archived: false });
    await repo.update(s.id, draft('Oakridge Primary Academy', { urn: '148205' }));
    await repo.setArchived(s.id, true);
    expect(await repo.get(s.id)).toMatchObject({ name: 'Oakridge Primary Academy', archived: true });
    await repo.setArchived(s.id, false);
    expect((await repo.get(s.id))?.archived).toBe(false);
  });

  it('refuses duplicates, including of an archived setting, and writes nothing', async () => {
    const repo = new SettingsRepo(freshDb());
    const s = await repo.create(draft('Harbour View Primary School'));
    await repo.setArchived(s.id, true);
    await expect(repo.create(draft('harbour view primary school'))).rejects.toThrow('already exists');
    expect(await repo.list()).toHaveLength(1);
  });

  it('links settings both ways and unlinks both ways', async () => {
    const repo = new SettingsRepo(freshDb());
    const school = await repo.create(draft('Oakridge Primary School'));
    const nursery = await repo.create(draft('Oakridge Acorns Pre-school', { phase: 'preschool', type: 'early_years', linkedSettingIds: [school.id] }));
    expect((await repo.get(school.id))?.linkedSettingIds).toEqual([nursery.id]);
    await repo.update(nursery.id, draft('Oakridge Acorns Pre-school', { phase: 'preschool', type: 'early_years' }));
    expect((await repo.get(school.id))?.linkedSettingIds).toEqual([]);
  });

  it('finds a setting by name however it is written', async () => {
    const repo = new SettingsRepo(freshDb());
    await repo.create(draft("St. Mary's CE Infant School", { phase: 'infant' }));
    expect((await repo.findByName('St Marys CE Infant School'))?.name).toBe("St. Mary's CE Infant School");
  });

  it('survives closing and reopening the store', async () => {
    const db = freshDb();
    const repo = new SettingsRepo(db);
    await repo.create(draft('Brookfield Infant School', { phase: 'infant' }));
    db.close();
    const reopened = new OversightDb(db.name);
    expect((await new SettingsRepo(reopened).list()).map((s) => s.name)).toEqual(['Brookfield Infant School']);
  });

  it('reports a setting that no longer exists', async () => {
    await expect(new SettingsRepo(freshDb()).setArchived('missing' as SettingId, true)).rejects.toThrow('no longer exists');
  });
});
