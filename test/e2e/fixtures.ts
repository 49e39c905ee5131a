// Every browser test gets a fresh profile (a new context: its own IndexedDB), fails on any console
// error or uncaught exception, and counts network requests that leave 127.0.0.1.
import { test as base, expect, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';

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
    await use(new AppPage(page));
    const expected = (testInfo.annotations.find((a) => a.type === 'expected-console-error')?.description ?? '').split('|').filter(Boolean);
    const unexpected = consoleErrors.filter((e) => !expected.some((x) => e.includes(x)));
    expect(unexpected, 'console errors').toEqual([]);
  },
});

export { expect };
export type { Page };
