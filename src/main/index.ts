// Electron main: wiring only. Every rule it applies lives in a small module with Node tests
// (guards, ipc-bridge, handlers, protocol, window-state, menu).
import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, net, protocol, screen, session, shell } from 'electron';
import { mkdir, mkdtemp, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { API_GLOBAL, CHANNELS, type MenuCommand } from '../ipc/contract';
import { APP_ORIGIN, APP_SCHEME } from '../ipc/security';
import { denyNavigation, isPermissionAllowed, isTrustedSender, windowOpenHandler } from './guards';
import { createHandlers } from './handlers';
import { registerIpc } from './ipc-bridge';
import { buildMenuTemplate } from './menu';
import { createQuitGuard } from './quit-guard';
import { resolveAppRequest, securityHeaders } from './protocol';
import { boundsToRestore, parseWindowState, type WindowState } from './window-state';
import { secureWebPreferences } from './web-preferences';

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const rendererRoot = join(__dirname, '../renderer');
const statePath = () => join(app.getPath('userData'), 'window-state.json');
const prefsPath = () => join(app.getPath('userData'), 'shell-preferences.json');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

let mainWindow: BrowserWindow | null = null;

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.warn(`Ignoring unreadable ${path}: ${(error as Error).message}`);
    return undefined;
  }
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(CHANNELS.menuCommand, command);
}

// The on-quit backup: closing waits (up to a minute) for the renderer to write it.
const quitGuard = createQuitGuard({
  request: () => {
    if (!mainWindow || mainWindow.isDestroyed()) return false;
    mainWindow.webContents.send(CHANNELS.beforeQuit);
    return true;
  },
  setTimer: (fn, ms) => {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  },
  timeoutMs: 60_000,
});

function createWindow(): void {
  const saved = parseWindowState(readJson(statePath()));
  const bounds = boundsToRestore(saved, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Oversight',
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  });
  mainWindow = win;
  quitGuard.reset();
  win.on('close', (event) => quitGuard.intercept(event, 'close', () => win.close()));
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    const state: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
    try {
      writeFileSync(statePath(), JSON.stringify(state));
    } catch (error) {
      console.warn(`Could not remember the window size: ${(error as Error).message}`);
    }
  });
  win.on('closed', () => {
    mainWindow = null;
  });
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', denyNavigation);
    contents.on('will-redirect', denyNavigation);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(windowOpenHandler(shell.openExternal, (e) => console.warn(e.message)));
  });

  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(isPermissionAllowed(permission)));
    session.defaultSession.setPermissionCheckHandler((_wc, permission) => isPermissionAllowed(permission));

    protocol.handle(APP_SCHEME, async (request) => {
      const resolved = resolveAppRequest(request.url, rendererRoot);
      if (resolved.kind === 'refused') return new Response(resolved.reason, { status: resolved.status });
      const response = await net.fetch(pathToFileURL(resolved.path).toString());
      return new Response(response.body, { status: response.status, headers: securityHeaders(resolved.path) });
    });

    let prefs = (readJson(prefsPath()) as { lastFolder?: string } | undefined) ?? {};
    registerIpc(
      ipcMain,
      createHandlers({
        appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform },
        fs: {
          stat,
          readFile: async (p) => new Uint8Array(await readFile(p)),
          writeFile: (p, b) => writeFile(p, b),
          readdir: (p) => readdir(p),
          mkdtemp: (p) => mkdtemp(p),
        },
        showOpenDialog: (o) => (mainWindow ? dialog.showOpenDialog(mainWindow, o) : dialog.showOpenDialog(o)),
        showSaveDialog: (o) => (mainWindow ? dialog.showSaveDialog(mainWindow, o) : dialog.showSaveDialog(o)),
        openPath: (p) => shell.openPath(p),
        openExternal: (u) => shell.openExternal(u),
        showNotification: (title, body) => new Notification({ title, body }).show(),
        lastFolder: {
          get: () => prefs.lastFolder,
          set: (folder) => {
            prefs = { ...prefs, lastFolder: folder };
            writeFileSync(prefsPath(), JSON.stringify(prefs));
          },
        },
        tempDir: app.getPath('temp'),
        platform: process.platform,
        backups: {
          dir: join(app.getPath('userData'), 'backups'),
          fs: {
            mkdir: async (p) => {
              await mkdir(p, { recursive: true });
            },
            readdir: (p) => readdir(p),
            stat,
            readFile: async (p) => new Uint8Array(await readFile(p)),
            writeFile: (p, b) => writeFile(p, b),
            rename,
            unlink,
          },
        },
        quitReady: () => quitGuard.ready(),
      }),
      (frame) => isTrustedSender(frame, { devServerUrl }),
      (message) => console.warn(message),
    );

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate({ appName: 'Oversight', isMac: process.platform === 'darwin', send: sendMenuCommand })),
    );
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('before-quit', (event) => quitGuard.intercept(event, 'quit', () => app.quit()));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

// Exported for the Electron E2E suite's sanity check of the global name.
export const exposedAs = API_GLOBAL;
