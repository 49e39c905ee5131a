import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { BackupsPage } from './pages/backups-page';

const dir = mkdtempSync(join(tmpdir(), 'oversight-backups-'));
const passphrase = 'Siân’s spare laptop 🏫';

test('a backup made with a passphrase and restored, with a way back', async ({ app, page }) => {
  await app.open();
  await app.loadSample();
  await app.goToSettings();
  await app.addSetting({
    name: 'Fenwick Nursery',
    phase: 'Pre-school / nursery',
    type: 'Early years provider',
  });

  const backups = new BackupsPage(page);
  await backups.open();
  const file = await backups.backUp(join(dir, 'kestrel.oversight'), passphrase);
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 20).toString('latin1')).toBe('OVERSIGHT-ENCRYPTED\n');
  expect(bytes.toString('latin1')).not.toContain('Fenwick Nursery');

  // Later changes, then the backup is restored over them.
  await app.goToSettings();
  await app.addSetting({ name: 'Garston Primary School', phase: 'Primary' });
  await backups.open();
  await backups.chooseBackup(file);
  await backups.enterPassphrase('not the passphrase');
  await expect(
    backups.dialog('Enter the passphrase').getByText('That passphrase does not open this file'),
  ).toBeVisible();
  await backups.enterPassphrase(passphrase);
  const confirm = backups.dialog('Replace everything with this backup?');
  await expect(confirm.getByText('Kestrel Vale Learning Trust', { exact: true })).toBeVisible();
  await expect(confirm.getByText(/7 settings/)).toBeVisible();
  await backups.confirmRestore();
  await expect(page.getByRole('status').filter({ hasText: 'Restored kestrel.oversight' })).toBeVisible({
    timeout: 30_000,
  });
  await app.goToSettings();
  await expect(app.settingsTable().getByRole('rowheader', { name: 'Fenwick Nursery' })).toBeVisible();
  await expect(app.settingsTable().getByRole('rowheader', { name: 'Garston Primary School' })).toHaveCount(0);

  // The data replaced by the restore was kept as an automatic backup: restore it to go back.
  await backups.open();
  const safety = backups
    .automaticBackups()
    .getByRole('row')
    .filter({ hasText: 'Before a restore or import' });
  await expect(safety).toHaveCount(1);
  await safety.getByRole('button', { name: /^Restore the backup of/ }).click();
  await backups.confirmRestore();
  await expect(page.getByRole('status').filter({ hasText: /^Restored the backup of/ })).toBeVisible({
    timeout: 30_000,
  });
  await app.goToSettings();
  await expect(app.settingsTable().getByRole('rowheader', { name: 'Garston Primary School' })).toBeVisible();
});

test('automatic backups: settings, one made by hand, kept to the newest N', async ({ app, page }) => {
  await app.open();
  await app.createTrust('Fenwick Valley Schools Trust');
  const backups = new BackupsPage(page);
  await backups.open();
  const settings = page.getByRole('form', { name: 'Automatic backup settings' });
  await settings.getByLabel('Number of automatic backups to keep').fill('2');
  await settings.getByRole('button', { name: 'Save backup settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup settings saved' })).toBeVisible();
  for (let i = 0; i < 3; i += 1) {
    await page.getByRole('button', { name: 'Make an automatic backup now' }).click();
    await expect(page.getByRole('button', { name: 'Make an automatic backup now' })).toBeEnabled();
    await page.waitForTimeout(1100); // names are to the second
  }
  await expect(backups.automaticBackups().getByRole('row')).toHaveCount(3);
  await expect(backups.automaticBackups().getByRole('row').filter({ hasText: 'Made by hand' })).toHaveCount(
    2,
  );
  await page.reload();
  await expect(settings.getByLabel('Number of automatic backups to keep')).toHaveValue('2');
});

test('a damaged backup is refused with a clear message and nothing changes', async ({ app, page }) => {
  test.info().annotations.push({ type: 'expected-console-error', description: 'cannot be restored' });
  await app.open();
  await app.loadSample();
  const backups = new BackupsPage(page);
  await backups.open();
  const file = await backups.backUp(join(dir, 'plain.oversight'));
  const damaged = join(dir, 'damaged.oversight');
  const bytes = readFileSync(file);
  bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
  writeFileSync(damaged, bytes);
  await backups.chooseBackup(damaged);
  await expect(page.getByRole('alert')).toContainText(
    '"damaged.oversight" cannot be restored: The backup has been altered or damaged',
  );
  await app.goToSettings();
  await expect(app.settingsTable().getByRole('row')).toHaveCount(7);
});

test('automatic backups: the daily one shortly after opening, once a day; one when the app is left after a change', async ({
  app,
  page,
}) => {
  // The shared fixture has installed the page clock; fastForward moves it on.
  await app.open();
  await app.createTrust('Fenwick Valley Schools Trust');
  const backups = new BackupsPage(page);
  await backups.open();
  await expect(page.getByText('No automatic backups yet.')).toBeVisible();
  await page.clock.fastForward('00:30');
  await expect(backups.automaticBackups().getByRole('row').filter({ hasText: 'Daily' })).toHaveCount(1);
  await page.clock.fastForward('31:00');
  await page.reload();
  await expect(backups.automaticBackups().getByRole('row').filter({ hasText: 'Daily' })).toHaveCount(1);

  // A change, then the app is left (a tab cannot wait for a backup when it closes, so it is made when hidden).
  await app.goToSettings();
  await app.addSetting({ name: 'Garston Primary School', phase: 'Primary' });
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await backups.open();
  await expect(
    backups.automaticBackups().getByRole('row').filter({ hasText: 'When Oversight closed' }),
  ).toHaveCount(1);
});
