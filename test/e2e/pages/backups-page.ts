// Page object for the Backups page: back up, restore, automatic backups, visit packs, removing a person.
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class BackupsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Backups', exact: true })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async setPassphrase(dialog: Locator, passphrase: string, confirm = passphrase): Promise<void> {
    await dialog.getByRole('checkbox', { name: 'Protect with a passphrase' }).check();
    await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await dialog.getByLabel('Repeat the passphrase').fill(confirm);
  }

  /** Backs up everything and returns the saved file's path. */
  async backUp(path: string, passphrase?: string): Promise<string> {
    await this.page.getByRole('button', { name: 'Back up…' }).click();
    const dialog = this.dialog('Back up everything');
    if (passphrase) await this.setPassphrase(dialog, passphrase);
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Save backup' }).click();
    return this.save(await download, path);
  }

  async save(download: Download, path: string): Promise<string> {
    await download.saveAs(path);
    return path;
  }

  /** Picks a file for "Restore from a backup…" (the first-run screen has the same button). */
  async chooseBackup(path: string, button = 'Restore from a backup…'): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: button }).click();
    await (await chooser).setFiles(path);
  }

  async enterPassphrase(passphrase: string): Promise<void> {
    const dialog = this.dialog('Enter the passphrase');
    await dialog.getByLabel('Passphrase').fill(passphrase);
    await dialog.getByRole('button', { name: 'Open file' }).click();
  }

  async confirmRestore(): Promise<void> {
    await this.dialog('Replace everything with this backup?')
      .getByRole('button', { name: 'Replace my data with this backup' })
      .click();
  }

  automaticBackups(): Locator {
    return this.page.getByRole('table', { name: 'Automatic backups' });
  }
}

/** Exports a visit pack of the named settings from the Backups page; returns the saved file's path. */
export async function exportPack(
  page: Page,
  settings: string[],
  path: string,
  passphrase?: string,
): Promise<string> {
  const backups = new BackupsPage(page);
  await page.getByRole('button', { name: 'Export a pack…' }).click();
  const dialog = backups.dialog('Export a visit pack');
  for (const name of settings) await dialog.getByRole('checkbox', { name, exact: true }).check();
  if (passphrase) await backups.setPassphrase(dialog, passphrase);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export pack' }).click();
  await (await download).saveAs(path);
  await expect(dialog).toBeHidden();
  return path;
}

/** Imports a pack from the Backups page and waits for its review. */
export async function openPack(page: Page, path: string, passphrase?: string): Promise<Locator> {
  const backups = new BackupsPage(page);
  await backups.chooseBackup(path, 'Import a pack…');
  if (passphrase) await backups.enterPassphrase(passphrase);
  const review = backups.dialog('Import a visit pack');
  await expect(review).toBeVisible();
  return review;
}
