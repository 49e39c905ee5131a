// Reviews in the browser: the dashboard on the sample trust, recording a review and watching the status
// change, a new version attached at review, the trust's preferences moving statuses, and reminders.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from './fixtures';
import { DashboardPage, ReviewsPage } from './pages/reviews-page';

const TODAY = new Date('2026-11-21T10:00:00Z');

async function sampleTrust(
  app: { open(): Promise<void>; loadSample(): Promise<void> },
  page: Page,
): Promise<void> {
  await page.clock.setFixedTime(TODAY);
  await app.open();
  await app.loadSample();
}

test('the dashboard: counts, lists with reasons, red / amber / green per setting, the next 12 months by term', async ({
  app,
  page,
}) => {
  await sampleTrust(app, page);
  const dash = new DashboardPage(page);
  await expect(dash.figure('Overdue')).toHaveText('1');
  await expect(dash.figure('Due soon')).toHaveText('1');
  await expect(dash.figure('No date')).toHaveText('1');
  await expect(dash.figure('Cadence exceptions')).toHaveText('1');
  await expect(dash.list('Overdue')).toContainText('Brookfield Infant School');
  await expect(dash.list('Overdue')).toContainText(
    'Overdue since Sep 2026. The policy states its next review as September 2026 (no day given: due by 30 Sep 2026).',
  );
  await expect(dash.list('Due soon')).toContainText('Due soon: on 11 Dec 2026 (in 20 days)');
  await expect(dash.list('No date')).toContainText("St Cuthbert's CE Infant School");
  await expect(dash.list('Cadence exceptions')).toContainText(
    'Reviewed every three years, longer than the trust standard (every year) for social media policies.',
  );
  await expect(dash.ragRow('Brookfield Infant School')).toContainText('Red');
  await expect(dash.ragRow('Brookfield Junior School')).toContainText('Amber');
  await expect(dash.ragRow('Oakridge Primary School')).toContainText('Green');
  await expect(dash.term('Autumn 2026')).toContainText('Brookfield Junior School, 11 Dec 2026');
  await expect(dash.term('Spring 2027')).toContainText('Brookfield Infant School, Jan 2027');
  await expect(dash.term('Autumn 2027')).toBeVisible();

  // Filters: by phase and by policy type.
  await page.getByLabel('Phase').selectOption({ label: 'Junior' });
  await expect(dash.figure('Overdue')).toHaveText('0');
  await expect(dash.figure('Due soon')).toHaveText('1');
  await expect(page.getByRole('table', { name: 'Settings by review status' }).getByRole('row')).toHaveCount(
    2,
  );
  await page.getByLabel('Phase').selectOption({ label: 'All phases' });
  await page.getByLabel('Policy type').selectOption({ label: 'Online safety' });
  await expect(dash.figure('Overdue')).toHaveText('0');
  await expect(page.getByText('2 policies in 6 settings')).toBeVisible();

  // Every item opens its policy.
  await page.getByLabel('Policy type').selectOption({ label: 'All types' });
  await dash
    .list('Overdue')
    .getByRole('link', { name: 'Open Social Media Policy of Brookfield Infant School' })
    .click();
  await expect(page).toHaveURL(/#\/policies\/[0-9a-f-]+$/);
});

test('record a review and watch the status change', async ({ app, page }) => {
  await sampleTrust(app, page);
  const reviews = new ReviewsPage(page);
  await reviews.open();
  const row = reviews.row('Brookfield Infant School', 'Social Media Policy');
  await expect(row).toContainText('Overdue since Sep 2026');

  await reviews.startRecording('Brookfield Infant School', 'Social Media Policy');
  await reviews.fill({
    approved: '18/11/2026',
    reviewer: 'Hannah Okafor',
    body: 'Local Governing Body',
    meeting: '18/11/2026',
    minute: 'LGB/26/11.3',
    summary: 'Updated for KCSIE 2026.',
  });
  await reviews.save();
  await expect(reviews.dialog()).toBeHidden();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Review recorded: Social Media Policy, Brookfield Infant School' }),
  ).toBeVisible();
  await expect(row).toContainText('Current');
  await expect(row).toContainText('Current until 18 Nov 2027');
  await expect(row).toContainText('18 Nov 2026');

  // Its history, with the review's details.
  await page
    .getByRole('link', { name: 'Review history of Social Media Policy, Brookfield Infant School' })
    .click();
  const history = page.getByRole('table', { name: 'Review history of Social Media Policy' });
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history).toContainText('LGB/26/11.3');
  await expect(history).toContainText('Updated for KCSIE 2026.');
  await expect(
    page.getByText('Review recorded: approved 18 Nov 2026 by Local Governing Body (minute LGB/26/11.3).'),
  ).toBeVisible();

  // The dashboard follows.
  await app.nav('Overview').click();
  const dash = new DashboardPage(page);
  await expect(dash.figure('Overdue')).toHaveText('0');
  await expect(dash.ragRow('Brookfield Infant School')).toContainText('Green');
});

test('a review can set its next review by term; mistakes are reported in the dialog and nothing is saved', async ({
  app,
  page,
}) => {
  await sampleTrust(app, page);
  const reviews = new ReviewsPage(page);
  await reviews.open();
  await reviews.startRecording('Brookfield Junior School', 'Social Media Policy');
  await reviews.fill({ approved: '22/11/2026', nextReview: 'sometime' });
  await reviews.save();
  await expect(
    reviews.dialog().getByText('The approval date cannot be after today (21 Nov 2026)'),
  ).toBeVisible();
  await expect(reviews.dialog().getByText('“sometime” is not a date')).toBeVisible();
  await expect(reviews.dialog().getByLabel('Date approved')).toHaveAttribute('aria-invalid', 'true');

  await reviews.fill({ approved: '20/11/2026', nextReview: 'Spring 2027' });
  await reviews.save();
  await expect(reviews.dialog()).toBeHidden();
  const row = reviews.row('Brookfield Junior School', 'Social Media Policy');
  await expect(row).toContainText('Current until Spring 2027');
});

test('a review with the approved document attached makes it the current version', async ({ app, page }) => {
  await sampleTrust(app, page);
  const dir = mkdtempSync(join(tmpdir(), 'oversight-review-'));
  const file = join(dir, 'brookfield-infant-social-media-2026.txt');
  writeFileSync(
    file,
    [
      'Brookfield Infant School',
      'Social Media Policy',
      'Approved by: Local Governing Body',
      'Date approved: 18 November 2026',
      'Date of next review: November 2027',
      'Designated Safeguarding Lead: Hannah Okafor',
      '1. Purpose',
      'This policy sets out how staff, pupils and parents use social media safely.',
    ].join('\n\n'),
  );
  const reviews = new ReviewsPage(page);
  await reviews.open();
  await reviews.startRecording('Brookfield Infant School', 'Social Media Policy');
  await reviews.fill({ approved: '18/11/2026', body: 'Local Governing Body' });
  const chooser = page.waitForEvent('filechooser');
  await reviews.dialog().getByRole('button', { name: 'Attach the approved document…' }).click();
  await (await chooser).setFiles(file);
  await expect(
    reviews.dialog().getByText('brookfield-infant-social-media-2026.txt will become the current version'),
  ).toBeVisible();
  await reviews.save();
  await expect(reviews.dialog()).toBeHidden();
  await page
    .getByRole('link', { name: 'Review history of Social Media Policy, Brookfield Infant School' })
    .click();
  await expect(page.getByRole('table', { name: 'Review history of Social Media Policy' })).toContainText(
    'brookfield-infant-social-media-2026.txt',
  );
});

test('preferences: the standard cadence and the due-soon window change statuses', async ({ app, page }) => {
  await sampleTrust(app, page);
  await app.nav('Preferences').click();
  await page.getByLabel('Social media (months)').fill('36');
  await page.getByLabel('Due soon window (days)').fill('7');
  await page.getByRole('button', { name: 'Save review and leads preferences' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Review and leads preferences saved' }),
  ).toBeVisible();
  await app.nav('Overview').click();
  const dash = new DashboardPage(page);
  await expect(dash.figure('Cadence exceptions')).toHaveText('0');
  await expect(dash.figure('Due soon')).toHaveText('0');

  // A bad value is refused inline.
  await app.nav('Preferences').click();
  await page.getByLabel('Due soon window (days)').fill('lots');
  await page.getByRole('button', { name: 'Save review and leads preferences' }).click();
  await expect(page.getByText('Enter a whole number of days from 0 to 365')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Due soon window (days)')).toHaveValue('7');
});

test('reminders: one desktop notification for what is newly due, listed in the app, not repeated', async ({
  app,
  page,
}) => {
  await page.addInitScript(() => {
    const sent: { title: string; body: string }[] = [];
    (window as unknown as { __notifications: typeof sent }).__notifications = sent;
    class FakeNotification {
      static permission = 'granted';
      static requestPermission = async () => 'granted';
      constructor(title: string, options?: { body?: string }) {
        sent.push({ title, body: options?.body ?? '' });
      }
    }
    (window as unknown as { Notification: unknown }).Notification = FakeNotification;
  });
  await sampleTrust(app, page);
  const sent = () =>
    page.evaluate(
      () => (window as unknown as { __notifications: { title: string; body: string }[] }).__notifications,
    );
  await expect
    .poll(sent)
    .toEqual([
      {
        title: 'Policy reviews: 1 overdue and 1 due soon',
        body: 'Brookfield Infant School: Social Media Policy; Brookfield Junior School: Social Media Policy.',
      },
    ]);
  const dash = new DashboardPage(page);
  await expect(dash.list('Reminders').getByRole('listitem')).toHaveCount(2);
  await expect(dash.list('Reminders')).toContainText('Overdue since Sep 2026. Since 21 Nov 2026.');

  // A restart the same day notifies nothing new.
  await page.reload();
  await expect(dash.list('Reminders').getByRole('listitem')).toHaveCount(2);
  // The check runs a few seconds after start.
  await page.waitForTimeout(4500);
  expect(await sent()).toEqual([]);
});
