// The native menu as data, so a test can read it. Commands go to the renderer through one callback.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../ipc/contract';

export interface MenuDeps {
  appName: string;
  isMac: boolean;
  send(command: MenuCommand): void;
}

export function buildMenuTemplate({ appName, isMac, send }: MenuDeps): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Import policies…', accelerator: 'CmdOrCtrl+O', click: () => send('import-policies') },
      { label: 'Export report…', accelerator: 'CmdOrCtrl+E', click: () => send('export-report') },
      { type: 'separator' },
      { label: 'Back up…', accelerator: 'CmdOrCtrl+Shift+B', click: () => send('back-up') },
      { label: 'Restore…', click: () => send('restore') },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    submenu: [{ label: `About ${appName}`, click: () => send('about') }],
  };
  const template = [file, edit, view, help];
  return isMac ? [{ role: 'appMenu' }, ...template] : template;
}
