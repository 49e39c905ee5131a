// The IPC handlers. Every side effect (dialogs, disk, shell, notifications) arrives as a parameter, so
// Node tests drive these with fakes.
import { basename, extname, join } from 'node:path';
import type { AppInfo, FileFilter, PickedFile } from '../ipc/contract';
import type { Handlers } from './ipc-bridge';
import { openExternalSafely } from './guards';
import { createBackupHandlers, type BackupDeps } from './backups';

export interface FsLike {
  stat(path: string): Promise<{ size: number; mtimeMs: number; isDirectory(): boolean; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  readdir(path: string): Promise<string[]>;
  mkdtemp(prefix: string): Promise<string>;
}

export interface ShellDeps {
  appInfo: Omit<AppInfo, 'shell'>;
  fs: FsLike;
  showOpenDialog(options: {
    title: string;
    defaultPath?: string;
    filters: FileFilter[];
    properties: ('openFile' | 'openDirectory' | 'multiSelections')[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<{ canceled: boolean; filePath?: string }>;
  openPath(path: string): Promise<string>;
  openExternal(url: string): Promise<void>;
  showNotification(title: string, body: string): void;
  lastFolder: { get(): string | undefined; set(folder: string): void };
  tempDir: string;
  /** macOS can offer files and folders in one dialog; Windows and Linux cannot. */
  platform: string;
  /** The automatic-backups folder and the file operations main may do in it. */
  backups: BackupDeps;
  /** The renderer has made its on-quit backup (see quit-guard.ts). */
  quitReady(): void;
}

/** Stops a folder import from walking a whole disk by mistake. */
export const MAX_FILES_PER_PICK = 5000;

/** Only document and image types are handed to the system's default app; never executables or scripts. */
export const OPENABLE_EXTENSIONS = new Set(['.docx', '.doc', '.odt', '.rtf', '.pdf', '.txt', '.md', '.csv', '.xlsx', '.png', '.jpg', '.jpeg', '.gif', '.webp']);

function matchesFilters(path: string, filters: FileFilter[]): boolean {
  if (filters.length === 0) return true;
  const ext = extname(path).slice(1).toLowerCase();
  return filters.some((f) => f.extensions.some((e) => e === '*' || e.toLowerCase() === ext));
}

async function collectFiles(fs: FsLike, path: string, filters: FileFilter[], out: string[]): Promise<void> {
  if (out.length >= MAX_FILES_PER_PICK) return;
  const info = await fs.stat(path);
  if (info.isDirectory()) {
    const entries = (await fs.readdir(path)).filter((e) => !e.startsWith('.')).sort();
    for (const entry of entries) await collectFiles(fs, join(path, entry), filters, out);
  } else if (info.isFile() && matchesFilters(path, filters)) {
    out.push(path);
  }
}

export function createHandlers(deps: ShellDeps): Handlers {
  return {
    'app:info': async () => ({ ...deps.appInfo, shell: 'electron' }),

    'files:open': async (request) => {
      const properties: ('openFile' | 'openDirectory' | 'multiSelections')[] = ['openFile'];
      if (request.multiple) properties.push('multiSelections');
      // Linux and Windows dialogs pick files or folders, not both: folders are offered by dropping them.
      if (request.folders && deps.platform === 'darwin') properties.push('openDirectory');
      const choice = await deps.showOpenDialog({
        title: request.title,
        defaultPath: deps.lastFolder.get(),
        filters: request.filters,
        properties,
      });
      if (choice.canceled || choice.filePaths.length === 0) return [];
      const paths: string[] = [];
      for (const p of choice.filePaths) await collectFiles(deps.fs, p, request.filters, paths);
      const first = choice.filePaths[0];
      if (first) deps.lastFolder.set((await deps.fs.stat(first)).isDirectory() ? first : join(first, '..'));
      const files: PickedFile[] = [];
      for (const path of paths) {
        const name = basename(path);
        const info = await deps.fs.stat(path);
        if (info.size > request.maxBytes) {
          files.push({ name, path, size: info.size, error: `is larger than the ${formatMb(request.maxBytes)} limit` });
          continue;
        }
        try {
          files.push({ name, path, size: info.size, bytes: await deps.fs.readFile(path), lastModified: info.mtimeMs });
        } catch (error) {
          files.push({ name, path, size: info.size, error: `could not be read: ${(error as Error).message}` });
        }
      }
      return files;
    },

    'files:save': async (request) => {
      const folder = deps.lastFolder.get();
      const choice = await deps.showSaveDialog({
        title: 'Save',
        defaultPath: folder ? join(folder, request.suggestedName) : request.suggestedName,
        filters: request.filters,
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      await deps.fs.writeFile(choice.filePath, request.bytes);
      deps.lastFolder.set(join(choice.filePath, '..'));
      return { saved: true, path: choice.filePath };
    },

    'files:open-with-system': async (request) => {
      const ext = extname(request.name).toLowerCase();
      if (!OPENABLE_EXTENSIONS.has(ext)) {
        throw new Error(`"${request.name}" is not a document or image type the app will hand to another program`);
      }
      const dir = await deps.fs.mkdtemp(join(deps.tempDir, 'oversight-open-'));
      const path = join(dir, basename(request.name));
      await deps.fs.writeFile(path, request.bytes);
      const failure = await deps.openPath(path);
      if (failure) throw new Error(`Could not open "${request.name}": ${failure}`);
    },

    'shell:open-external': async (url) => openExternalSafely(url, deps.openExternal),

    'app:notify': async ({ title, body }) => deps.showNotification(title, body),

    ...createBackupHandlers(deps.backups),

    'app:quit-ready': async () => deps.quitReady(),
  };
}

function formatMb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
