// Restoring a whole backup into the store: the whole file is decoded and checked (and decrypted) before
// anything is written, and the write is one transaction, so a bad file, a wrong passphrase or a closed
// window leaves the earlier data as it was. A visit pack is merged, never restored over the store.
import type { OversightDb } from '../db';
import { BackupError } from './errors';
import { decodeBackup, type DecodedBackup } from './format';
import { restoreSnapshot } from './snapshot';

export interface RestoreOptions {
  passphrase?: string;
  onProgress?: (done: number, total: number) => void;
}

export async function restoreBackupBytes(
  db: OversightDb,
  bytes: Uint8Array,
  options: RestoreOptions = {},
): Promise<DecodedBackup> {
  const decoded = await decodeBackup(bytes, { passphrase: options.passphrase });
  if (decoded.manifest.kind === 'pack') {
    throw new BackupError(
      'This is a visit pack, not a backup: import it from the Backups page (Import a pack) to merge it with your data',
    );
  }
  await restoreSnapshot(db, decoded.snapshot, options.onProgress);
  return decoded;
}
