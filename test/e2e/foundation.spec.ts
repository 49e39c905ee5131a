import { expect, test } from './fixtures';

test.describe('first run', () => {
  test('shows the empty state: create a trust or try the sample', async ({ app, page }) => {
    await app.open();
    await expect(page.getByRole('heading', { name: 'Welcome to Oversight' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Create your trust' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try the sample trust' })).toBeVisible();
  });

  test('refuses a trust with no name, inline', async ({ app, page }) => {
    await app.open();
    await page.getByRole('button', { name: 'Create trust' }).click();
    const name = page.getByLabel('Name of your trust or local authority');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Enter the name of your trust or local authority')).toBeVisible();
  });
});

test('create a trust and three settings; reload and find them', async ({ app, page }) => {
  await app.open();
  await app.createTrust('Fenwick Valley Schools Trust');
  await app.goToSettings();
  await expect(page.getByRole('heading', { name: 'No settings yet' })).toBeVisible();
  await app.addSetting({ name: 'Fenwick Nursery', phase: 'Pre-school / nursery', type: 'Early years provider', urn: 'EY400123' });
  await app.addSetting({ name: 'Fenwick Infant School', phase: 'Infant', type: 'Maintained school', urn: '118201' });
  await app.addSetting({ name: 'Fenwick Junior School', phase: 'Junior', urn: '118202', localAuthority: 'Northmoor' });

  await page.reload();
  await expect(page.getByText('Fenwick Valley Schools Trust', { exact: true })).toBeVisible();
  const table = app.settingsTable();
  await expect(table.getByRole('row')).toHaveCount(4);
  for (const name of ['Fenwick Nursery', 'Fenwick Infant School', 'Fenwick Junior School']) {
    await expect(table.getByRole('rowheader', { name })).toBeVisible();
  }

  await page.getByLabel('Phase').selectOption({ label: 'Infant' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('rowheader', { name: 'Fenwick Infant School' })).toBeVisible();
});

test('inline errors: empty name, duplicate name, invalid URN', async ({ app, page }) => {
  await app.open();
  await app.createTrust('Fenwick Valley Schools Trust');
  await app.goToSettings();
  await app.addSetting({ name: "St. Mary's CE Infant School", phase: 'Infant', urn: '118000' });

  await page.getByRole('button', { name: 'Add setting' }).click();
  const dialog = app.settingDialog();
  await dialog.getByRole('button', { name: 'Save setting' }).click();
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Enter the setting’s name')).toBeVisible();

  await app.fillSetting({ name: 'st marys ce infant school', urn: '12ab' });
  await dialog.getByRole('button', { name: 'Save setting' }).click();
  await expect(dialog.getByText('A setting called “St. Mary\'s CE Infant School” already exists')).toBeVisible();
  await expect(dialog.getByText('A URN is 6 digits, or an Ofsted number such as EY123456')).toBeVisible();
  await expect(dialog.getByLabel('URN or Ofsted number')).toHaveAttribute('aria-invalid', 'true');

  await app.fillSetting({ name: 'St Peter’s CE Infant School', urn: '118001' });
  await dialog.getByRole('button', { name: 'Save setting' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.settingsTable().getByRole('row')).toHaveCount(3);
});

test('edit, archive with undo, and restore a setting', async ({ app, page }) => {
  await app.open();
  await app.createTrust('Fenwick Valley Schools Trust');
  await app.goToSettings();
  await app.addSetting({ name: 'Garston Primary School', phase: 'Primary' });
  await page.getByRole('button', { name: 'Edit Garston Primary School' }).click();
  await app.fillSetting({ name: 'Garston Primary Academy' });
  await app.settingDialog().getByRole('button', { name: 'Save setting' }).click();
  const table = app.settingsTable();
  await expect(table.getByRole('rowheader', { name: 'Garston Primary Academy' })).toBeVisible();

  await page.getByRole('button', { name: 'Archive Garston Primary Academy' }).click();
  await expect(table.getByRole('rowheader', { name: 'Garston Primary Academy' })).toBeHidden();
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(table.getByRole('rowheader', { name: 'Garston Primary Academy' })).toBeVisible();

  await page.getByRole('button', { name: 'Archive Garston Primary Academy' }).click();
  await page.getByRole('checkbox', { name: /Show archived/ }).check();
  await expect(app.settingRow('Garston Primary Academy')).toContainText('Archived');
  await page.getByRole('button', { name: 'Restore Garston Primary Academy' }).click();
  await expect(app.settingRow('Garston Primary Academy')).toContainText('Active');
});

test('load the sample trust', async ({ app, page }) => {
  await app.open();
  await app.loadSample();
  await expect(page.getByText('Kestrel Vale Learning Trust', { exact: true })).toBeVisible();
  await app.goToSettings();
  const table = app.settingsTable();
  await expect(table.getByRole('row')).toHaveCount(7);
  await expect(app.settingRow('Oakridge Primary School')).toContainText('Oakridge Acorns Pre-school');
  await page.reload();
  await expect(table.getByRole('row')).toHaveCount(7);
});

test('an injected inline script is blocked by the Content Security Policy', async ({ app, page }) => {
  test.info().annotations.push({ type: 'expected-console-error', description: 'Content Security Policy' });
  await app.open();
  await expect(page.getByRole('heading', { name: 'Welcome to Oversight' })).toBeVisible();
  const violation = page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
      }),
  );
  const ran = await page.evaluate(() => {
    (window as unknown as { injected?: boolean }).injected = false;
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
    return (window as unknown as { injected?: boolean }).injected;
  });
  expect(ran).toBe(false);
  expect(await violation).toMatch(/^script-src/);
  // An inline event handler in injected markup is refused too.
  const clicked = await page.evaluate(() => {
    (window as unknown as { clicked?: boolean }).clicked = false;
    const div = document.createElement('div');
    div.innerHTML = '<img src="data:," onerror="window.clicked = true">';
    document.body.append(div);
    return new Promise<boolean>((resolve) => setTimeout(() => resolve((window as unknown as { clicked?: boolean }).clicked === true), 300));
  });
  expect(clicked).toBe(false);
});

test('keyboard: skip link and dialog focus', async ({ app, page }) => {
  await app.open();
  await app.createTrust('Fenwick Valley Schools Trust');
  await app.goToSettings();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  await page.getByRole('button', { name: 'Add setting' }).click();
  await expect(app.settingDialog().getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(app.settingDialog()).toBeHidden();
});

test('the storage notice says when the browser may clear the data, and stays dismissed', async ({ app, page }) => {
  await app.open();
  await app.createTrust('Fenwick Valley Schools Trust');
  // Headless Chromium does not grant persistent storage to a page it has not seen before.
  const notice = page.getByRole('status').filter({ hasText: 'Storage is not guaranteed.' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss storage notice' }).click();
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(app.nav('Overview')).toBeVisible();
  await expect(page.getByText('Storage is not guaranteed.')).toBeHidden();
});
