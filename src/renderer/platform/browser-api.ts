// The platform API in a plain browser (`npm run web`): file pickers and downloads instead of native
// dialogs. Same contract as the desktop preload, so the app cannot tell the difference.
import type { AppInfo, FileFilter, OversightApi, PickedFile } from '../../ipc/contract';
import { backupsToPrune, isAutoBackupName, parseAutoBackupName, sortBackups, type AutoBackupInfo } from '../../ipc/backup-files';

declare const __APP_VERSION__: string;

function accept(filters: FileFilter[]): string {
  return filters.flatMap((f) => f.extensions.filter((e) => e !== '*').map((e) => `.${e}`)).join(',');
}

function pick(options: { accept: string; multiple: boolean; folders: boolean }): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = options.accept;
    input.multiple = options.multiple;
    if (options.folders) input.webkitdirectory = true;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []));
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

export async function readPicked(files: File[], maxBytes: number, filters: FileFilter[] = []): Promise<PickedFile[]> {
  const allowed = new Set(filters.flatMap((f) => f.extensions.map((e) => e.toLowerCase())));
  const out: PickedFile[] = [];
  for (const file of files) {
    const ext = file.name.includes('.') ? (file.name.split('.').pop()?.toLowerCase() ?? '') : '';
    const path = (file as File & { webkitRelativePath?: string }).webkitRelativePath || undefined;
    if (allowed.size > 0 && !allowed.has('*') && !allowed.has(ext)) {
      // Inside a chosen folder, other files are simply not ours; a file chosen by name gets an answer.
      if (!path) {
        const kinds = [...allowed].map((e) => `.${e}`).join(', ');
        out.push({ name: file.name, size: file.size, error: `is not a file this accepts (${kinds})` });
      }
      continue;
    }
    if (file.size > maxBytes) {
      out.push({ name: file.name, path, size: file.size, error: `is larger than the ${Math.round(maxBytes / (1024 * 1024))} MB limit` });
      continue;
    }
    try {
      out.push({ name: file.name, path, size: file.size, bytes: new Uint8Array(await file.arrayBuffer()), lastModified: file.lastModified });
    } catch (error) {
      out.push({ name: file.name, path, size: file.size, error: `could not be read: ${(error as Error).message}` });
    }
  }
  return out;
}

export function downloadBytes(name: string, bytes: Uint8Array, type = 'application/octet-stream'): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const VIEWABLE: Record<string, string> = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', txt: 'text/plain' };

// Automatic backups in a browser live in the Origin Private File System: the app's own data folder, private
// to this origin, never shown to other sites. Only automatic-backup names are accepted, as on the desktop.
async function backupsFolder(): Promise<FileSystemDirectoryHandle> {
  if (!navigator.storage?.getDirectory) throw new Error('This browser cannot keep automatic backups (it has no private file storage)');
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle('backups', { create: true });
}

function checkedName(name: string): string {
  if (!isAutoBackupName(name)) throw new Error(`Refused "${name}": not an automatic backup’s name`);
  return name;
}

async function listOpfsBackups(folder: FileSystemDirectoryHandle): Promise<AutoBackupInfo[]> {
  const out: AutoBackupInfo[] = [];
  // The async iterator is not in TypeScript's DOM library yet.
  for await (const handle of (folder as unknown as { values(): AsyncIterable<FileSystemHandle> }).values()) {
    const parsed = handle.kind === 'file' ? parseAutoBackupName(handle.name) : null;
    if (!parsed) continue;
    const file = await (handle as FileSystemFileHandle).getFile();
    out.push({ name: handle.name, size: file.size, ...parsed });
  }
  return sortBackups(out);
}

const quitListeners = new Set<() => Promise<void>>();
let quitHooked = false;
/** A tab cannot hold its closing: run the listeners when it is hidden (switched away from or closing). */
function hookQuit(): void {
  if (quitHooked) return;
  quitHooked = true;
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') for (const l of quitListeners) void l().catch((e: unknown) => console.warn('On-close backup failed', e));
  });
}

export const browserApi: OversightApi = {
  appInfo: async (): Promise<AppInfo> => ({ name: 'Oversight', version: __APP_VERSION__, shell: 'browser', platform: navigator.platform || 'web' }),
  openFiles: async (request) => {
    const files = await pick({ accept: accept(request.filters), multiple: request.multiple, folders: false });
    return readPicked(files, request.maxBytes, request.filters);
  },
  saveFile: async (request) => {
    downloadBytes(request.suggestedName, request.bytes);
    return { saved: true };
  },
  openWithSystem: async ({ name, bytes }) => {
    const ext = name.split('.').pop()?.toLowerCase() ?? '';
    const type = VIEWABLE[ext];
    if (!type) {
      downloadBytes(name, bytes);
      return;
    }
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
    window.open(url, '_blank', 'noopener');
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
  openExternal: async (url) => {
    if (!url.startsWith('https://')) throw new Error(`Refused to open "${url}": only https links are opened outside the app`);
    window.open(url, '_blank', 'noopener,noreferrer');
  },
  notify: async ({ title, body }) => {
    if (!('Notification' in window)) return;
    if (Notification.permission === 'default') await Notification.requestPermission();
    if (Notification.permission === 'granted') new Notification(title, { body });
  },
  onMenuCommand: () => () => undefined,
  listBackups: async () => listOpfsBackups(await backupsFolder()),
  writeBackup: async ({ name, bytes, keep }) => {
    const folder = await backupsFolder();
    // createWritable writes to a temporary file and swaps it in on close: no half-written backup.
    const writable = await (await folder.getFileHandle(checkedName(name), { create: true })).createWritable();
    await writable.write(bytes as Uint8Array<ArrayBuffer>);
    await writable.close();
    const all = await listOpfsBackups(folder);
    for (const old of backupsToPrune(all.map((b) => b.name), keep)) await folder.removeEntry(old);
    return listOpfsBackups(folder);
  },
  readBackup: async (name) => {
    const file = await (await (await backupsFolder()).getFileHandle(checkedName(name))).getFile();
    return new Uint8Array(await file.arrayBuffer());
  },
  onQuitRequested: (listener) => {
    hookQuit();
    quitListeners.add(listener);
    return () => {
      quitListeners.delete(listener);
    };
  },
};
