// Offline and private: the whole workflow, with every request to anything but the app's own origin
// blocked and counted. Expect none at all.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { BackupsPage } from './pages/backups-page';
import { PoliciesPage, seedFile } from './pages/policies-page';
import { VisitsPage } from './pages/visits-page';

const dir = mkdtempSync(join(tmpdir(), 'oversight-offline-'));
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

/** Whether a URL is the app's own (127.0.0.1, or a blob: or data: URL the app made itself). */
function isLocal(href: string): boolean {
  const url = new URL(href);
  if (url.protocol === 'data:') return true;
  if (url.protocol === 'blob:') return new URL(url.pathname).hostname === '127.0.0.1';
  return url.hostname === '127.0.0.1';
}

async function blockNetwork(context: BrowserContext, attempts: string[]): Promise<void> {
  await context.route('**/*', async (route) => {
    if (isLocal(route.request().url())) return route.continue();
    attempts.push(`routed: ${route.request().url()}`);
    return route.abort('blockedbyclient');
  });
  const watch = (r: Request) => {
    if (!isLocal(r.url())) attempts.push(`seen: ${r.url()}`);
  };
  context.on('request', watch);
  await context.routeWebSocket(/.*/, (ws) => {
    attempts.push(`websocket: ${ws.url()}`);
    return ws.close();
  });
}

test('the whole workflow makes no network request', async ({
  app,
  page,
  context,
  browser,
  baseURL,
  consoleErrors,
}) => {
  test.setTimeout(180_000);
  const attempts: string[] = [];
  await blockNetwork(context, attempts);

  // The counter works: a deliberate request from this browser is caught (and then forgotten). The app's
  // own Content Security Policy would stop one from the app before it reached the network.
  const probe = await context.newPage();
  await probe.goto('https://www.gov.uk/').catch(() => null);
  await probe.close();
  expect(attempts.some((a) => a.includes('https://www.gov.uk/'))).toBe(true);
  attempts.length = 0;
  await app.open();

  // A new trust and its settings.
  await app.createTrust('Fenwick Valley Schools Trust');
  await app.goToSettings();
  await app.addSetting({
    name: 'Fenwick Nursery',
    phase: 'Pre-school / nursery',
    type: 'Early years provider',
  });
  await app.addSetting({ name: 'Garston Primary School', phase: 'Primary' });

  // Import a policy (the policy library reads Word documents in a worker).
  const policies = new PoliciesPage(page);
  await policies.open();
  await policies.importFiles([seedFile('st-marys-infant')]);
  await policies.waitForImport(1);

  // Record a visit, with evidence and an action, and write it up as a Word document.
  const visits = new VisitsPage(page);
  await visits.open();
  await visits.plan({ setting: 'Garston Primary School', date: '12/11/2026', officer: 'Ruth Adeyemi' });
  await visits.judge(/DSL\) is named/, 'Met');
  await visits.judge(/Filtering and monitoring are checked/, 'Not met');
  await visits.note(/Filtering and monitoring are checked/, 'No log of checks.');
  await visits.addEvidence(/Filtering and monitoring are checked/, {
    name: 'log.png',
    mimeType: 'image/png',
    buffer: PNG,
  });
  await visits.addAction(/Filtering and monitoring are checked/, {
    text: 'Log filtering checks every term',
    owner: 'DSL',
    due: '31/01/2027',
  });
  const writeUp = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Write up/ }).click();
  expect((await writeUp).suggestedFilename()).toMatch(/\.docx$/);

  // Back up, encrypted.
  const backups = new BackupsPage(page);
  await backups.open();
  const file = await backups.backUp(join(dir, 'fenwick.oversight'), 'offline and private always');
  expect(readFileSync(file).byteLength).toBeGreaterThan(1000);

  // Another laptop: the sample trust, then the backup restored over it.
  const other = await browser.newContext({ baseURL });
  await blockNetwork(other, attempts);
  const page2 = await other.newPage();
  page2.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`second laptop: ${m.text()}`);
  });
  const app2 = new AppPage(page2);
  await app2.open();
  await app2.loadSample();
  const backups2 = new BackupsPage(page2);
  await backups2.open();
  await backups2.chooseBackup(file);
  await backups2.enterPassphrase('offline and private always');
  await backups2.confirmRestore();
  await expect(page2.getByRole('status').filter({ hasText: 'Restored fenwick.oversight' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page2.getByText('Fenwick Valley Schools Trust', { exact: true })).toBeVisible();
  await app2.goToSettings();
  await expect(app2.settingsTable().getByRole('row')).toHaveCount(4);
  await other.close();

  expect(attempts, 'requests that tried to leave the laptop').toEqual([]);
});
