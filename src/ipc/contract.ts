// The one IPC contract between main, preload and renderer: channel names and the types that cross them.
// Run-time validators live beside it in validators.ts (main checks every argument with them).
// The renderer also has a browser implementation of `OversightApi` (src/renderer/platform/browser-api.ts),
// so the same app runs under `npm run web`.
import type { AutoBackupInfo } from './backup-files';

export type { AutoBackupInfo, AutoBackupReason } from './backup-files';

export const CHANNELS = {
  appInfo: 'app:info',
  openFiles: 'files:open',
  saveFile: 'files:save',
  openWithSystem: 'files:open-with-system',
  openExternal: 'shell:open-external',
  notify: 'app:notify',
  menuCommand: 'menu:command',
  listBackups: 'backups:list',
  writeBackup: 'backups:write',
  readBackup: 'backups:read',
  /** Main to renderer: the app is closing; make the on-quit backup, then call quitReady. */
  beforeQuit: 'app:before-quit',
  quitReady: 'app:quit-ready',
} as const;

export type InvokeChannel = Exclude<(typeof CHANNELS)[keyof typeof CHANNELS], typeof CHANNELS.menuCommand | typeof CHANNELS.beforeQuit>;

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

export interface WriteBackupRequest {
  /** An automatic-backup name (see backup-files.ts); nothing else is accepted. */
  name: string;
  bytes: Uint8Array;
  /** Keep this many automatic backups, deleting the oldest. */
  keep: number;
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
  'backups:list': { args: []; result: AutoBackupInfo[] };
  'backups:write': { args: [WriteBackupRequest]; result: AutoBackupInfo[] };
  'backups:read': { args: [name: string]; result: Uint8Array };
  'app:quit-ready': { args: []; result: void };
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
  /** The automatic backups in the app's backups folder, newest first. */
  listBackups(): Promise<AutoBackupInfo[]>;
  /** Writes an automatic backup into the app's backups folder and keeps the newest `keep`; returns the list. */
  writeBackup(request: WriteBackupRequest): Promise<AutoBackupInfo[]>;
  readBackup(name: string): Promise<Uint8Array>;
  /**
   * Runs `listener` when the app is about to close (the desktop app waits for it, within a time limit; a
   * browser tab cannot wait, so there it runs when the tab is hidden). Returns the unsubscribe function.
   */
  onQuitRequested(listener: () => Promise<void>): () => void;
}

/** Name under which the preload exposes the API. */
export const API_GLOBAL = 'oversight';
