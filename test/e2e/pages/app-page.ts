// Page object for the app shell and its first feature (the trust and its settings).
import { expect, type Locator, type Page } from '@playwright/test';

export interface SettingInput {
  name: string;
  phase?: string;
  type?: string;
  urn?: string;
  localAuthority?: string;
}

export class AppPage {
  constructor(readonly page: Page) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(`./#${path}`);
  }

  nav(label: string): Locator {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true });
  }

  async createTrust(name: string, kind: 'Multi-academy trust' | 'Local authority' = 'Multi-academy trust'): Promise<void> {
    await this.page.getByLabel('Name of your trust or local authority').fill(name);
    await this.page.getByRole('radio', { name: kind }).check();
    await this.page.getByRole('button', { name: 'Create trust' }).click();
    await expect(this.nav('Overview')).toBeVisible();
  }

  async loadSample(): Promise<void> {
    await this.page.getByRole('button', { name: 'Try the sample trust' }).click();
    await expect(this.nav('Overview')).toBeVisible({ timeout: 30_000 });
  }

  async goToSettings(): Promise<void> {
    await this.nav('Settings').click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  }

  settingDialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async fillSetting(input: SettingInput): Promise<void> {
    const dialog = this.settingDialog();
    await dialog.getByLabel('Name', { exact: true }).fill(input.name);
    if (input.phase) await dialog.getByLabel('Phase').selectOption({ label: input.phase });
    if (input.type) await dialog.getByLabel('Type').selectOption({ label: input.type });
    if (input.localAuthority) await dialog.getByLabel('Local authority').fill(input.localAuthority);
    if (input.urn !== undefined) await dialog.getByLabel('URN or Ofsted number').fill(input.urn);
  }

  async addSetting(input: SettingInput): Promise<void> {
    await this.page.getByRole('button', { name: /^Add (your first )?setting$/ }).first().click();
    await this.fillSetting(input);
    await this.settingDialog().getByRole('button', { name: 'Save setting' }).click();
    await expect(this.settingDialog()).toBeHidden();
    await expect(this.settingsTable().getByRole('rowheader', { name: input.name })).toBeVisible();
  }

  /** The row whose header cell is this setting's name. */
  settingRow(name: string): Locator {
    return this.settingsTable().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  settingsTable(): Locator {
    return this.page.getByRole('table', { name: 'Settings' });
  }
}
