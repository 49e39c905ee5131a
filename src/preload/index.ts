// The preload: exposes purpose-named functions typed by the contract, never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_GLOBAL, CHANNELS, MENU_COMMANDS, type InvokeMap, type MenuCommand, type OversightApi } from '../ipc/contract';

function invoke<C extends keyof InvokeMap>(channel: C, ...args: InvokeMap[C]['args']): Promise<InvokeMap[C]['result']> {
  return ipcRenderer.invoke(channel, ...args) as Promise<InvokeMap[C]['result']>;
}

// Main asks before closing; every listener (the on-quit backup) finishes, or fails, before main is told
// it may close. With no listener (the first-run screen) main hears back at once.
const quitListeners = new Set<() => Promise<void>>();
ipcRenderer.on(CHANNELS.beforeQuit, () => {
  void Promise.allSettled([...quitListeners].map((l) => l())).then(() => invoke(CHANNELS.quitReady));
});

const api: OversightApi = {
  appInfo: () => invoke(CHANNELS.appInfo),
  openFiles: (request) => invoke(CHANNELS.openFiles, request),
  saveFile: (request) => invoke(CHANNELS.saveFile, request),
  openWithSystem: (request) => invoke(CHANNELS.openWithSystem, request),
  openExternal: (url) => invoke(CHANNELS.openExternal, url),
  notify: (request) => invoke(CHANNELS.notify, request),
  onMenuCommand: (listener) => {
    const wrapped = (_event: IpcRendererEvent, command: unknown) => {
      if (typeof command === 'string' && (MENU_COMMANDS as readonly string[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(CHANNELS.menuCommand, wrapped);
    return () => {
      ipcRenderer.removeListener(CHANNELS.menuCommand, wrapped);
    };
  },
  listBackups: () => invoke(CHANNELS.listBackups),
  writeBackup: (request) => invoke(CHANNELS.writeBackup, request),
  readBackup: (name) => invoke(CHANNELS.readBackup, name),
  onQuitRequested: (listener) => {
    quitListeners.add(listener);
    return () => {
      quitListeners.delete(listener);
    };
  },
};


contextBridge.exposeInMainWorld(API_GLOBAL, api);
