// The platform API in a plain browser (`npm run web`): file pickers and downloads instead of native
// dialogs. Same contract as the desktop preload, so the app cannot tell the difference.
import type { AppInfo, FileFilter, OversightApi, PickedFile } from '../../ipc/contract';

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
    const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
    if (allowed.size > 0 && !allowed.has('*') && !allowed.has(ext)) continue;
    const path = (file as File & { webkitRelativePath?: string }).webkitRelativePath || undefined;
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
};
