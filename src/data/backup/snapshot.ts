// Whole-store snapshots: read everything in one transaction; restore all or nothing.
import { TABLE_NAMES, type OversightDb } from '../db';
import { LATEST_VERSION, MIGRATIONS } from '../migrations';
import type { Snapshot, SnapshotTables } from './format';

export async function exportSnapshot(db: OversightDb): Promise<Snapshot> {
  const tables = {} as SnapshotTables;
  await db.transaction(
    'r',
    TABLE_NAMES.map((n) => db.table(n)),
    async () => {
      for (const name of TABLE_NAMES)
        tables[name] = (await db.table(name).toArray()) as Record<string, unknown>[];
    },
  );
  return { schemaVersion: LATEST_VERSION, tables };
}

/** Brings a snapshot made at an older schema version up to the current one. */
export function upgradeSnapshot(snapshot: Snapshot): Snapshot {
  if (snapshot.schemaVersion > LATEST_VERSION)
    throw new Error(`Snapshot schema ${snapshot.schemaVersion} is newer than this app (${LATEST_VERSION})`);
  const tables = Object.fromEntries(
    Object.entries(snapshot.tables).map(([k, v]) => [k, v.map((r) => ({ ...r }))]),
  ) as SnapshotTables;
  for (const m of MIGRATIONS) if (m.version > snapshot.schemaVersion) m.upgradeSnapshot?.(tables);
  return { schemaVersion: LATEST_VERSION, tables };
}

/**
 * Replaces the whole store with the snapshot in one transaction: if anything fails (or the page is
 * closed mid-way), IndexedDB rolls back and the earlier data is intact. Tables a backup does not carry
 * (caches such as the search texts, refilled when missing) are emptied too, so nothing of the replaced
 * data lingers.
 */
export async function restoreSnapshot(
  db: OversightDb,
  snapshot: Snapshot,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const upgraded = upgradeSnapshot(snapshot);
  const total = TABLE_NAMES.reduce((n, t) => n + (upgraded.tables[t]?.length ?? 0), 0);
  let done = 0;
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
    for (const name of TABLE_NAMES) {
      const records = upgraded.tables[name] ?? [];
      const chunk = 5000;
      for (let i = 0; i < records.length; i += chunk) {
        await db.table(name).bulkAdd(records.slice(i, i + chunk));
        done += Math.min(chunk, records.length - i);
        onProgress?.(done, total);
      }
    }
  });
}
