// The policy library: a dropped folder, filters, full-text search, versions compared clause by clause,
// the original file and the plain text, the setting page's policies, and the sample trust read for real.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { dropFromDisk, PoliciesPage, seedFile } from './pages/policies-page';

const policyText = (date: string, extra: string) =>
  `Oakfield Primary School\n\nOnline Safety Policy\n\nDate approved: ${date}\n\nApproved by: Full Governing Body\n\n1. Staff must report online safety concerns to the designated safeguarding lead.\n\n2. ${extra}\n`;

test('a dropped folder is walked: its policies import, other files are skipped', async ({ app, page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'oversight-folder-'));
  mkdirSync(join(dir, 'Pippins'));
  mkdirSync(join(dir, 'Captain Webb', 'Old'), { recursive: true });
  copyFileSync(seedFile('pippins-preschool'), join(dir, 'Pippins', 'Social media.docx'));
  copyFileSync(seedFile('captain-webb-primary', 'pdf'), join(dir, 'Captain Webb', 'Social media.pdf'));
  writeFileSync(
    join(dir, 'Captain Webb', 'Old', 'online-safety.txt'),
    policyText('12/10/2022', 'Pupils use school devices only.'),
  );
  writeFileSync(join(dir, 'Captain Webb', 'budget.xlsx'), 'not a policy');
  await app.open();
  await app.createTrust('Kestrel Vale Learning Trust');
  const policies = new PoliciesPage(page);
  await policies.open();
  await dropFromDisk(page, [dir]);
  await policies.waitForImport(3);
  await expect(page.getByRole('status').filter({ hasText: 'files done' })).toContainText(
    '3 imported, 0 duplicates, 0 failed; 1 other file in the folders skipped',
  );
  await expect(policies.result('Social media.pdf')).toContainText(
    'Imported into Captain Webb Primary School',
  );
});

test('filters, full-text search, versions compared clause by clause, original and plain text', async ({
  app,
  page,
}) => {
  await app.open();
  await app.createTrust('Kestrel Vale Learning Trust');
  const policies = new PoliciesPage(page);
  await policies.open();
  await policies.dropFiles([
    PoliciesPage.fileFromDisk(seedFile('pippins-preschool')),
    PoliciesPage.fileFromDisk(seedFile('st-marys-infant')),
    {
      name: 'oakfield-2022.txt',
      bytes: Buffer.from(policyText('12/10/2022', 'Pupils use school devices only.')),
    },
    {
      name: 'oakfield-2024.txt',
      bytes: Buffer.from(policyText('15/10/2024', 'Pupils may use their own devices with permission.')),
    },
  ]);
  await policies.waitForImport(4);
  await page.getByRole('button', { name: 'Close import results' }).click();
  await expect(policies.table().getByRole('row')).toHaveCount(4);

  await page.getByLabel('Phase').selectOption({ label: 'Infant' });
  await expect(policies.table().getByRole('row')).toHaveCount(2);
  await expect(policies.table()).toContainText("St. Mary's CE Infant School");
  await page.getByLabel('Phase').selectOption({ label: 'All phases' });
  await page.getByLabel('Type').selectOption({ label: 'Online safety' });
  await expect(policies.table().getByRole('row')).toHaveCount(2);
  await page.getByLabel('Type').selectOption({ label: 'All types' });

  await page.getByRole('searchbox', { name: 'Search policies' }).fill('"own devices"');
  await expect(policies.table().getByRole('row')).toHaveCount(2);
  await expect(policies.table().locator('mark')).toHaveText('own devices');
  await page.getByRole('searchbox', { name: 'Search policies' }).fill('preschool kindness');
  await expect(policies.table().getByRole('row')).toHaveCount(2);
  await expect(policies.table()).toContainText('Pippins Preschool');
  await page.getByRole('searchbox', { name: 'Search policies' }).fill('');

  await policies
    .table()
    .getByRole('link', { name: /Online Safety Policy, Oakfield Primary School/ })
    .click();
  await expect(page.getByText('Current version')).toBeVisible();
  await page.getByRole('link', { name: 'Version history' }).click();
  const history = page.getByRole('table', { name: 'Version history' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('row', { name: /oakfield-2024\.txt/ })).toContainText('Current');
  await page.getByRole('link', { name: 'Compare versions' }).click();
  const clauses = page.getByRole('table', { name: 'Clause by clause' });
  await expect(clauses).toContainText('Reworded');
  await expect(clauses).toContainText('Pupils may use their own devices with permission.');
  await expect(clauses.locator('.word-added').first()).toBeVisible();
  await expect(clauses.locator('.word-removed').first()).toBeVisible();

  await page.getByRole('link', { name: 'Plain text' }).click();
  await expect(page.getByLabel('Plain text of the document')).toContainText(
    '2. Pupils may use their own devices with permission.',
  );
  // The original, byte for byte: in a browser a Word file is handed to the system as a download.
  await policies.open();
  await policies.table().getByRole('link', { name: 'Social Media Policy, Pippins Preschool' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Open original file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('pippins-preschool-social-media.docx');
  expect(readFileSync(await file.path())).toEqual(readFileSync(seedFile('pippins-preschool')));
});

test('a setting page lists its policies and imports into that setting', async ({ app, page }) => {
  await app.open();
  await app.createTrust('Kestrel Vale Learning Trust');
  await app.goToSettings();
  await app.addSetting({ name: 'Elm Tree Nursery', phase: 'Pre-school / nursery' });
  await app.settingsTable().getByRole('link', { name: 'Elm Tree Nursery' }).click();
  const section = page.getByRole('region', { name: 'Policies' });
  await expect(section).toContainText('No policies yet');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import policies for Elm Tree Nursery' }).click();
  // The document names another setting; imported from this page, it belongs here.
  await (await chooser).setFiles([seedFile('pippins-preschool')]);
  const policies = new PoliciesPage(page);
  await policies.waitForImport(1);
  await expect(policies.result('pippins-preschool-social-media.docx')).toContainText(
    'Imported into Elm Tree Nursery',
  );
  await expect(
    page.getByRole('table', { name: 'Policies of Elm Tree Nursery' }).getByRole('row'),
  ).toHaveCount(2);
});

test('the sample trust’s policies are read by the real reader and extraction', async ({ app, page }) => {
  await app.open();
  await app.loadSample();
  const policies = new PoliciesPage(page);
  await policies.open();
  await expect(policies.table().getByRole('row')).toHaveCount(9);
  await policies.table().getByRole('link', { name: 'Social Media Policy, Brookfield Infant School' }).click();
  await expect(
    page
      .getByRole('document', { name: 'Document text' })
      .getByRole('heading', { name: '1. Purpose and scope' }),
  ).toBeVisible();
  await expect(policies.fieldCard('Date approved')).toContainText('Found in text');
  await expect(policies.fieldCard('Named leads')).toContainText('Designated Safeguarding Lead');
});
