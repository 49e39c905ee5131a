// Page object for Reports: the options, the preview and the export of a governor report.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

export class ReportsPage {
  readonly app: AppPage;
  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async open(): Promise<void> {
    await this.app.nav('Reports').click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  }

  options(): Locator {
    return this.page.getByRole('region', { name: 'Report options' });
  }

  async fill(input: { meeting?: string; meetingDate?: string; asOf?: string; marking?: string; author?: string }): Promise<void> {
    const o = this.options();
    if (input.meeting !== undefined) await o.getByLabel('Meeting', { exact: true }).fill(input.meeting);
    if (input.meetingDate !== undefined) {
      await o.getByLabel('Meeting date').fill(input.meetingDate);
      await o.getByLabel('Meeting date').blur();
    }
    if (input.asOf !== undefined) {
      await o.getByLabel('Data as of').fill(input.asOf);
      await o.getByLabel('Data as of').blur();
    }
    if (input.author !== undefined) await o.getByLabel('Prepared by').fill(input.author);
    if (input.marking !== undefined) await o.getByLabel('Confidentiality marking').selectOption({ label: input.marking });
  }

  section(name: string): Locator {
    return this.options().getByRole('checkbox', { name: new RegExp(`^${name}`) });
  }

  preview(): Locator {
    return this.page.getByRole('article', { name: 'Report preview' });
  }

  async showPreview(): Promise<void> {
    await this.page.getByRole('button', { name: 'Preview report' }).click();
    await expect(this.preview()).toBeVisible({ timeout: 30_000 });
  }

  /** Exports and returns the download (the browser's "save as"). */
  async export(): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout: 60_000 });
    await this.page.getByRole('button', { name: 'Export report' }).click();
    return download;
  }

  /** A table of the preview by its caption, as rows of cell texts (header row first). */
  async tableRows(caption: string): Promise<string[][]> {
    const table = this.preview().getByRole('table', { name: caption });
    await expect(table).toBeVisible();
    return table.evaluate((t) => Array.from((t as HTMLTableElement).rows, (r) => Array.from(r.cells, (c) => (c.textContent ?? '').trim())));
  }
}
