// The named-leads register in the browser: hand a DSL role over and see the mismatch with the policy
// appear; end a role and see the vacancy; fill a vacancy; add a policy's named leads in one step.
import { test, expect } from './fixtures';
import { LeadsPage } from './pages/leads-page';

test.beforeEach(async ({ app, page }) => {
  await page.clock.setFixedTime(new Date('2026-11-21T10:00:00Z'));
  await app.open();
  await app.loadSample();
});

test('hand a DSL role over and see the mismatch with the policy appear', async ({ page }) => {
  const leads = new LeadsPage(page);
  await leads.open();
  const oakridge = 'Oakridge Primary School';
  await expect(leads.mismatches(oakridge)).toHaveCount(0);
  await expect(leads.row(oakridge, 'Aisha Rahman', 'Designated Safeguarding Lead')).toContainText('Current');

  await leads.handOver(oakridge, 'Aisha Rahman', 'Designated Safeguarding Lead', 'Gareth Pryce');
  await expect(
    page.getByRole('status').filter({
      hasText: 'Gareth Pryce took over as DSL of Oakridge Primary School from Aisha Rahman on 21 Nov 2026',
    }),
  ).toBeVisible();
  await expect(leads.row(oakridge, 'Gareth Pryce', 'Designated Safeguarding Lead')).toContainText(
    '21 Nov 2026',
  );
  await expect(leads.row(oakridge, 'Aisha Rahman', 'Designated Safeguarding Lead')).toHaveCount(0);
  await expect(leads.mismatches(oakridge)).toContainText(
    'The Social Media and Online Communication Policy names Aisha Rahman as DSL, who left the role on 21 Nov 2026; the current DSL is Gareth Pryce: the policy names a former DSL.',
  );
  await expect(leads.mismatches()).toContainText('Oakridge Primary School');

  // History is kept: the ended role shows when asked for.
  await page.getByLabel('Show ended roles').check();
  await expect(leads.row(oakridge, 'Aisha Rahman', 'Designated Safeguarding Lead')).toContainText('Ended');

  // And the hand over can be undone.
  await page
    .getByRole('status')
    .filter({ hasText: 'Gareth Pryce took over' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(leads.row(oakridge, 'Aisha Rahman', 'Designated Safeguarding Lead')).toContainText('Current');
  await expect(leads.mismatches(oakridge)).toHaveCount(0);
});

test('a vacancy appears when a role ends', async ({ page }) => {
  const leads = new LeadsPage(page);
  await leads.open();
  const oakridge = 'Oakridge Primary School';
  await expect(leads.vacancies(oakridge)).toHaveCount(0);
  await leads.end(oakridge, 'Gareth Pryce', 'Deputy DSL');
  await expect(leads.vacancies(oakridge)).toContainText(
    'No current deputy DSL (required for primary settings): Gareth Pryce held the role until 21 Nov 2026.',
  );
  await expect(leads.vacancies()).toContainText('Oakridge Primary School');
});

test('the sample’s vacancy and former DSL are shown with their reasons; fill the vacancy', async ({
  page,
}) => {
  const leads = new LeadsPage(page);
  await leads.open();
  await expect(leads.vacancies('Brookfield Junior School')).toContainText(
    'No current safeguarding governor (required for junior settings): Ruth Hughes held the role until 21 Sep 2026.',
  );
  await expect(leads.mismatches('Harbour View Primary School')).toContainText(
    'the policy names a former DSL',
  );
  await expect(leads.mismatches('Brookfield Junior School')).toContainText(
    'Marcus Bell, DSL of Brookfield Junior School: Designated Safeguarding Lead training expired on 21 Sep 2026',
  );

  await page
    .getByRole('button', { name: 'Fill the Safeguarding governor vacancy at Brookfield Junior School' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Add a lead' });
  await expect(dialog.getByLabel('Setting')).toHaveValue(/.+/);
  await dialog.getByLabel('Name').fill('Mr Tom Ellis');
  await dialog.getByRole('button', { name: 'Add to the register' }).click();
  await expect(dialog).toBeHidden();
  await expect(leads.row('Brookfield Junior School', 'Tom Ellis', 'Safeguarding governor')).toContainText(
    '21 Nov 2026',
  );
  await expect(leads.vacancies('Brookfield Junior School')).toHaveCount(0);
});

test('add a policy’s named leads to the register in one step', async ({ page }) => {
  const leads = new LeadsPage(page);
  await leads.open();
  const infant = 'Brookfield Infant School';
  // A role removed by mistake: the register no longer has the governor the policy names.
  await page
    .getByRole('button', { name: `Remove David Llewellyn (Safeguarding governor, ${infant})` })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove role' }).click();
  await expect(leads.vacancies(infant)).toContainText('No current safeguarding governor');
  await expect(leads.mismatches(infant)).toContainText(
    'The Social Media Policy names David Llewellyn as safeguarding governor, but the register has no current safeguarding governor',
  );

  await page
    .getByRole('button', {
      name: `Add the named leads of the Social Media Policy of ${infant} to the register`,
    })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Add named leads to the register' });
  const plan = dialog.getByRole('table', { name: 'Named leads in the policy' });
  await expect(
    plan.getByRole('checkbox', { name: 'Add David Llewellyn as Safeguarding governor' }),
  ).toBeChecked();
  await expect(
    plan.getByRole('checkbox', { name: 'Add Hannah Okafor as Designated Safeguarding Lead' }),
  ).toBeDisabled();
  await expect(plan).toContainText('Hannah Okafor is already DSL in the register.');
  await dialog.getByRole('button', { name: 'Add 1 to the register' }).click();
  await expect(dialog).toBeHidden();
  await expect(leads.vacancies(infant)).toHaveCount(0);
  await expect(leads.mismatches(infant)).toHaveCount(0);
  await expect(leads.row(infant, 'David Llewellyn', 'Safeguarding governor')).toContainText('from a policy');
});

test('an end date before the start is refused in the dialog', async ({ page }) => {
  const leads = new LeadsPage(page);
  await leads.open();
  await page.getByRole('button', { name: 'End Gareth Pryce (Deputy DSL, Oakridge Primary School)' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Date the role ended').fill('01/01/2020');
  await dialog.getByRole('button', { name: 'End role' }).click();
  await expect(dialog.getByText(/The end date must be after the start date/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    new LeadsPage(page).row('Oakridge Primary School', 'Gareth Pryce', 'Deputy DSL'),
  ).toContainText('Current');
});
