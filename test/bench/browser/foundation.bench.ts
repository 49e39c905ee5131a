import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { median, record } from '../harness';
import { markTime, restoreLaBackup } from './la-store';

const WEB_OUT = join(__dirname, '../../..', process.env.OVERSIGHT_WEB_OUT ?? 'out/web');

test('foundation: store and settings list at LA scale; start-up JavaScript', async ({ page }) => {
  const restoreMs = await restoreLaBackup(page);
  record({ name: 'Restore the LA backup through the app (browser)', value: restoreMs / 1000, unit: 's', notes: '600 settings, 3,000 policies, 30,000 staff, 300,000 completions' });

  const open: number[] = [];
  const list: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    await page.goto('./#/settings');
    await page.reload();
    list.push(await markTime(page, 'settings-rendered'));
    open.push(await markTime(page, 'db-open'));
    await expect(page.getByRole('table', { name: 'Settings' }).getByRole('row')).toHaveCount(601);
  }
  record({ name: 'Open the database with LA data (from navigation start)', value: median(open), unit: 'ms', target: { below: 1000 }, notes: 'median of 5 reloads' });
  record({ name: 'Settings list of 600 rendered (from navigation start)', value: median(list), unit: 'ms', target: { below: 1500 }, notes: 'median of 5 reloads' });

  await page.goto('./#/');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js'))
      .map((e) => ({ url: e.name, size: (e as PerformanceResourceTiming).decodedBodySize })),
  );
  const files = scripts.map((s) => new URL(s.url).pathname.replace(/^\//, ''));
  const raw = files.reduce((n, f) => n + readFileSync(join(WEB_OUT, f)).byteLength, 0);
  const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(join(WEB_OUT, f))).byteLength, 0);
  const heavy = files.filter((f) => /pdf|mammoth|docx|outline-render/.test(f));
  expect(heavy, 'heavy libraries load only when needed').toEqual([]);
  record({ name: 'JavaScript loaded at start-up (gzip)', value: gzip / 1024, unit: 'KiB', target: { below: 250 }, notes: `${files.length} files, ${Math.round(raw / 1024)} KiB uncompressed; no pdfjs, mammoth or docx` });
});
