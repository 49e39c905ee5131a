// Restores a backup file into the store: the whole file is checked before anything is written, and the
// write is one transaction, so a bad file or a closed window leaves the earlier data as it was.
import type { OversightDb } from '../../../data/db';
import { platform } from '../../platform';

export const BACKUP_FILTERS = [{ name: 'Oversight backup', extensions: ['oversight', 'zip'] }];
const MAX_BACKUP_BYTES = 2 * 1024 * 1024 * 1024 - 1;

export async function pickBackupFile(): Promise<{ name: string; bytes: Uint8Array } | null> {
  const [file] = await platform.openFiles({ title: 'Restore from a backup', filters: BACKUP_FILTERS, multiple: false, folders: false, maxBytes: MAX_BACKUP_BYTES });
  if (!file) return null;
  if ('error' in file) throw new Error(`"${file.name}" ${file.error}`);
  return { name: file.name, bytes: file.bytes };
}

export async function restoreBackup(db: OversightDb, file: { name: string; bytes: Uint8Array }, onProgress: (message: string) => void): Promise<void> {
  const [{ decodeBackup }, { restoreSnapshot }] = await Promise.all([import('../../../data/backup/format'), import('../../../data/backup/snapshot')]);
  onProgress(`Checking ${file.name}…`);
  let decoded;
  try {
    decoded = await decodeBackup(file.bytes);
  } catch (error) {
    throw new Error(`"${file.name}" cannot be restored: ${(error as Error).message}`);
  }
  await restoreSnapshot(db, decoded.snapshot, (done, total) => onProgress(`Restoring ${file.name}: ${Math.round((done / Math.max(total, 1)) * 100)}%`));
}
