import type { Migration } from './types';

/**
 * Moving data between laptops (visit packs) needs to tell a record changed on one laptop from one changed
 * on both. Each record's sync state lists the versions (content hashes) this laptop has held when it
 * exchanged the record, and marks records removed here, so an old copy from another laptop cannot bring
 * back a person whose data was removed. Kept in its own table so no feature's records change shape.
 */
export const syncState: Migration = {
  version: 7,
  name: 'sync-state',
  why: 'Keep, per record, the versions exchanged with other laptops and removals, so merging a visit pack can find true conflicts.',
  stores: { syncState: 'key, table' },
  // A new, empty table: nothing to rewrite in the store, and older backups simply have no sync state.
  upgradeSnapshot: (tables) => {
    tables.syncState ??= [];
  },
};
