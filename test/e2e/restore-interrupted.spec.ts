// A restore cut short by closing the window: the write is one transaction, so reopening finds the
// earlier data exactly as it was.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { BackupsPage } from './pages/backups-page';

const root = join(__dirname, '../..');

/** The LA-scale backup (600 settings, 300,000 training records): big enough to close the window mid-way. */
function laBackup(): string {
  const bench = join(root, '.bench/la.oversight');
  if (existsSync(bench)) return bench;
  const file = join(mkdtempSync(join(tmpdir(), 'oversight-la-')), 'la.oversight');
  const made = spawnSync(
    'node',
    ['bin/oversight.cjs', 'sample', '--scale', 'la', '--as-of', '2026-11-21', '--out', file],
    { cwd: root, encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(made.stderr);
  return file;
}

test('closing the window in the middle of a restore leaves the earlier data intact', async ({
  app,
  page,
  context,
  consoleErrors,
}) => {
  test.setTimeout(300_000);
  const file = laBackup();
  await app.open();
  await app.loadSample();
  const backups = new BackupsPage(page);
  await backups.open();
  await backups.chooseBackup(file);
  await expect(backups.dialog('Replace everything with this backup?')).toContainText('600 settings', {
    timeout: 60_000,
  });
  await backups.confirmRestore();
  // Part-way through writing the 300,000 training records…
  await expect(page.getByRole('dialog', { name: 'Restoring a backup' })).toContainText(
    /Writing… ([1-9]|[1-8]\d)%/,
    { timeout: 120_000 },
  );
  await page.close();

  const again = await context.newPage();
  again.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  const app2 = new AppPage(again);
  await app2.open();
  await expect(again.getByText('Kestrel Vale Learning Trust', { exact: true })).toBeVisible({ timeout: 30_000 });
  await app2.goToSettings();
  await expect(app2.settingsTable().getByRole('row')).toHaveCount(7);
  await expect(
    app2.settingsTable().getByRole('rowheader', { name: 'Harbour View Primary School' }),
  ).toBeVisible();
});
