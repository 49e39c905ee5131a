// The policy page brings the review cycle and the leads register to the document: its review record,
// "Record a review", and adding the leads the policy names to the register.
import { expect, test } from './fixtures';
import { PoliciesPage, seedFile } from './pages/policies-page';

test('a policy’s review record, and its named leads added to the register from its page', async ({ app, page }) => {
  await app.open();
  await app.createTrust('Fenwick Valley Schools Trust');
  const policies = new PoliciesPage(page);
  await policies.open();
  await policies.importFiles([seedFile('st-alphege-infant')]);
  await policies.waitForImport(1);
  await page.getByRole('link', { name: 'Social Media Policy' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Social Media Policy' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Policy views' }).getByRole('link', { name: 'Review record' }).click();
  const record = page.getByRole('region', { name: 'Review record' });
  await expect(record).toContainText('Overdue');
  await expect(record).toContainText('Sep 2023');
  await expect(record.getByRole('button', { name: /^Record a review of Social Media Policy/ })).toBeVisible();

  await page.getByRole('button', { name: 'Add named leads to the register' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add named leads to the register' });
  const leads = dialog.getByRole('table', { name: 'Named leads in the policy' });
  await expect(leads.getByRole('row', { name: /Jacqui Spinks.*Designated Safeguarding Lead/ })).toContainText('Sep 2022');
  await expect(leads).toContainText('Paula Trewin');
  await dialog.getByRole('button', { name: /^Add \d+ to the register$/ }).click();
  await expect(dialog).toBeHidden();

  await app.nav('Named leads').click();
  const register = page.getByRole('main');
  await expect(register).toContainText('Jacqui Spinks');
  await expect(register).toContainText('Paula Trewin');
});
