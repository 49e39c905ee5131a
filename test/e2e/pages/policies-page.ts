// Page object for the policy library, the import panel and the review screen.
import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppPage } from './app-page';

export const SEEDS = join(__dirname, '../../../../shared/seeds');
export const SEED_STEMS = [
  'captain-webb-primary',
  'malcolm-sargent-primary',
  'pippins-preschool',
  'st-alphege-infant',
  'st-marys-infant',
];
export const seedFile = (stem: string, ext = 'docx') => join(SEEDS, `${stem}-social-media.${ext}`);

export class PoliciesPage {
  readonly app: AppPage;
  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async open(): Promise<void> {
    await this.app.nav('Policies').click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Policies' })).toBeVisible();
  }

  /** Imports files through the "Import policies" button and its file picker. */
  async importFiles(paths: string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import policies' }).first().click();
    await (await chooser).setFiles(paths);
  }

  /** Drops files onto the window, as dragging them from the desktop would. */
  async dropFiles(files: { name: string; bytes: Buffer; type?: string }[]): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      (list) => {
        const dt = new DataTransfer();
        for (const f of list)
          dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type ?? '' }));
        return dt;
      },
      files.map((f) => ({ name: f.name, bytes: [...f.bytes], type: f.type })),
    );
    await this.page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await this.page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await this.page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  }

  static fileFromDisk(path: string): { name: string; bytes: Buffer } {
    return { name: basename(path), bytes: readFileSync(path) };
  }

  panel(): Locator {
    return this.page.getByRole('region', { name: /Importing policies|Import finished|Import undone/ });
  }

  progress(): Locator {
    return this.page.getByRole('progressbar', { name: 'Import progress' });
  }

  results(): Locator {
    return this.page.getByRole('list', { name: 'Import results' }).getByRole('listitem');
  }

  result(fileName: string): Locator {
    return this.results().filter({ hasText: fileName });
  }

  async waitForImport(count: number): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Import finished' })).toBeVisible({
      timeout: 60_000,
    });
    await expect(this.results()).toHaveCount(count);
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Policies' });
  }

  fieldCard(label: string): Locator {
    return this.page
      .getByRole('region', { name: 'Fields read from the document' })
      .getByRole('region', { name: label, exact: true });
  }
}

/** Drops real files and folders from disk onto the page, as the desktop does (Chromium's drag events). */
export async function dropFromDisk(page: Page, paths: string[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const data = { items: [], files: paths, dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const)
    await cdp.send('Input.dispatchDragEvent', { type, x: 600, y: 400, data });
}
