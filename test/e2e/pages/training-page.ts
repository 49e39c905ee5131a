// Page object for the training feature (issue 6).
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

export const TRAINING_FIXTURES = join(__dirname, '../../fixtures/training');

export class TrainingPage {
  readonly app: AppPage;
  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async open(
    tab: 'Compliance' | 'Matrix' | 'Staff' | 'Completions' | 'Courses' = 'Compliance',
  ): Promise<void> {
    await this.app.nav('Training').click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Training' })).toBeVisible();
    await this.tab(tab).click();
    await expect(this.tab(tab)).toHaveAttribute('aria-current', 'page');
  }

  tab(name: string): Locator {
    return this.page
      .getByRole('navigation', { name: 'Training sections' })
      .getByRole('link', { name, exact: true });
  }

  dialog(name?: string | RegExp): Locator {
    return name ? this.page.getByRole('dialog', { name }) : this.page.getByRole('dialog');
  }

  /** A fresh trust with one setting and the default courses. */
  async freshTrustWithSetting(setting: string): Promise<void> {
    await this.app.open();
    await this.app.createTrust('Northmoor Learning Trust');
    await this.app.goToSettings();
    await this.app.addSetting({ name: setting, phase: 'Infant', type: 'Academy' });
    await this.open('Courses');
    await this.page.getByRole('button', { name: 'Add the default courses' }).click();
    await expect(this.page.getByRole('table', { name: 'Courses' }).getByRole('row')).toHaveCount(7);
  }

  async chooseSetting(name: string): Promise<void> {
    await this.page.getByLabel('Setting', { exact: true }).selectOption({ label: name });
  }

  /** Runs the staff import wizard up to the preview, choosing `file` from the fixtures. */
  async importStaffFile(file: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Import staff' }).click();
    const wizard = this.dialog('Import staff');
    const chooser = this.page.waitForEvent('filechooser');
    await wizard.getByRole('button', { name: 'Choose a file…' }).click();
    await (await chooser).setFiles(join(TRAINING_FIXTURES, file));
    await expect(wizard.getByRole('listitem').filter({ hasText: '2. Match the columns' })).toHaveAttribute(
      'aria-current',
      'step',
    );
    return wizard;
  }

  staffTable(setting: string): Locator {
    return this.page.getByRole('table', { name: `Staff of ${setting}` });
  }

  settingRow(setting: string): Locator {
    return this.page
      .getByRole('table', { name: 'Compliance by setting' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: setting }) });
  }

  courseRow(course: string): Locator {
    return this.page
      .getByRole('table', { name: 'Compliance by course' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: course, exact: true }) });
  }
}
