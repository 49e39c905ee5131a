// The one IPC contract between main, preload and renderer: channel names and the types that cross them.
// Run-time validators live beside it in validators.ts (main checks every argument with them).
// The renderer also has a browser implementation of `OversightApi` (src/renderer/platform/browser-api.ts),
// so the same app runs under `npm run web`.

export const CHANNELS = {
  appInfo: 'app:info',
  openFiles: 'files:open',
  saveFile: 'files:save',
  openWithSystem: 'files:open-with-system',
  openExternal: 'shell:open-external',
  notify: 'app:notify',
  menuCommand: 'menu:command',
} as const;

export type InvokeChannel = Exclude<(typeof CHANNELS)[keyof typeof CHANNELS], typeof CHANNELS.menuCommand>;

export interface AppInfo {
  name: string;
  version: string;
  /** 'electron' in the desktop app, 'browser' under `npm run web`. */
  shell: 'electron' | 'browser';
  platform: string;
}

export interface FileFilter {
  name: string;
  /** Extensions without the dot: ['docx', 'pdf']. */
  extensions: string[];
}

export interface OpenFilesRequest {
  title: string;
  filters: FileFilter[];
  multiple: boolean;
  /** Let the user choose folders too; their files (matching the filters) are read recursively. */
  folders: boolean;
  /** Files larger than this are reported, not read. */
  maxBytes: number;
}

/** A file the user picked: its bytes, or why it could not be read. */
export type PickedFile =
  | { name: string; path?: string; size: number; bytes: Uint8Array; lastModified?: number }
  | { name: string; path?: string; size: number; error: string };

export interface SaveFileRequest {
  suggestedName: string;
  filters: FileFilter[];
  bytes: Uint8Array;
}

export type SaveFileResult = { saved: true; path?: string } | { saved: false };

export interface OpenWithSystemRequest {
  name: string;
  bytes: Uint8Array;
}

export interface NotifyRequest {
  title: string;
  body: string;
}

/** Commands from the native menu (and its keyboard accelerators) to the renderer. */
export const MENU_COMMANDS = ['import-policies', 'export-report', 'back-up', 'restore', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Argument and result of every invoke channel. */
export interface InvokeMap {
  'app:info': { args: []; result: AppInfo };
  'files:open': { args: [OpenFilesRequest]; result: PickedFile[] };
  'files:save': { args: [SaveFileRequest]; result: SaveFileResult };
  'files:open-with-system': { args: [OpenWithSystemRequest]; result: void };
  'shell:open-external': { args: [url: string]; result: void };
  'app:notify': { args: [NotifyRequest]; result: void };
}

/** What the preload exposes as `window.oversight`: purpose-named functions, never ipcRenderer. */
export interface OversightApi {
  appInfo(): Promise<AppInfo>;
  openFiles(request: OpenFilesRequest): Promise<PickedFile[]>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openWithSystem(request: OpenWithSystemRequest): Promise<void>;
  openExternal(url: string): Promise<void>;
  notify(request: NotifyRequest): Promise<void>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Name under which the preload exposes the API. */
export const API_GLOBAL = 'oversight';
