import type { SettingId } from '../../core/ids';
import { nameKey } from '../../core/names';
import { hasErrors, normaliseDraft, validateSettingDraft, type Setting, type SettingDraft } from '../../core/settings';
import { newId, nowIso, type OversightDb } from '../db';
import type { SettingRecord } from '../records';
import { ValidationError } from './trust-repo';

export function toSetting(record: SettingRecord): Setting {
  const { nameKey: _key, archived, ...rest } = record;
  return { ...rest, archived: archived === 1 };
}

export function toSettingRecord(setting: Setting): SettingRecord {
  return { ...setting, archived: setting.archived ? 1 : 0, nameKey: nameKey(setting.name) };
}

export class SettingsRepo {
  constructor(private readonly db: OversightDb) {}

  async list(): Promise<Setting[]> {
    return (await this.db.settings.toArray()).map(toSetting);
  }

  async get(id: SettingId): Promise<Setting | undefined> {
    const record = await this.db.settings.get(id);
    return record && toSetting(record);
  }

  async findByName(name: string): Promise<Setting | undefined> {
    const record = await this.db.settings.where('nameKey').equals(nameKey(name)).first();
    return record && toSetting(record);
  }

  async create(draft: SettingDraft): Promise<Setting> {
    return this.db.transaction('rw', this.db.settings, async () => {
      const others = await this.db.settings.toArray();
      const errors = validateSettingDraft(draft, others);
      if (hasErrors(errors)) throw new ValidationError(errors);
      const now = nowIso();
      const setting: Setting = { ...normaliseDraft(draft), id: newId<SettingId>(), archived: false, createdAt: now, updatedAt: now };
      await this.db.settings.add(toSettingRecord(setting));
      await this.linkBack(setting.id, setting.linkedSettingIds, []);
      return setting;
    });
  }

  async update(id: SettingId, draft: SettingDraft): Promise<Setting> {
    return this.db.transaction('rw', this.db.settings, async () => {
      const current = await this.db.settings.get(id);
      if (!current) throw new Error('That setting no longer exists');
      const others = await this.db.settings.toArray();
      const errors = validateSettingDraft(draft, others, id);
      if (hasErrors(errors)) throw new ValidationError(errors);
      const next: Setting = { ...toSetting(current), ...normaliseDraft(draft), updatedAt: nowIso() };
      await this.db.settings.put(toSettingRecord(next));
      await this.linkBack(id, next.linkedSettingIds, current.linkedSettingIds);
      return next;
    });
  }

  async setArchived(id: SettingId, archived: boolean): Promise<void> {
    await this.db.transaction('rw', this.db.settings, async () => {
      const current = await this.db.settings.get(id);
      if (!current) throw new Error('That setting no longer exists');
      await this.db.settings.put({ ...current, archived: archived ? 1 : 0, updatedAt: nowIso() });
    });
  }

  /** Links are mutual: linking a school to its nursery links the nursery to the school. */
  private async linkBack(id: SettingId, linked: SettingId[], previouslyLinked: SettingId[]): Promise<void> {
    const now = nowIso();
    for (const otherId of new Set([...linked, ...previouslyLinked])) {
      const other = await this.db.settings.get(otherId);
      if (!other) continue;
      const has = other.linkedSettingIds.includes(id);
      const should = linked.includes(otherId);
      if (has === should) continue;
      const linkedSettingIds = should ? [...other.linkedSettingIds, id] : other.linkedSettingIds.filter((x) => x !== id);
      await this.db.settings.put({ ...other, linkedSettingIds, updatedAt: now });
    }
  }
}
