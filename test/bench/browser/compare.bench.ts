// The coverage matrix at LA scale: 600 settings × 20 topics from the stored LA sample, in the built app.
// The matrix is drawn from what is stored: the LA sample's policies carry the extractions it was written
// with (empty until the sample is extracted), so most cells say "not covered"; the work of loading,
// computing and drawing is the same either way.
import { expect, test, type Page } from '@playwright/test';
import { median, record } from '../harness';
import { markTime, restoreLaBackup } from './la-store';

/** Clicks "Compare" in the sidebar and returns the ms from the click to the matrix drawn. */
async function openCompare(page: Page): Promise<number> {
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.evaluate(() => {
    performance.mark('bench:compare-click');
    document.querySelector<HTMLAnchorElement>('nav[aria-label="Main"] a[href="#/compare"]')!.click();
  });
  const drawn = await markTime(page, 'compare-matrix-rendered');
  const clicked = await page.evaluate(() => performance.getEntriesByName('bench:compare-click')[0]!.startTime);
  return drawn - clicked;
}

test('compare: coverage matrix of 600 settings × 20 topics from stored data', async ({ page }) => {
  await restoreLaBackup(page);
  const table = page.getByRole('table', { name: 'Coverage matrix' });

  // The first opening after a restore fills the cache of topic evidence from the 600 documents.
  await page.goto('./#/');
  await page.reload();
  const first = await openCompare(page);
  await expect(table).toHaveAttribute('aria-rowcount', '601');
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
  await page.waitForTimeout(3000);

  const fromClick: number[] = [];
  const fromReload: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    await page.goto('./#/');
    await page.reload();
    fromClick.push(await openCompare(page));
    await expect(table).toHaveAttribute('aria-rowcount', '601');
    await expect(table.getByRole('columnheader')).toHaveCount(21);
    await page.reload();
    fromReload.push(await markTime(page, 'compare-matrix-rendered'));
  }
  const covered = await table.getByRole('button', { name: /: Covered/ }).count();
  record({
    name: 'Coverage matrix, 600 settings × 20 topics: open Compare to first render',
    value: median(fromClick),
    unit: 'ms',
    target: { below: 500 },
    notes: `median of 5; ${covered} covered cells on the first screen (the LA sample's stored extractions)`,
  });
  record({ name: 'Coverage matrix, 600 × 20: reload of /compare to first render (from navigation start)', value: median(fromReload), unit: 'ms', notes: 'median of 5; includes opening the app and the database' });
  record({ name: 'Coverage matrix, 600 × 20: first opening after a restore (cache of topic evidence empty)', value: first, unit: 'ms', notes: 'reads the 600 documents once' });

  // Scrolling to the last setting keeps the header in place and draws the rows reached.
  await page.getByLabel('Coverage matrix, scrollable').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(table.getByRole('row').last()).toHaveAttribute('aria-rowindex', '601');
  await expect(table.getByRole('columnheader').first()).toBeInViewport();
});
