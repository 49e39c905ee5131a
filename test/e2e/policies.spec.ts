// Importing policies: many at once with progress and a result each, one bad file never stopping the
// batch, and a correction that survives the same file being imported again.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { PoliciesPage, SEED_STEMS, seedFile } from './pages/policies-page';

test('imports the five seed Word documents at once, with progress and five results', async ({
  app,
  page,
}) => {
  await app.open();
  await app.createTrust('Kestrel Vale Learning Trust');
  const policies = new PoliciesPage(page);
  await policies.open();
  await policies.importFiles(SEED_STEMS.map((s) => seedFile(s)));
  await expect(policies.progress()).toBeVisible();
  await policies.waitForImport(5);
  await expect(policies.progress()).toHaveAttribute('value', '5');
  for (const stem of SEED_STEMS)
    await expect(policies.result(`${stem}-social-media.docx`)).toContainText('Imported');
  await expect(policies.result('captain-webb-primary-social-media.docx')).toContainText(
    'Imported into Captain Webb Primary School (new setting)',
  );
  await expect(page.getByRole('status').filter({ hasText: '5 of 5 files done' })).toContainText(
    '5 imported, 0 duplicates, 0 failed',
  );
  await page.getByRole('button', { name: 'Close import results' }).click();
  await expect(policies.table().getByRole('row')).toHaveCount(6);
  await expect(policies.table().getByRole('row', { name: /Pippins Preschool/ })).toBeVisible();
});

test('a corrected field survives the same file being imported again', async ({ app, page }) => {
  await app.open();
  await app.createTrust('Kestrel Vale Learning Trust');
  const policies = new PoliciesPage(page);
  await policies.open();
  const file = seedFile('st-marys-infant');
  await policies.importFiles([file]);
  await policies.waitForImport(1);
  await page.getByRole('link', { name: 'Review st-marys-infant-social-media.docx' }).click();
  const approvedBy = policies.fieldCard('Approved by');
  await expect(approvedBy).toContainText('The document does not say');
  await approvedBy.getByRole('button', { name: 'Correct Approved by' }).click();
  await approvedBy.getByLabel('Approved by').fill('Full Governing Body');
  await approvedBy.getByRole('button', { name: 'Save correction' }).click();
  await expect(approvedBy).toContainText('Full Governing Body');
  await expect(approvedBy).toContainText('Corrected');

  await policies.open();
  await policies.importFiles([file]);
  await policies.waitForImport(1);
  await expect(policies.result('st-marys-infant-social-media.docx')).toContainText('Duplicate');
  await expect(policies.result('st-marys-infant-social-media.docx')).toContainText('not stored again');
  await page.getByRole('link', { name: 'Review st-marys-infant-social-media.docx' }).click();
  await page.reload();
  await expect(policies.fieldCard('Approved by')).toContainText('Full Governing Body');
  await expect(policies.fieldCard('Approved by')).toContainText('Corrected');

  // "Read again" reads the stored original anew; the correction still stands.
  await page.getByRole('button', { name: 'Read again' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'your corrections are kept' })).toBeVisible();
  await expect(policies.fieldCard('Approved by')).toContainText('Full Governing Body');
  // Undoing the correction puts back what the document says.
  await policies.fieldCard('Approved by').getByRole('button', { name: 'Undo correction of Approved by' }).click();
  await expect(policies.fieldCard('Approved by')).toContainText('The document does not say');
});

test('a corrupt file gives its message and the others import', async ({ app, page }) => {
  await app.open();
  await app.createTrust('Kestrel Vale Learning Trust');
  const policies = new PoliciesPage(page);
  await policies.open();
  const good = readFileSync(seedFile('pippins-preschool'));
  await policies.dropFiles([
    { name: 'Behaviour policy.docx', bytes: good.subarray(0, Math.floor(good.length / 2)) },
    PoliciesPage.fileFromDisk(seedFile('pippins-preschool')),
    PoliciesPage.fileFromDisk(seedFile('captain-webb-primary', 'pdf')),
  ]);
  await policies.waitForImport(3);
  await expect(policies.result('Behaviour policy.docx')).toContainText('Failed');
  await expect(policies.result('Behaviour policy.docx')).toContainText(
    "'Behaviour policy.docx' is not a readable Word document: it is damaged",
  );
  await expect(policies.result('pippins-preschool-social-media.docx')).toContainText(
    'Imported into Pippins Preschool',
  );
  await expect(policies.result('captain-webb-primary-social-media.pdf')).toContainText(
    'Imported into Captain Webb Primary School',
  );
});

test('files over the configured size limit are refused with a message; the others import', async ({
  app,
  page,
}) => {
  await app.open();
  await app.createTrust('Kestrel Vale Learning Trust');
  await app.nav('Preferences').click();
  await page.getByLabel('Largest document to import (MB)').fill('1');
  await page.getByRole('button', { name: 'Save import limit' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Documents up to 1 MB will be imported' }),
  ).toBeVisible();
  const policies = new PoliciesPage(page);
  await policies.open();
  const big = Buffer.from(
    `Oakfield Primary School\n\nBehaviour Policy\n\n${'Pupils are expected to behave well. '.repeat(60_000)}`,
  );
  await policies.dropFiles([
    { name: 'Huge behaviour policy.txt', bytes: big },
    PoliciesPage.fileFromDisk(seedFile('st-marys-infant', 'txt')),
  ]);
  await policies.waitForImport(2);
  await expect(policies.result('Huge behaviour policy.txt')).toContainText('Failed');
  await expect(policies.result('Huge behaviour policy.txt')).toContainText(
    "'Huge behaviour policy.txt' is larger than the 1 MB limit for a document",
  );
  await expect(policies.result('st-marys-infant-social-media.txt')).toContainText(
    "Imported into St. Mary's CE Infant School",
  );
});
