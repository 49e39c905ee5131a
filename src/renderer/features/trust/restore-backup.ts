// Restores a backup file into the store: the whole file is checked (and decrypted) in the backup worker
// before anything is written, and the write is one transaction, so a bad file, a wrong passphrase or a
// closed window leaves the earlier data as it was. A visit pack is merged instead of restored.
import { platform } from '../../platform';
import type { Progress } from '../backups/backup-client';
import type { OpenedFile } from '../backups/use-file-opener';

// "All files" too: a backup renamed on its way (a download, an email attachment) can still be chosen, and
// is then checked like any other.
export const BACKUP_FILTERS = [
  { name: 'Oversight backup or pack', extensions: ['oversight', 'zip'] },
  { name: 'All files', extensions: ['*'] },
];
const MAX_BACKUP_BYTES = 2 * 1024 * 1024 * 1024 - 1;

export async function pickBackupFile(
  title = 'Restore from a backup',
): Promise<{ name: string; bytes: Uint8Array } | null> {
  const [file] = await platform.openFiles({
    title,
    filters: BACKUP_FILTERS,
    multiple: false,
    folders: false,
    maxBytes: MAX_BACKUP_BYTES,
  });
  if (!file) return null;
  if ('error' in file) throw new Error(`"${file.name}" ${file.error}`);
  return { name: file.name, bytes: file.bytes };
}

export function progressText(name: string, p: Progress): string {
  return p.fraction === null
    ? `${name}: ${p.message}`
    : `${name}: ${p.message} ${Math.round(p.fraction * 100)}%`;
}

/** Writes an opened file into the store: a backup replaces everything, a pack is merged (conflicts need `choices`). */
export async function writeOpenedFile(
  opened: OpenedFile,
  onProgress: (message: string) => void,
): Promise<void> {
  const report = (p: Progress) => onProgress(progressText(opened.fileName, p));
  try {
    if (opened.summary.kind === 'pack') {
      const plan = await opened.job.run({ op: 'plan' }, report);
      if (plan.conflicts.length > 0)
        throw new Error(
          `"${opened.fileName}" has records that differ from yours: import it from the Backups page to choose which to keep`,
        );
      await opened.job.run({ op: 'merge', choices: {} }, report);
    } else {
      await opened.job.run({ op: 'restore' }, report);
    }
  } catch (error) {
    throw new Error(`"${opened.fileName}" cannot be restored: ${(error as Error).message}`);
  } finally {
    opened.job.dispose();
  }
}
