// Compare, on the five seed policies imported through the policy library: the coverage matrix with its
// evidence and overrules, clause-by-clause comparison, template families, positions, currency and fit,
// the framework editor, and the CSV exports.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { ComparePage, optionLabelMatching } from './pages/compare-page';
import type { AppPage } from './pages/app-page';
import { PoliciesPage, SEED_STEMS, seedFile } from './pages/policies-page';

const ALPHEGE = 'St Alphege CE Infant School';
const MARYS = "St. Mary's CE Infant School";
const PIPPINS = 'Pippins Preschool';
const MALCOLM = 'Malcolm Sargent Primary School';

async function importSeeds(app: AppPage, page: Page): Promise<ComparePage> {
  const policies = new PoliciesPage(page);
  await app.open();
  await app.createTrust('Kestrel Vale Learning Trust');
  await policies.open();
  await policies.importFiles(SEED_STEMS.map((s) => seedFile(s)));
  await policies.waitForImport(5);
  await page.getByRole('button', { name: 'Close import results' }).click();
  const compare = new ComparePage(page);
  await compare.open();
  return compare;
}

test('the coverage matrix: cells by word, required gaps, evidence in context, and an overrule kept', async ({ app, page }) => {
  test.setTimeout(120_000);
  const compare = await importSeeds(app, page);
  const matrix = compare.matrix();
  await expect(matrix).toBeVisible();
  await expect(matrix.getByRole('columnheader', { name: /Monitoring and filtering/ })).toBeVisible();
  await expect(compare.row(MARYS)).toBeVisible();
  await expect(matrix).toHaveAttribute('aria-rowcount', '6');

  // St Mary's says nothing on monitoring and filtering, which infant schools must cover.
  await expect(compare.cell(MARYS, 'Monitoring and filtering')).toHaveText(/Missing/);
  await expect(compare.cell(MARYS, 'Monitoring and filtering')).toHaveAccessibleName(/Missing \(required\), 0 passages/);
  await expect(compare.cell(MARYS, 'Training and induction')).toHaveText(/Missing/);
  await expect(compare.cell(MALCOLM, 'Monitoring and filtering')).toHaveText(/Covered/);

  // Evidence: the passages in context, with a link to that place in the policy.
  const dialog = await compare.openCell(ALPHEGE, 'Staff personal use');
  await expect(dialog.getByText('Covered').first()).toBeVisible();
  await expect(dialog.locator('mark').first()).toBeVisible();
  const link = dialog.getByRole('link', { name: /Open St Alphege CE Infant School’s policy at this passage/ }).first();
  await expect(link).toHaveAttribute('href', /#\/policies\/[^?]+\?block=/);
  await link.click();
  await expect(page).toHaveURL(/#\/policies\/[^?]+\?block=/);

  // Overrule St Mary's monitoring cell as covered, with a note; it is kept and shown.
  await compare.open();
  const marys = await compare.openCell(MARYS, 'Monitoring and filtering');
  await expect(marys.getByText(/found nothing on this topic/)).toBeVisible();
  await marys.getByRole('radio', { name: 'Covered', exact: true }).check();
  await marys.getByRole('button', { name: 'Save overrule' }).click();
  await expect(marys.getByText('Say why, so others can see the reason for the overrule')).toBeVisible();
  await marys.getByLabel('Note').fill('Filtering is set out in the school’s separate online safety policy');
  await marys.getByRole('button', { name: 'Save overrule' }).click();
  await expect(compare.dialog()).toBeHidden();
  await expect(compare.cell(MARYS, 'Monitoring and filtering')).toHaveAccessibleName(/Covered, 0 passages, overruled/);
  await page.reload();
  await expect(compare.cell(MARYS, 'Monitoring and filtering')).toHaveAccessibleName(/overruled/);
  const again = await compare.openCell(MARYS, 'Monitoring and filtering');
  await expect(again.locator('p', { hasText: 'Overruled as covered' })).toContainText('Filtering is set out in the school’s separate online safety policy');
  await again.getByRole('button', { name: 'Remove overrule' }).click();
  await expect(compare.cell(MARYS, 'Monitoring and filtering')).toHaveText(/Missing/);

  // Filter by phase, sort by gaps.
  await page.getByLabel('Phase').selectOption({ label: 'Infant' });
  await expect(matrix).toHaveAttribute('aria-rowcount', '3');
  await page.getByLabel('Phase').selectOption({ label: 'All phases' });
  await page.getByLabel('Sort').selectOption({ label: 'Most gaps first' });
  await expect(matrix.getByRole('rowheader').first()).toContainText(MARYS);
});

test('clause by clause, template families and the model policy', async ({ app, page }) => {
  test.setTimeout(120_000);
  const compare = await importSeeds(app, page);
  await compare.tab('Clause by clause');
  await compare.chooseClausePair(/^St Alphege CE Infant School:/, /^Pippins Preschool:/);
  const summary = page.getByRole('region', { name: 'Comparison summary' });
  await expect(summary).toContainText(/7\d% similar|8\d% similar/);
  const table = page.getByRole('table', { name: 'Clause by clause' });
  await expect(table.getByRole('row').filter({ hasText: 'Reworded' }).first()).toBeVisible();
  await expect(table.locator('ins').filter({ hasText: 'Pippins Preschool' }).first()).toBeVisible();
  await expect(table.locator('del').filter({ hasText: 'St Alphege CE Infant School' }).first()).toBeVisible();
  await page.getByRole('checkbox', { name: 'Show only differences' }).check();
  await expect(table.getByRole('row').filter({ hasText: /^Same/ })).toHaveCount(0);

  // Against another template: far less alike.
  await compare.chooseClausePair(/^St Alphege CE Infant School:/, /^Malcolm Sargent Primary School:/);
  await expect(summary).toContainText(/^\s*\d% similar|[0-9]% similar/);

  // The trust's model policy: mark one, then compare a setting with it.
  await page.getByLabel('Policy to use as the model').selectOption({ label: await optionLabelMatching(page, 'Policy to use as the model', /^St Alphege/) });
  await page.getByRole('button', { name: 'Mark as model policy' }).click();
  await expect(page.getByRole('region', { name: 'Trust model policy' })).toContainText('The model social media policy is');
  await compare.chooseClausePair(/^Trust model policy/, /^Pippins Preschool:/);
  await expect(summary).toContainText(/[78]\d% similar/);

  // Or import the trust's own document as the model.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a model document…' }).click();
  await (await chooser).setFiles(seedFile('st-alphege-infant', 'txt'));
  await expect(page.getByRole('region', { name: 'Trust model policy' })).toContainText('imported from st-alphege-infant-social-media.txt');
  await compare.chooseClausePair(/^Trust model policy/, /^Pippins Preschool:/);
  await expect(summary).toContainText(/[78]\d% similar/);

  // Template families: St Alphege and Pippins, with Pippins's local differences.
  await compare.tab('Template families');
  const family = page.getByRole('region', { name: 'Family 1: 2 policies' });
  await expect(family).toContainText(ALPHEGE);
  await expect(family).toContainText(PIPPINS);
  await expect(page.getByRole('region', { name: 'Policies with no family' })).toContainText(MALCOLM);
  await family.getByRole('button', { name: `Show local differences of ${PIPPINS}` }).click();
  const diffs = page.getByRole('table', { name: `Local differences of ${PIPPINS}` });
  await expect(diffs).toContainText('Children at Pippins Preschool are not at an age');
  await expect(diffs.locator('ins').filter({ hasText: 'lunch break' })).toBeVisible();
});

test('positions side by side with evidence, disagreement and a correction; currency and fit', async ({ app, page }) => {
  test.setTimeout(120_000);
  const compare = await importSeeds(app, page);
  await compare.tab('Positions');
  const table = compare.positions();
  await expect(compare.position(MALCOLM, 'Review cadence')).toHaveText('Every 5 years');
  await expect(compare.position(ALPHEGE, 'Review cadence')).toHaveText('Annually');
  await expect(table.getByRole('columnheader', { name: /Review cadence/ })).toContainText('Settings disagree');
  await expect(compare.position(ALPHEGE, 'Staff personal use of social media in working hours')).toHaveText('Breaks only');
  await expect(compare.position(ALPHEGE, 'Pupils’ minimum age for social media')).toHaveText('13');

  await compare.position(MARYS, 'Staff personal use of social media in working hours').click();
  const dialog = compare.dialog();
  await expect(dialog).toContainText('No passage');
  await dialog.getByLabel('Position').selectOption({ label: 'Not permitted' });
  await dialog.getByLabel('Note').fill('Confirmed with the headteacher');
  await dialog.getByRole('button', { name: 'Save correction' }).click();
  await expect(compare.position(MARYS, 'Staff personal use of social media in working hours')).toHaveText('Not permitted');
  await expect(compare.position(MARYS, 'Staff personal use of social media in working hours')).toHaveAccessibleName(/\(corrected\)/);

  await compare.position(ALPHEGE, 'Staff personal use of social media in working hours').click();
  await expect(compare.dialog().locator('mark').first()).toContainText('breaktimes');
  await compare.dialog().getByRole('button', { name: 'Close' }).click();

  await compare.tab('Currency and fit');
  const currency = page.getByRole('table', { name: 'Currency and fit' });
  const alphege = currency.getByRole('row').filter({ has: page.getByRole('rowheader', { name: ALPHEGE }) });
  await expect(alphege).toContainText('Cites Keeping Children Safe in Education 2021; 2025 is in force');
  const malcolm = currency.getByRole('row').filter({ has: page.getByRole('rowheader', { name: MALCOLM }) });
  await expect(malcolm).toContainText('Longer than standard');
  await expect(malcolm).toContainText('Reviewed every 5 years');
  const pippins = currency.getByRole('row').filter({ has: page.getByRole('rowheader', { name: PIPPINS }) });
  await expect(pippins).toContainText('Personal devices and mobile phones');

  // A new edition appears: edit the catalogue and the flag follows.
  await page.getByRole('button', { name: 'Edit Keeping Children Safe in Education' }).click();
  await compare.dialog().getByLabel('Latest edition (year)').fill('2026');
  await compare.dialog().getByLabel('In force from').fill('01/09/2026');
  await compare.dialog().getByLabel('In force from').blur();
  await expect(compare.dialog().getByLabel('In force from')).toHaveValue('01/09/2026');
  await compare.dialog().getByRole('button', { name: 'Save guidance' }).click();
  await expect(compare.dialog()).toBeHidden();
  await expect(page.getByRole('table', { name: 'Guidance catalogue' })).toContainText('2026');
});

test('the framework editor: add, rename and remove topics; the matrix follows', async ({ app, page }) => {
  test.setTimeout(120_000);
  const compare = await importSeeds(app, page);
  await compare.tab('Framework');
  await page.getByRole('button', { name: 'Add topic' }).click();
  const dialog = compare.dialog();
  await dialog.getByLabel('Topic name').fill('Live streaming');
  await dialog.getByLabel('Signal phrases').fill('live stream\nlivestream\nvideo/photo sharing');
  await dialog.getByRole('checkbox', { name: 'Infant' }).check();
  await dialog.getByRole('button', { name: 'Add topic' }).click();
  const framework = page.getByRole('table', { name: 'Framework for social media policies' });
  await expect(framework.getByRole('rowheader', { name: /Live streaming/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Checking policies' })).toHaveCount(0, { timeout: 30_000 });

  await page.getByRole('button', { name: 'Edit Blocked sites' }).click();
  await compare.dialog().getByLabel('Topic name').fill('Blocked services');
  await compare.dialog().getByRole('button', { name: 'Save topic' }).click();
  await expect(framework.getByRole('rowheader', { name: /Blocked services/ })).toBeVisible();

  await page.getByRole('button', { name: 'Remove Cyberbullying' }).click();
  await compare.dialog().getByRole('button', { name: 'Remove topic' }).click();
  await expect(framework.getByRole('rowheader', { name: /Cyberbullying/ })).toHaveCount(0);

  await compare.tab('Coverage');
  const matrix = compare.matrix();
  await expect(matrix.getByRole('columnheader', { name: /Live streaming/ })).toBeVisible();
  await expect(matrix.getByRole('columnheader', { name: /Blocked services/ })).toBeVisible();
  await expect(matrix.getByRole('columnheader', { name: /Cyberbullying/ })).toHaveCount(0);
  // St Alphege's "video/photo sharing sites" is found by the new topic; required for infants elsewhere.
  await expect(compare.cell(ALPHEGE, 'Live streaming')).toHaveText(/Covered|Partly/);
  await expect(compare.cell(MARYS, 'Live streaming')).toHaveText(/Missing/);
});

test('the matrix and the positions export as CSV, safe against formula injection', async ({ app, page }) => {
  test.setTimeout(120_000);
  const compare = await importSeeds(app, page);
  // A setting whose name a spreadsheet would run as a formula.
  await compare.app.goToSettings();
  await compare.app.addSetting({ name: '=HYPERLINK("http://example.com","Nursery")', phase: 'Pre-school / nursery' });
  await compare.open();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export matrix as CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain('Setting,Phase,Policy,Coverage %');
  expect(csv).toMatch(/"'=HYPERLINK\(""http:\/\/example\.com"",""Nursery""\)"/);
  expect(csv).not.toMatch(/(^|\n)=HYPERLINK/);
  expect(csv).toContain("St. Mary's CE Infant School");
  expect(csv).toContain('Missing (required)');

  await compare.tab('Positions');
  await expect(compare.positions()).toBeVisible();
  const positions = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export positions as CSV' }).click();
  const text = readFileSync(await (await positions).path(), 'utf8');
  expect(text).toContain('Staff personal use of social media in working hours');
  expect(text).toContain('Every 5 years');
  expect(text).toMatch(/"'=HYPERLINK/);
});


test('the sample trust: its template family, stale citations and a three-yearly cadence', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.open();
  await app.loadSample();
  const compare = new ComparePage(page);
  await compare.open();
  await expect(compare.matrix()).toHaveAttribute('aria-rowcount', '7');
  await compare.tab('Template families');
  const family = page.getByRole('region', { name: 'Family 1: 3 policies' });
  for (const name of ['Brookfield Infant School', 'Brookfield Junior School', 'Oakridge Acorns Pre-school']) await expect(family).toContainText(name);
  await compare.tab('Currency and fit');
  const row = (name: string) => page.getByRole('table', { name: 'Currency and fit' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(row('Brookfield Infant School')).toContainText('Cites Keeping Children Safe in Education 2022; 2025 is in force');
  await expect(row('Oakridge Acorns Pre-school')).toContainText('2024; 2025 is in force');
  await expect(row('Harbour View Primary School')).toContainText('Longer than standard');
});
