import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronBinary } from '../support/electron-binary';

const binary = electronBinary();
test.skip('missing' in binary, `Electron E2E skipped: ${'missing' in binary ? binary.missing : ''}`);

let app: ElectronApplication;
let page: Page;

test.beforeAll(async () => {
  if (!('path' in binary)) return;
  const userData = mkdtempSync(join(tmpdir(), 'oversight-e2e-'));
  app = await electron.launch({ executablePath: binary.path, args: [join(__dirname, '../..'), `--user-data-dir=${userData}`] });
  page = await app.firstWindow();
});

test.afterAll(async () => {
  await app?.close();
});

test('opens one window on the app:// protocol with the first-run screen', async () => {
  expect(page.url()).toMatch(/^app:\/\/oversight\//);
  await expect(page.getByRole('heading', { name: 'Welcome to Oversight' })).toBeVisible();
  expect(app.windows()).toHaveLength(1);
});

test('exposes purpose-named functions, never ipcRenderer or Node', async () => {
  const shape = await page.evaluate(() => ({
    api: Object.keys((window as unknown as { oversight: object }).oversight).sort(),
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(shape.api).toEqual(['appInfo', 'notify', 'onMenuCommand', 'openExternal', 'openFiles', 'openWithSystem', 'saveFile']);
  expect(shape.require).toBe('undefined');
  expect(shape.process).toBe('undefined');
  const info = await page.evaluate(() => (window as unknown as { oversight: { appInfo(): Promise<{ shell: string }> } }).oversight.appInfo());
  expect(info.shell).toBe('electron');
});

test('refuses to navigate away or open windows', async () => {
  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/oversight\//);
  await page.evaluate(() => window.open('https://example.org/'));
  await page.waitForTimeout(500);
  expect(app.windows()).toHaveLength(1);
});

test('creates a trust that survives in the profile', async () => {
  await page.getByLabel('Name of your trust or local authority').fill('Desktop Test Trust');
  await page.getByRole('button', { name: 'Create trust' }).click();
  await expect(page.getByText('Desktop Test Trust')).toBeVisible();
});
