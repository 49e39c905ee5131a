// Training records in the browser: importing a staff list through the mapping screen, recording a
// session for ten people and seeing the setting's percentage move, attaching a certificate and
// opening it again.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { test, expect, TEST_TODAY } from './fixtures';
import { TrainingPage, TRAINING_FIXTURES } from './pages/training-page';

const SETTING = 'Brookfield Infant School';

/** A day `days` before today, as typed (dd/mm/yyyy) and as shown (2 Sep 2025). */
function daysAgo(days: number): { typed: string; shown: string } {
  const d = new Date(TEST_TODAY);
  d.setDate(d.getDate() - days);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return {
    typed: `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`,
    shown: `${d.getDate()} ${months[d.getMonth()]} ${d.getFullYear()}`,
  };
}

test('import a staff CSV through the mapping screen, check the rows, import, and undo', async ({
  app,
  page,
}) => {
  const training = new TrainingPage(page);
  await training.freshTrustWithSetting(SETTING);
  await training.open('Staff');
  await expect(page.getByRole('heading', { name: `No staff recorded for ${SETTING}` })).toBeVisible();

  const wizard = await training.importStaffFile('sims-staff-1252.csv');
  // Read as Windows-1252 with semicolons; the title line above the headings is skipped.
  await expect(
    wizard.getByText(
      'sims-staff-1252.csv: read as Windows-1252, separated by semicolons; headings on line 2, 7 rows below them.',
    ),
  ).toBeVisible();
  await expect(wizard.getByLabel('Setting these staff work in')).toHaveValue(/.+/);
  // The SIMS headers are recognised; the mapping can be changed.
  await expect(wizard.getByLabel('Surname', { exact: true }).locator('option:checked')).toHaveText(
    'Legal Surname',
  );
  await expect(wizard.getByLabel('Preferred forename').locator('option:checked')).toHaveText(
    'Preferred Forename',
  );
  await expect(wizard.getByLabel('Role', { exact: true }).locator('option:checked')).toHaveText('Role');
  await wizard.getByLabel('E-mail').selectOption({ label: 'Not in this file' });
  await wizard.getByRole('button', { name: 'Check the rows' }).click();

  // The preview: per-row problems with their line numbers; nothing written yet.
  const preview = wizard.getByRole('table', { name: 'Import preview' });
  await expect(wizard.getByLabel('What the import will do')).toContainText('4 new people');
  await expect(wizard.getByLabel('What the import will do')).toContainText('3 rows skipped');
  const line7 = preview.getByRole('row').filter({ has: page.getByRole('cell', { name: '7', exact: true }) });
  await expect(line7).toContainText('Priya D’Souza');
  await expect(line7).toContainText('Start date “31/02/2023” is not a real date');
  await expect(preview.getByRole('row').filter({ hasText: 'Duplicate of line 4' })).toContainText('Zoë Hart');
  await expect(preview.getByRole('row').filter({ hasText: 'No name' })).toHaveCount(1);
  await wizard.getByLabel('Show rows').selectOption({ label: 'Rows with problems' });
  await expect(preview.getByRole('row')).toHaveCount(4);

  await wizard.getByRole('button', { name: 'Import 4 staff records' }).click();
  await expect(wizard.getByText('Imported sims-staff-1252.csv: 4 staff records added')).toBeVisible();
  await wizard.getByRole('button', { name: 'Done' }).click();

  const table = training.staffTable(SETTING);
  for (const name of ['Siân Morgan', 'Zoë Hart', "Kieran O'Neill", 'Tomasz Nowak'])
    await expect(table.getByRole('rowheader', { name })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Siân Morgan' })).toContainText('DSL');
  await expect(table.getByRole('row').filter({ hasText: "Kieran O'Neill" })).toContainText(
    'Deputy DSL, Senior leadership',
  );

  // The whole import comes out again in one step.
  await page.getByRole('button', { name: 'Undo import of sims-staff-1252.csv' }).click();
  await expect(page.getByRole('heading', { name: `No staff recorded for ${SETTING}` })).toBeVisible();
  void app;
});

test('record a session for ten people and see the setting’s percentage change', async ({ app, page }) => {
  const training = new TrainingPage(page);
  await training.freshTrustWithSetting(SETTING);
  await training.open('Staff');
  const wizard = await training.importStaffFile('ten-staff.csv');
  await wizard.getByRole('button', { name: 'Check the rows' }).click();
  await wizard.getByRole('button', { name: 'Import 10 staff records' }).click();
  await wizard.getByRole('button', { name: 'Done' }).click();
  await expect(training.staffTable(SETTING).getByRole('row')).toHaveCount(11);

  await training.tab('Compliance').click();
  await expect(training.settingRow(SETTING)).toContainText('0.0%');
  await expect(training.courseRow('Annual safeguarding update')).toContainText('0.0%');

  await training.tab('Staff').click();
  await page.getByRole('button', { name: 'Record a session' }).click();
  const dialog = training.dialog('Record a session');
  await dialog.getByLabel('Course').selectOption({ label: 'Annual safeguarding update' });
  const session = daysAgo(30);
  const before = daysAgo(31);
  await dialog.getByLabel('Date completed').fill(session.typed);
  await dialog.getByLabel('Date completed').blur();
  await dialog.getByLabel('Provider').fill('INSET day, in-house');
  await dialog.getByRole('button', { name: `Select all in ${SETTING}` }).click();
  await expect(
    dialog.getByRole('group', { name: 'Attendees' }).getByRole('checkbox', { checked: true }),
  ).toHaveCount(10);
  await dialog.getByRole('button', { name: 'Save for 10 people' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `Recorded Annual safeguarding update on ${session.shown} for 10 people` }),
  ).toBeVisible();

  // Each of the four all-staff courses counts: a quarter done.
  await training.tab('Compliance').click();
  await expect(training.courseRow('Annual safeguarding update')).toContainText('100.0%');
  await expect(training.settingRow(SETTING)).toContainText('25.0%');
  // As of a date before the session, it had not happened yet.
  await page.getByLabel('As of').fill(before.typed);
  await page.getByLabel('As of').blur();
  await expect(training.courseRow('Annual safeguarding update')).toContainText('0.0%');
  await page.getByRole('button', { name: 'Back to today' }).click();

  // The setting's own page shows the same.
  await app.goToSettings();
  await app.settingRow(SETTING).getByRole('link', { name: SETTING }).click();
  const section = page.getByRole('region', { name: 'Training' });
  await expect(section.getByLabel('This setting: 25% compliant')).toBeVisible();
  await expect(section.getByRole('row').filter({ hasText: 'Annual safeguarding update' })).toContainText(
    '100.0%',
  );
});

test('attach a certificate to a completion and open it again', async ({ app, page, context }) => {
  const training = new TrainingPage(page);
  await training.freshTrustWithSetting(SETTING);
  await training.open('Staff');
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const editor = training.dialog(`Add staff member to ${SETTING}`);
  await editor.getByLabel('Forename').fill('Zoë');
  await editor.getByLabel('Surname').fill('Hart');
  await editor.getByLabel('Job title').fill('Teaching Assistant');
  await editor.getByRole('button', { name: 'Save staff member' }).click();
  await expect(training.staffTable(SETTING).getByRole('rowheader', { name: 'Zoë Hart' })).toBeVisible();

  await page.getByRole('button', { name: 'Training record for Zoë Hart' }).click();
  const record = training.dialog('Training record: Zoë Hart');
  await expect(record.getByText('Missing').first()).toBeVisible();
  await record.getByRole('button', { name: 'Record a completion' }).click();
  const one = training.dialog('Record a completion for Zoë Hart');
  await one.getByLabel('Course').selectOption({ label: 'Prevent awareness' });
  await one.getByLabel('Date completed').fill('14/10/2025');
  await one.getByRole('button', { name: 'Save completion' }).click();

  const label = 'Zoë Hart, Prevent awareness on 14 Oct 2025';
  await expect(record.getByRole('button', { name: `Attach certificate for ${label}` })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await record.getByRole('button', { name: `Attach certificate for ${label}` }).click();
  await (await chooser).setFiles(join(TRAINING_FIXTURES, 'certificate.png'));
  await expect(
    page.getByRole('status').filter({ hasText: `Attached certificate.png to ${label}` }),
  ).toBeVisible();

  // Open it again: shown in the app from the stored bytes…
  await record.getByRole('button', { name: `Show certificate for ${label}` }).click();
  const viewer = training.dialog(`Certificate: ${label}`);
  const image = viewer.getByRole('img', { name: 'Certificate: certificate.png' });
  await expect(image).toBeVisible();
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => `${img.naturalWidth}x${img.naturalHeight}`))
    .toBe('120x80');
  // …and handed to the system's viewer (a new browser tab here), byte for byte.
  const popup = context.waitForEvent('page');
  await viewer.getByRole('button', { name: 'Open in another app' }).click();
  const opened = await popup;
  expect(opened.url()).toMatch(/^blob:/);
  const size = await opened.evaluate(
    async (url) => (await (await fetch(url)).arrayBuffer()).byteLength,
    opened.url(),
  );
  expect(size).toBe(readFileSync(join(TRAINING_FIXTURES, 'certificate.png')).byteLength);
  await opened.close();
  await viewer.getByRole('button', { name: 'Done' }).click();

  // The certificate is there after a reload too (stored in the app).
  await page.reload();
  await training.tab('Completions').click();
  await page.getByRole('button', { name: `Show certificate for ${label}` }).click();
  await expect(
    training.dialog(`Certificate: ${label}`).getByRole('img', { name: 'Certificate: certificate.png' }),
  ).toBeVisible();
  void app;
});
