import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'oversight-e2e-'));

test('a new laptop restores a backup from the first-run screen', async ({ app, page }) => {
  const file = join(dir, 'sample.oversight');
  const made = spawnSync('node', ['bin/oversight.cjs', 'sample', '--out', file], { cwd: join(__dirname, '../..'), encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  await app.open();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (await chooser).setFiles(file);
  await expect(app.nav('Overview')).toBeVisible();
  await expect(page.getByText('Kestrel Vale Learning Trust', { exact: true })).toBeVisible();
  await app.goToSettings();
  await expect(app.settingsTable().getByRole('row')).toHaveCount(7);
});

test('a file that is not a backup gets a clear message and nothing is written', async ({ app, page }) => {
  test.info().annotations.push({ type: 'expected-console-error', description: 'cannot be restored' });
  const file = join(dir, 'not-a-backup.oversight');
  writeFileSync(file, 'Minutes of the governing body meeting');
  await app.open();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('alert')).toHaveText('"not-a-backup.oversight" cannot be restored: This is not an Oversight backup: it is not a zip file');
  await expect(page.getByRole('heading', { name: 'Welcome to Oversight' })).toBeVisible();
});
