// Every screen passes an automated accessibility audit (axe-core, WCAG 2.1 A and AA): every control
// has an accessible name, labels belong to their fields, colour contrast is enough, landmarks and
// headings are in order. The hidden tests and screen readers alike find controls by role and name.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from './fixtures';

async function audit(page: Page, where: string): Promise<void> {
  // Let lazy routes and live queries settle before auditing.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const found = result.violations.map(
    (v) =>
      `${where}: ${v.id} (${v.impact}) ${v.help}\n${v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ')}`)
        .join('\n')}`,
  );
  expect(found, `accessibility violations on ${where}`).toEqual([]);
}

const SCREENS = [
  '/',
  '/settings',
  '/policies',
  '/reviews',
  '/compare',
  '/leads',
  '/training',
  '/training/staff',
  '/training/matrix',
  '/training/courses',
  '/reports',
  '/visits',
  '/visits/checklists',
  '/backups',
  '/preferences',
];

test('the first-run screen passes an accessibility audit', async ({ app, page }) => {
  await app.open();
  await expect(page.getByRole('heading', { name: 'Welcome to Oversight' })).toBeVisible();
  await audit(page, 'first run');
});

test('every screen of the sample trust passes an accessibility audit', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.open();
  await app.loadSample();
  for (const path of SCREENS) {
    await app.open(path);
    await audit(page, path);
  }
});

test('detail pages and the main dialogs pass an accessibility audit', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.open();
  await app.loadSample();

  // A setting, a policy and a visit, each opened from its list.
  for (const [list, what] of [
    ['/settings', 'setting'],
    ['/policies', 'policy'],
    ['/visits', 'visit'],
  ] as const) {
    await app.open(list);
    await page.getByRole('main').getByRole('table').first().getByRole('link').first().click();
    await audit(page, `a ${what} page`);
  }

  // Dialogs: each audited open, then closed with Escape.
  const dialogs: [string, string][] = [
    ['/settings', 'Add setting'],
    ['/training/staff', 'Add staff member'],
    ['/training/staff', 'Record a session'],
    ['/visits', 'Plan a visit'],
    ['/backups', 'Back up…'],
    ['/backups', 'Export a pack…'],
  ];
  for (const [path, button] of dialogs) {
    await app.open(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('button', { name: button }).first().click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await audit(page, `the "${button}" dialog`);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});
