// The offline store at LA scale, in Node (fake IndexedDB): decoding the backup and restoring it.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { decodeBackup } from '../../../src/data/backup/format';
import { restoreSnapshot } from '../../../src/data/backup/snapshot';
import { OversightDb } from '../../../src/data/db';
import { SettingsRepo } from '../../../src/data/repos/settings-repo';
import { LA_BACKUP, median, record, timeRuns } from '../harness';

export async function run(): Promise<void> {
  const bytes = new Uint8Array(readFileSync(LA_BACKUP));
  const decodeMs = await timeRuns(() => decodeBackup(bytes), 3, 1);
  record({ name: 'LA backup: decode and verify (10 MB, 300,000 completions)', value: median(decodeMs), unit: 'ms', notes: 'median of 3' });
  const db = new OversightDb('bench-store');
  await restoreSnapshot(db, (await decodeBackup(bytes)).snapshot);
  const listMs = await timeRuns(() => new SettingsRepo(db).list(), 10);
  record({ name: 'Settings repository: list 600 settings', value: median(listMs), unit: 'ms', target: { below: 50 }, notes: 'fake-indexeddb; median of 10' });
  db.close();
}
