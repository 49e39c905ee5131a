// Two laptops: a visit pack goes from one to the other, both edit, the pack comes back and the changes
// merge; a record changed on both is shown to choose; importing the same pack twice changes nothing.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { BackupsPage, exportPack, openPack } from './pages/backups-page';

const dir = mkdtempSync(join(tmpdir(), 'oversight-packs-'));
const passphrase = 'ferry to Rathlin in the rain';

async function editAction(page: Page, visitLink: RegExp, action: string, change: { owner?: string }) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Visits', exact: true })
    .click();
  await page.getByRole('link', { name: visitLink }).first().click();
  await page.getByRole('button', { name: 'Reopen visit' }).click();
  await page.getByRole('button', { name: `Edit action “${action}”` }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit action' });
  if (change.owner) await dialog.getByLabel('Owner').fill(change.owner);
  await dialog.getByRole('button', { name: 'Save action' }).click();
  await expect(dialog).toBeHidden();
}

test('a visit pack taken to another laptop, edited on both, brought back and merged', async ({
  app,
  page,
  browser,
  baseURL,
  consoleErrors,
}) => {
  const action = 'Keep a termly log of filtering and monitoring checks, seen and signed by the DSL';
  // Laptop A: the sample trust. A pack of Harbour View goes to laptop B.
  await app.open();
  await app.loadSample();
  const a = new BackupsPage(page);
  await a.open();
  const toB = await exportPack(
    page,
    ['Harbour View Primary School'],
    join(dir, 'harbour.oversight'),
    passphrase,
  );

  // Laptop B: a new laptop opens the pack from its first-run screen.
  const contextB = await browser.newContext({ baseURL });
  const pageB = await contextB.newPage();
  pageB.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`B: ${m.text()}`);
  });
  const appB = new AppPage(pageB);
  await appB.open();
  const b = new BackupsPage(pageB);
  await b.chooseBackup(toB);
  await b.enterPassphrase(passphrase);
  await expect(appB.nav('Overview')).toBeVisible({ timeout: 30_000 });
  await appB.goToSettings();
  await expect(appB.settingsTable().getByRole('row')).toHaveCount(2);

  // Both edit the same action's owner (a true conflict); B also marks another action done.
  await editAction(page, /^Visit to Harbour View Primary School on 21 Jul/, action, {
    owner: 'Daniel Achebe (DSL) and the IT provider',
  });
  await editAction(pageB, /^Visit to Harbour View Primary School on 21 Jul/, action, {
    owner: 'Fatima Chowdhury (deputy DSL)',
  });
  await pageB
    .getByRole('combobox', {
      name: 'Status of “The two midday supervisors to complete this year’s safeguarding update”',
    })
    .selectOption('Done');

  await b.open();
  const toA = await exportPack(pageB, ['Harbour View Primary School'], join(dir, 'harbour-back.oversight'));

  // Back on A: the review shows what will change and the one conflict.
  await a.open();
  const review = await openPack(page, toA);
  await expect(review.getByRole('table', { name: 'What importing will do' })).toContainText(
    'Changed only in the pack: updated',
  );
  const conflict = review.getByRole('group', { name: `Action: ${action}` });
  await expect(conflict.getByRole('table')).toContainText('Daniel Achebe (DSL) and the IT provider');
  await expect(conflict.getByRole('table')).toContainText('Fatima Chowdhury (deputy DSL)');
  await review.getByRole('button', { name: 'Import pack' }).click();
  await expect(review.getByText('Choose which version to keep for 1 record before importing.')).toBeVisible();
  await conflict.getByRole('radio', { name: 'Take the pack’s version' }).check();
  await review.getByRole('button', { name: 'Import pack' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /^Imported harbour-back.oversight/ }),
  ).toContainText('1 conflict settled', { timeout: 30_000 });

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Visits', exact: true })
    .click();
  const open = page.getByRole('table', { name: 'Open actions' });
  await expect(open).toContainText('Fatima Chowdhury (deputy DSL)');
  await expect(open).not.toContainText('The two midday supervisors');

  // The same pack again: nothing to choose, nothing changes.
  await a.open();
  const again = await openPack(page, toA);
  await expect(again.getByRole('group')).toHaveCount(0);
  await expect(again.getByRole('table', { name: 'What importing will do' })).toContainText(
    'The same on both laptops',
  );
  await expect(again.getByRole('table', { name: 'What importing will do' })).not.toContainText('updated');
  await again.getByRole('button', { name: 'Import pack' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /^Imported harbour-back.oversight: 0 records added, 0 records updated/ }),
  ).toBeVisible({ timeout: 30_000 });
  await contextB.close();
});

test('removing a person: confirmed, and everything of theirs goes', async ({ app, page }) => {
  await app.open();
  await app.loadSample();
  const backups = new BackupsPage(page);
  await backups.open();
  await page.getByLabel('Find a person').fill('Gareth Pry');
  await page.getByRole('button', { name: 'Remove Gareth Pryce' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove Gareth Pryce?' });
  await expect(confirm).toContainText('1 role, 2 staff records');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Remove Gareth Pryce' }).click();
  await confirm.getByRole('button', { name: 'Remove Gareth Pryce' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Removed Gareth Pryce and all their records' }),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: 'People found' })).toContainText('Nobody by that name.');
});
