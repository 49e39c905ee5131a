// Automatic backups live in the app's own backups folder (userData/backups on the desktop, the Origin
// Private File System in a browser) under names that say when and why they were made. Main and the browser
// implementation both accept only such names, so nothing can be written or read outside that folder.

export type AutoBackupReason = 'daily' | 'quit' | 'manual' | 'safety';

export interface AutoBackupInfo {
  name: string;
  size: number;
  /** When it was made (UTC, to the second), read from its name. */
  createdAt: string;
  reason: AutoBackupReason;
}

/** oversight-2026-11-21T17-05-09Z-daily.oversight */
export const AUTO_BACKUP_NAME =
  /^oversight-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z-(daily|quit|manual|safety)\.oversight$/;

export function autoBackupName(at: Date, reason: AutoBackupReason): string {
  const iso = at.toISOString().slice(0, 19).replace(/:/g, '-');
  return `oversight-${iso}Z-${reason}.oversight`;
}

export function parseAutoBackupName(name: string): { createdAt: string; reason: AutoBackupReason } | null {
  const m = AUTO_BACKUP_NAME.exec(name);
  if (!m) return null;
  const createdAt = `${m[1]}T${m[2]}:${m[3]}:${m[4]}.000Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { createdAt, reason: m[5] as AutoBackupReason };
}

export function isAutoBackupName(name: string): boolean {
  return parseAutoBackupName(name) !== null;
}

/** Newest first. */
export function sortBackups<T extends { createdAt: string; name: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) =>
    a.createdAt === b.createdAt ? b.name.localeCompare(a.name) : a.createdAt < b.createdAt ? 1 : -1,
  );
}

/** The names to delete so that only the newest `keep` remain. */
export function backupsToPrune(names: readonly string[], keep: number): string[] {
  const parsed = names.flatMap((name) => {
    const p = parseAutoBackupName(name);
    return p ? [{ name, createdAt: p.createdAt }] : [];
  });
  return sortBackups(parsed)
    .slice(Math.max(1, keep))
    .map((b) => b.name);
}

/** Whether today's daily backup is still to be made: none of any kind made on `today` (local date). */
export function dailyBackupDue(
  list: readonly Pick<AutoBackupInfo, 'createdAt'>[],
  today: string,
  localDateOf: (iso: string) => string,
): boolean {
  return !list.some((b) => localDateOf(b.createdAt) === today);
}

export const MAX_BACKUPS_KEPT = 100;
export const MAX_AUTO_BACKUP_BYTES = 1024 * 1024 * 1024;
