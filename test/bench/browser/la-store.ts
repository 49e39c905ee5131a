// Loads the LA-scale backup into a fresh browser profile through the app's own restore screen.
import { expect, type Page } from '@playwright/test';
import { LA_BACKUP } from '../harness';

export async function restoreLaBackup(page: Page): Promise<number> {
  await page.goto('./');
  const started = Date.now();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (await chooser).setFiles(LA_BACKUP);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 10 * 60_000 });
  return Date.now() - started;
}

export async function markTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(`oversight:${n}`).length > 0, name, { timeout: 60_000 });
  return page.evaluate((n) => performance.getEntriesByName(`oversight:${n}`)[0]!.startTime, name);
}
