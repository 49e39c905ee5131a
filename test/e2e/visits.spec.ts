import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { VisitsPage } from './pages/visits-page';

const dir = mkdtempSync(join(tmpdir(), 'oversight-visits-'));

// A tiny real PNG (1x1, red) as a photo of the filtering log.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

test('a whole visit recorded: plan, judge each item, notes, evidence, actions, complete', async ({
  app,
  page,
}) => {
  await app.open();
  await app.createTrust('Fenwick Valley Schools Trust');
  await app.goToSettings();
  await app.addSetting({ name: 'Garston Primary School', phase: 'Primary' });

  const visits = new VisitsPage(page);
  await visits.open();
  await expect(page.getByRole('heading', { name: 'No visits yet' })).toBeVisible();
  await visits.plan({ setting: 'Garston Primary School', date: '02/03/2027', officer: 'Ruth Adeyemi' });
  await expect(page.getByText('2 Mar 2027 · Ruth Adeyemi')).toBeVisible();
  await expect(page.getByText('0 of 27 items judged')).toBeVisible();

  // Every item gets a judgement; some shortfalls get notes, evidence and actions.
  const items = page.locator('fieldset.checklist-item');
  const count = await items.count();
  expect(count).toBe(27);
  for (let i = 0; i < count; i += 1)
    await items.nth(i).getByRole('radio', { name: 'Met', exact: true }).check();
  await visits.judge(/DSL\) is named/, 'Partly met');
  await visits.note(
    /DSL\) is named/,
    'Staff knew the DSL; two lunchtime supervisors did not know the deputy.',
  );
  await visits.judge(/Filtering and monitoring are checked/, 'Not met');
  await visits.note(/Filtering and monitoring are checked/, 'No log of checks since September 2026.');
  await visits.addEvidence(/Filtering and monitoring are checked/, {
    name: 'filtering-log.png',
    mimeType: 'image/png',
    buffer: PNG,
  });
  await visits.addAction(/Filtering and monitoring are checked/, {
    text: 'Keep a termly log of filtering checks, signed by the DSL',
    owner: 'Kwame Mensah',
    due: '30/04/2027',
  });
  await visits.judge(/Children know whom to talk to/, 'Not seen');
  await expect(
    page.getByText('27 of 27 items judged: 24 met, 1 partly met, 1 not met, 1 not seen.'),
  ).toBeVisible();
  await expect(visits.item(/DSL\) is named/).getByText('A shortfall: add an action')).toBeVisible();

  const actions = page.getByRole('table', { name: 'Actions from this visit' });
  await expect(actions.getByRole('row').filter({ hasText: 'Keep a termly log' })).toContainText(
    'Kwame Mensah',
  );
  await expect(actions.getByRole('row').filter({ hasText: 'Keep a termly log' })).toContainText(
    '30 Apr 2027',
  );

  // Everything was saved as it was recorded: a reload loses nothing.
  await page.reload();
  await expect(
    visits.item(/Filtering and monitoring are checked/).getByRole('radio', { name: 'Not met', exact: true }),
  ).toBeChecked();
  await expect(visits.item(/DSL\) is named/).getByLabel('Note')).toHaveValue(
    'Staff knew the DSL; two lunchtime supervisors did not know the deputy.',
  );
  await expect(
    visits
      .item(/Filtering and monitoring are checked/)
      .getByRole('button', { name: 'Open filtering-log.png' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Mark visit complete' }).click();
  await expect(page.getByText('Completed', { exact: true }).first()).toBeVisible();
  await expect(visits.item(/DSL\) is named/).getByRole('radio', { name: 'Met', exact: true })).toBeDisabled();

  // The write-up: a Word document from the report engine.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Write up/ }).click();
  const docx = await download;
  expect(docx.suggestedFilename()).toBe('Visit write-up - Garston Primary School - 2027-03-02.docx');
  const path = join(dir, 'write-up.docx');
  await docx.saveAs(path);
  const document = strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']!);
  for (const text of [
    'Safeguarding audit visit',
    'Garston Primary School',
    'Keep a termly log of filtering checks, signed by the DSL',
    'Not met',
    'filtering-log.png',
  ])
    expect(document).toContain(text);

  await visits.open();
  const row = visits.visitsTable().getByRole('row').filter({ hasText: 'Garston Primary School' });
  await expect(row).toContainText('27 of 27 judged');
  await expect(row).toContainText('Completed');
  await expect(page.getByRole('table', { name: 'Open actions' })).toContainText(
    'Keep a termly log of filtering checks',
  );
});

test('open actions from the last visit come up again on the next', async ({ app, page }) => {
  await app.open();
  await app.loadSample();
  const visits = new VisitsPage(page);
  await visits.open();
  await expect(visits.visitsTable().getByRole('row')).toHaveCount(3);
  await page
    .getByRole('link', { name: /^Visit to Harbour View Primary School on/ })
    .first()
    .click();
  const carried = page.getByRole('table', { name: 'Open actions from earlier visits' });
  await expect(carried.getByRole('row')).toHaveCount(4);
  const overdue = carried.getByRole('row').filter({ hasText: 'Update the social media policy' });
  await expect(overdue).toContainText('Overdue');
  await overdue.getByRole('combobox', { name: /^Status of/ }).selectOption('Done');
  await expect(carried.getByRole('row')).toHaveCount(3);

  // The setting's page lists its visits.
  await app.goToSettings();
  await page.getByRole('link', { name: 'Harbour View Primary School' }).click();
  await expect(
    page.getByRole('list', { name: 'Visits to Harbour View Primary School' }).getByRole('listitem'),
  ).toHaveCount(2);
  await expect(page.getByText('2 open actions')).toBeVisible();
});

test('a checklist template edited: new visits use it, earlier ones keep theirs', async ({ app, page }) => {
  await app.open();
  await app.loadSample();
  const visits = new VisitsPage(page);
  await visits.open();
  await page.getByRole('link', { name: 'Checklists' }).click();
  await page.getByRole('button', { name: 'Duplicate Annual safeguarding audit (section 175 / 157)' }).click();
  const dialog = page.getByRole('dialog', { name: 'New checklist' });
  await dialog.getByLabel('Name of the checklist').fill('Early years visit');
  await dialog.getByRole('button', { name: 'Add item' }).click();
  await dialog.getByLabel('Item 28', { exact: true }).fill('The EYFS key person system is in place');
  await dialog.getByLabel('Section of item 28').fill('Early years');
  await dialog.getByRole('button', { name: 'Remove item 1', exact: true }).click();
  await dialog.getByRole('button', { name: 'Save checklist' }).click();
  await expect(
    page.getByRole('table', { name: 'Checklists' }).getByRole('row').filter({ hasText: 'Early years visit' }),
  ).toContainText('27');

  await visits.open();
  await visits.plan({
    setting: 'Oakridge Acorns Pre-school',
    date: '10/01/2027',
    officer: 'Ruth Adeyemi',
    checklist: 'Early years visit',
  });
  await expect(page.getByRole('heading', { name: 'Early years', level: 2 })).toBeVisible();
  await expect(visits.item(/EYFS key person/)).toBeVisible();
});
