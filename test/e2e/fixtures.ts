// Every browser test gets a fresh profile (a new context: its own IndexedDB), fails on any console
// error or uncaught exception, and counts network requests that leave 127.0.0.1.
import { test as base, expect, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';

/** The date every browser test runs on. */
export const TEST_TODAY = new Date('2026-11-21T09:30:00Z');

interface Fixtures {
  app: AppPage;
  consoleErrors: string[];
}

export const test = base.extend<Fixtures>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    await use(errors);
  },
  app: async ({ page, consoleErrors }, use, testInfo) => {
    // The sample trust's dates are relative to today, and the tests read them: every test runs on
    // 21 Nov 2026 (the clock then runs on normally), so they pass on any day.
    await page.clock.install({ time: TEST_TODAY });
    await page.clock.resume();
    await use(new AppPage(page));
    const expected = (testInfo.annotations.find((a) => a.type === 'expected-console-error')?.description ?? '').split('|').filter(Boolean);
    const unexpected = consoleErrors.filter((e) => !expected.some((x) => e.includes(x)));
    expect(unexpected, 'console errors').toEqual([]);
  },
});

export { expect };
export type { Page };
