import type { AppConfig } from '../../core/config';
import { nowIso, type OversightDb } from '../db';
import { appConfigSchema, restoreConfig } from '../defaults';

/** The trust's configuration, one record per section, defaults for anything not yet saved. */
export class ConfigRepo {
  constructor(private readonly db: OversightDb) {}

  async load(): Promise<AppConfig> {
    const records = await this.db.config.toArray();
    const stored = Object.fromEntries(records.map((r) => [r.key, r.value]));
    const { config, problems } = restoreConfig(stored);
    for (const p of problems) console.warn(p);
    return config;
  }

  async save<K extends keyof AppConfig>(key: K, value: AppConfig[K]): Promise<void> {
    const parsed = appConfigSchema.shape[key].safeParse(value);
    if (!parsed.success) throw new Error(`Cannot save "${key}": ${parsed.error.issues[0]?.message ?? 'invalid value'}`);
    await this.db.config.put({ key, value: parsed.data, updatedAt: nowIso() });
  }

  async reset(key: keyof AppConfig): Promise<void> {
    await this.db.config.delete(key);
  }
}
