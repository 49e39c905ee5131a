import type { Migration } from './types';
import { nameKey } from '../../core/names';

/**
 * Duplicate-name checks and the importer's setting match compare names folded for case, accents and
 * punctuation ("St. Mary's" = "St Marys"). Scanning 600 settings for each keystroke is wasteful, so the
 * folded key is stored and indexed; existing settings get theirs computed here.
 */
export const settingsNameKey: Migration = {
  version: 2,
  name: 'settings-name-key',
  why: 'Index settings by their folded name for fast duplicate checks and import matching.',
  stores: { settings: 'id, name, nameKey, phase, archived' },
  upgrade: async (tx) => {
    await tx
      .table('settings')
      .toCollection()
      .modify((record: { name: string; nameKey?: string }) => {
        record.nameKey = nameKey(record.name);
      });
  },
  upgradeSnapshot: (tables) => {
    for (const record of tables.settings ?? []) record.nameKey = nameKey(String(record.name ?? ''));
  },
};
