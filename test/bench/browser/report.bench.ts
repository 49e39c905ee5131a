// The governor report in the app at local-authority scale: from "Export report" to the .docx download
// (records read from the store, the model built, charts drawn, the document written in its worker),
// with the progress the page shows on the way and the page's JavaScript heap.
import { expect, test } from '@playwright/test';
import { record } from '../harness';
import { restoreLaBackup } from './la-store';

test('reports: the 600-setting governor report in the browser, with progress', async ({ page }) => {
  await restoreLaBackup(page);
  await page.goto('./#/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();

  const labels = new Set<string>();
  let peakHeap = 0;
  let done = false;
  const started = Date.now();
  const download = page.waitForEvent('download', { timeout: 10 * 60_000 }).finally(() => (done = true));
  await page.getByRole('button', { name: 'Export report' }).click();
  while (!done) {
    const seen = await page.evaluate(() => ({
      label: document.querySelector('.report-progress span')?.textContent ?? null,
      heap: (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
    }));
    if (seen.label) labels.add(seen.label);
    peakHeap = Math.max(peakHeap, seen.heap);
    await page.waitForTimeout(100);
  }
  const file = await download;
  const total = Date.now() - started;
  const steps = await page.evaluate(() =>
    ['read', 'model', 'charts', 'write'].map((n) => `${n} ${Math.round(performance.getEntriesByName(`oversight:report-${n}`).at(-1)?.duration ?? 0)} ms`).join(', '),
  );
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  record({
    name: 'Governor report, 600 settings, in the browser: Export report to download',
    value: total,
    unit: 'ms',
    target: { below: 20_000 },
    notes: `${steps}; ${labels.size} distinct progress messages shown (${[...labels].slice(0, 3).join(' / ')}…)`,
  });
  record({ name: 'Governor report, 600 settings, in the browser: peak JavaScript heap of the page', value: peakHeap / 1024 / 1024, unit: 'MB', notes: 'sampled every 100 ms; the document is written in a worker' });
});
