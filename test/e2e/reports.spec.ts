// Governor reports in the browser: build the sample trust's report, preview it, receive the .docx, and
// read it back with python-docx; a setting's own report from its page; the writer under the desktop
// app's Content Security Policy.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Route } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/ipc/security';
import { readDocx, requireConsumers } from '../support/docx-consumers';
import { expect, test, TEST_TODAY } from './fixtures';
import { ReportsPage } from './pages/reports-page';

const dir = mkdtempSync(join(tmpdir(), 'oversight-e2e-reports-'));

/** A date this many days from today, as typed (dd/mm/yyyy) and as stored (yyyy-mm-dd). */
function inDays(days: number): { typed: string; iso: string } {
  const d = new Date(TEST_TODAY);
  d.setDate(d.getDate() + days);
  const p = (n: number) => String(n).padStart(2, '0');
  return {
    typed: `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`,
    iso: `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`,
  };
}

test('build a report for the sample trust and receive the .docx download', async ({ app, page }) => {
  requireConsumers();
  // The report writer (docx, in its worker) is not part of start-up, nor of the Reports page: it loads
  // when a report is written. Record the scripts each step loads.
  let scripts: { url: string; text: Promise<string> }[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) scripts.push({ url: r.url(), text: r.text().catch(() => '') });
  });
  const loaded = async () => {
    const texts = await Promise.all(scripts.map((s) => s.text));
    const urls = scripts.map((s) => s.url);
    scripts = [];
    return {
      docx: texts.some((t) => t.includes('w:tblHeader')),
      worker: urls.some((u) => u.includes('report-worker')),
      wasm: texts.some((t) => t.includes('WebAssembly')),
    };
  };
  await app.open();
  await expect(page.getByRole('button', { name: 'Try the sample trust' })).toBeVisible();
  expect(await loaded()).toEqual({ docx: false, worker: false, wasm: false });
  await app.loadSample();
  await loaded(); // the sample's own Word policies are written with docx

  const reports = new ReportsPage(page);
  await reports.open();
  expect(await loaded()).toEqual({ docx: false, worker: false, wasm: false });
  const meeting = inDays(18);
  await reports.fill({
    meeting: 'Autumn term trust board',
    meetingDate: meeting.typed,
    author: 'Trust safeguarding lead',
    marking: 'OFFICIAL-SENSITIVE',
  });
  await reports.showPreview();
  const preview = reports.preview();
  await expect(preview.getByRole('heading', { name: 'Safeguarding report to governors' })).toBeVisible();
  await expect(preview.getByText('OFFICIAL-SENSITIVE')).toBeVisible();
  for (const section of [
    'Summary',
    'Policy reviews',
    'Named leads',
    'Training',
    'Policy comparison',
    'Audit visits',
    'Method note',
  ]) {
    await expect(preview.getByRole('heading', { level: 3, name: new RegExp(`^${section}`) })).toBeVisible();
  }
  const shown = await reports.tableRows(
    'Red, amber or green per setting, worst first, with what lies behind it',
  );
  expect(shown).toHaveLength(7);
  await expect(preview.getByRole('img', { name: /^Training compliance per setting: / })).toBeVisible();

  const download = await reports.export();
  expect(download.suggestedFilename()).toBe(
    `Safeguarding report to governors - Autumn term trust board - ${meeting.iso}.docx`,
  );
  const file = join(dir, 'trust-report.docx');
  await download.saveAs(file);
  await expect(page.getByRole('status').filter({ hasText: 'Report saved as' })).toBeVisible();

  // The file holds exactly what the preview showed.
  const reading = readDocx(file);
  expect(reading.headings.filter((h) => h.style === 'Heading 1').map((h) => h.text)).toEqual([
    'Summary',
    'Policy reviews',
    'Named leads',
    'Training',
    'Policy comparison',
    'Audit visits',
    'Method note',
  ]);
  const inFile = reading.tables.find((t) => JSON.stringify(t.rows[0]) === JSON.stringify(shown[0]));
  expect(inFile?.rows).toEqual(shown);
  expect(reading.sections[0]!.header).toContain('OFFICIAL-SENSITIVE');
  expect(reading.images).toBeGreaterThanOrEqual(2);
  // The writer loaded only now, in its worker, and without WebAssembly.
  expect(await loaded()).toMatchObject({ worker: true, wasm: false });

  // The next meeting's report starts from these choices (dates and names-or-counts excepted).
  await page.reload();
  await reports.open();
  await expect(reports.options().getByLabel('Meeting', { exact: true })).toHaveValue(
    'Autumn term trust board',
  );
  await expect(reports.options().getByLabel('Prepared by')).toHaveValue('Trust safeguarding lead');
  await expect(reports.options().getByLabel('Confidentiality marking')).toHaveValue('OFFICIAL-SENSITIVE');
  await expect(reports.options().getByLabel('Meeting date')).toHaveValue('');
  await expect(reports.options().getByRole('radio', { name: 'As counts (recommended)' })).toBeChecked();
});

test('a setting’s page offers its own report, from the same engine', async ({ app, page }) => {
  requireConsumers();
  await app.open();
  await app.loadSample();
  await app.goToSettings();
  await app.settingsTable().getByRole('link', { name: 'Brookfield Junior School' }).click();
  await page.getByRole('link', { name: 'Governor report for Brookfield Junior School' }).click();
  const reports = new ReportsPage(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Report for Brookfield Junior School' }),
  ).toBeVisible();
  await reports.section('Policy comparison').uncheck();
  const download = await reports.export();
  expect(download.suggestedFilename()).toMatch(
    /^Safeguarding report to governors - Brookfield Junior School - \d{4}-\d{2}-\d{2}\.docx$/,
  );
  const file = join(dir, 'setting-report.docx');
  await download.saveAs(file);
  const reading = readDocx(file);
  expect(reading.paragraphs).toContain('Brookfield Junior School');
  expect(reading.headings.map((h) => h.text)).not.toContain('Policy comparison');
  const summary = reading.tables.find((t) => t.rows[0]![0] === 'Setting' && t.rows[0]![1] === 'Overall')!;
  expect(summary.rows.slice(1).map((r) => r[0])).toEqual(['Brookfield Junior School']);
  await expect(
    reports
      .preview()
      .getByRole('table', { name: 'Red, amber or green per setting, worst first, with what lies behind it' })
      .getByRole('row'),
  ).toHaveCount(2);
});

test('the choices are checked before anything is built', async ({ app, page }) => {
  await app.open();
  await app.loadSample();
  const reports = new ReportsPage(page);
  await reports.open();
  await reports.fill({ meetingDate: '01/01/2001' });
  for (const name of [
    'Summary',
    'Policy reviews',
    'Named leads',
    'Training',
    'Policy comparison',
    'Audit visits',
    'Method note',
  ])
    await reports.section(name).uncheck();
  await page.getByRole('button', { name: 'Preview report' }).click();
  await expect(
    reports
      .options()
      .getByText('The meeting is before the "as of" date: choose a meeting date on or after it'),
  ).toBeVisible();
  await expect(reports.options().getByText('Choose at least one section')).toBeVisible();
  await expect(reports.preview()).toHaveCount(0);
  await reports.options().getByRole('radio', { name: 'One setting' }).check();
  await page.getByRole('button', { name: 'Preview report' }).click();
  await expect(reports.options().getByText('Choose the setting the report is for')).toBeVisible();
});

/** Serves every response with a CSP header, as the desktop app's protocol handler does (so the worker gets it too). */
async function withCspHeader(route: Route, policy: string) {
  const response = await route.fetch();
  await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
}

test('the report writer runs under the desktop app’s strict Content Security Policy', async ({
  app,
  page,
}) => {
  requireConsumers();
  // No eval of any kind, WebAssembly included: the charts are drawn with the page's canvas.
  expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
  // No eval of any kind (nor WebAssembly compilation); 'unsafe-inline' is allowed for styles only.
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(?!inline)/);
  expect(CONTENT_SECURITY_POLICY.split('; ').filter((d) => d.startsWith('script-src'))).toEqual([
    "script-src 'self'",
  ]);
  await page.route('**/*', (route) => withCspHeader(route, CONTENT_SECURITY_POLICY));
  await app.open();
  await app.loadSample();
  const reports = new ReportsPage(page);
  await reports.open();
  const download = await reports.export();
  const file = join(dir, 'under-csp.docx');
  await download.saveAs(file);
  const reading = readDocx(file);
  expect(reading.images).toBeGreaterThanOrEqual(2);
  expect(reading.headings.filter((h) => h.style === 'Heading 1')).toHaveLength(7);
});
