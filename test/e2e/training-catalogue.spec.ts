// The course catalogue, the matrix and exceptions exports, and an Excel staff list.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { TrainingPage } from './pages/training-page';
import { makeXlsx } from '../support/xlsx';

const SETTING = 'Harbour View Primary School';

test('the course catalogue: defaults, add, edit (once only, chosen roles) and archive with undo', async ({
  app,
  page,
}) => {
  const training = new TrainingPage(page);
  await training.freshTrustWithSetting(SETTING);
  const table = page.getByRole('table', { name: 'Courses' });
  await expect(
    table.getByRole('row').filter({ hasText: 'Designated Safeguarding Lead training' }),
  ).toContainText('24 months (2 years)');
  await expect(
    table.getByRole('row').filter({ hasText: 'Designated Safeguarding Lead training' }),
  ).toContainText('DSL and deputies');

  await page.getByRole('button', { name: 'Add course' }).click();
  const editor = training.dialog('Add course');
  await editor.getByLabel('Course name').fill('Designated Safeguarding Lead training');
  await editor.getByRole('button', { name: 'Save course' }).click();
  await expect(
    editor.getByText('A course called “Designated Safeguarding Lead training” already exists'),
  ).toBeVisible();
  await editor.getByLabel('Course name').fill('Filtering and monitoring for leads');
  await editor.getByLabel('Months before it must be renewed').fill('12');
  await editor.getByRole('radio', { name: 'Chosen roles' }).check();
  await editor.getByRole('button', { name: 'Save course' }).click();
  await expect(editor.getByText('Choose at least one role')).toBeVisible();
  await editor.getByRole('checkbox', { name: 'Filtering and monitoring lead' }).check();
  await editor.getByRole('checkbox', { name: 'Designated Safeguarding Lead' }).check();
  await editor.getByRole('button', { name: 'Save course' }).click();
  const row = table.getByRole('row').filter({ hasText: 'Filtering and monitoring for leads' });
  await expect(row).toContainText('12 months (1 year)');
  await expect(row).toContainText('Designated Safeguarding Lead, Filtering and monitoring lead');

  await page.getByRole('button', { name: 'Edit Filtering and monitoring for leads' }).click();
  const edit = training.dialog('Edit Filtering and monitoring for leads');
  await edit.getByRole('radio', { name: /^Once only/ }).check();
  await edit.getByRole('button', { name: 'Save course' }).click();
  await expect(row).toContainText('Once only');

  await page.getByRole('button', { name: 'Archive Filtering and monitoring for leads' }).click();
  await expect(row).toHaveCount(0);
  await page
    .getByRole('status')
    .filter({ hasText: 'Archived Filtering and monitoring for leads' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(row).toContainText('In use');
  void app;
});

test('export the matrix and the exceptions as CSV, with formulas defused', async ({ app, page }) => {
  const training = new TrainingPage(page);
  await training.freshTrustWithSetting(SETTING);
  await training.open('Staff');
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const editor = training.dialog(`Add staff member to ${SETTING}`);
  await editor.getByLabel('Forename').fill('=HYPERLINK("http://example.com","Click")');
  await editor.getByLabel('Surname').fill('Smith');
  await editor.getByRole('button', { name: 'Save staff member' }).click();
  await expect(training.staffTable(SETTING).getByRole('row')).toHaveCount(2);

  await training.tab('Matrix').click();
  const matrix = page.getByRole('table', { name: 'Training matrix' });
  await expect(
    matrix.getByRole('rowheader', { name: '=HYPERLINK("http://example.com","Click") Smith' }),
  ).toBeVisible();
  await expect(matrix.getByRole('row').nth(1)).toContainText('Missing');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export matrix (CSV)' }).click();
  const file = await (await download).path();
  const csv = readFileSync(file, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(`"'=HYPERLINK(""http://example.com"",""Click"") Smith",${SETTING}`);
  expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);

  await training.tab('Compliance').click();
  const exceptions = page.getByRole('table', { name: 'Exceptions' });
  await expect(exceptions.getByRole('row')).toHaveCount(5); // header + four all-staff courses missing
  const download2 = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export exceptions (CSV)' }).click();
  const exported = readFileSync(await (await download2).path(), 'utf8');
  expect(exported.split('\r\n')[0]).toBe('\uFEFFName,Settings,Course,Status,Last completed,Expires');
  expect(exported).toContain(
    `"'=HYPERLINK(""http://example.com"",""Click"") Smith",${SETTING},Annual safeguarding update,Missing,,`,
  );
  void app;
});

test('import staff from an Excel workbook', async ({ app, page }) => {
  const training = new TrainingPage(page);
  await training.freshTrustWithSetting(SETTING);
  await training.open('Staff');
  await page.getByRole('button', { name: 'Import staff' }).click();
  const wizard = training.dialog('Import staff');
  const chooser = page.waitForEvent('filechooser');
  await wizard.getByRole('button', { name: 'Choose a file…' }).click();
  const xlsx = makeXlsx([
    ['Forename', 'Surname', 'Job Title', 'Start Date', 'Role'],
    ['Siân', "O'Neill", 'Headteacher', { date: '2015-09-01' }, 'DSL'],
    ['Zoë', 'Hart', 'Teaching Assistant', { date: '2021-04-15' }, ''],
  ]);
  await (
    await chooser
  ).setFiles({
    name: 'staff.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(xlsx),
  });
  await expect(
    wizard.getByText('staff.xlsx: read as an Excel workbook; headings on row 1, 2 rows below them.'),
  ).toBeVisible();
  await wizard.getByRole('button', { name: 'Check the rows' }).click();
  await wizard.getByRole('button', { name: 'Import 2 staff records' }).click();
  await wizard.getByRole('button', { name: 'Done' }).click();
  const table = training.staffTable(SETTING);
  await expect(table.getByRole('row').filter({ hasText: "Siân O'Neill" })).toContainText('1 Sep 2015');
  await expect(table.getByRole('row').filter({ hasText: "Siân O'Neill" })).toContainText('DSL');
  await expect(table.getByRole('row').filter({ hasText: 'Zoë Hart' })).toContainText('15 Apr 2021');
  void app;
});

test('remove a person’s records from their training record, after confirming', async ({ app, page }) => {
  const training = new TrainingPage(page);
  await training.freshTrustWithSetting(SETTING);
  await training.open('Staff');
  for (const [forename, surname] of [
    ['Lee', 'Leaver'],
    ['Kay', 'Keeper'],
  ]) {
    await page.getByRole('button', { name: 'Add staff member' }).click();
    const editor = training.dialog(`Add staff member to ${SETTING}`);
    await editor.getByLabel('Forename').fill(forename!);
    await editor.getByLabel('Surname').fill(surname!);
    await editor.getByRole('button', { name: 'Save staff member' }).click();
    await expect(editor).toBeHidden();
  }
  await page.getByRole('button', { name: 'Training record for Lee Leaver' }).click();
  await training
    .dialog('Training record: Lee Leaver')
    .getByRole('button', { name: 'Remove Lee Leaver’s records' })
    .click();
  const confirm = training.dialog('Remove Lee Leaver’s records?');
  await expect(confirm).toContainText('1 staff record, 0 training records, 0 certificates and 0 roles');
  await confirm.getByRole('button', { name: 'Remove Lee Leaver' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed Lee Leaver' })).toBeVisible();
  await expect(training.staffTable(SETTING).getByRole('rowheader')).toHaveText(['Kay Keeper']);
  void app;
});
