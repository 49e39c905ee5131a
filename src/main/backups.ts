// Automatic backups on the desktop: the renderer makes the file, main keeps it in userData/backups. Main
// writes, reads and deletes only names of the automatic-backup form inside that one folder (the validators
// refuse anything else before it gets here, and this module checks again), writing through a temporary
// file so a crash never leaves half a backup under a real name.
import { dirname, join, resolve } from 'node:path';
import { backupsToPrune, parseAutoBackupName, sortBackups, type AutoBackupInfo } from '../ipc/backup-files';
import type { Handlers } from './ipc-bridge';

export interface BackupFs {
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ size: number }>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export interface BackupDeps {
  fs: BackupFs;
  /** The app's backups folder (userData/backups). */
  dir: string;
}

const PARTIAL = '.partial';

/** The path of an automatic backup inside the folder; refuses any other name. */
export function backupPath(dir: string, name: string): string {
  if (!parseAutoBackupName(name)) throw new Error(`Refused "${name}": not an automatic backup’s name`);
  const path = join(dir, name);
  if (dirname(resolve(path)) !== resolve(dir))
    throw new Error(`Refused "${name}": outside the backups folder`);
  return path;
}

async function list(deps: BackupDeps): Promise<AutoBackupInfo[]> {
  let names: string[];
  try {
    names = await deps.fs.readdir(deps.dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const out: AutoBackupInfo[] = [];
  for (const name of names) {
    const parsed = parseAutoBackupName(name);
    if (!parsed) continue;
    out.push({ name, size: (await deps.fs.stat(backupPath(deps.dir, name))).size, ...parsed });
  }
  return sortBackups(out);
}

export function createBackupHandlers(
  deps: BackupDeps,
): Pick<Handlers, 'backups:list' | 'backups:write' | 'backups:read'> {
  return {
    'backups:list': () => list(deps),
    'backups:write': async ({ name, bytes, keep }) => {
      const path = backupPath(deps.dir, name);
      await deps.fs.mkdir(deps.dir);
      await deps.fs.writeFile(`${path}${PARTIAL}`, bytes);
      await deps.fs.rename(`${path}${PARTIAL}`, path);
      const names = await deps.fs.readdir(deps.dir);
      for (const old of backupsToPrune(names, keep)) await deps.fs.unlink(backupPath(deps.dir, old));
      // Leftovers of writes cut short by a crash.
      for (const n of names)
        if (
          n.endsWith(PARTIAL) &&
          n !== `${name}${PARTIAL}` &&
          parseAutoBackupName(n.slice(0, -PARTIAL.length))
        )
          await deps.fs.unlink(join(deps.dir, n));
      return list(deps);
    },
    'backups:read': async (name) => deps.fs.readFile(backupPath(deps.dir, name)),
  };
}
