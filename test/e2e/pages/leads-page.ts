// Page object for the named-leads register.
import { expect, type Locator, type Page } from '@playwright/test';

export class LeadsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Named leads', exact: true })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Named leads' })).toBeVisible();
  }

  table(setting: string): Locator {
    return this.page.getByRole('table', { name: `Named leads at ${setting}` });
  }

  row(setting: string, person: string, role: string): Locator {
    return this.table(setting)
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: person, exact: true }) })
      .filter({ hasText: role });
  }

  mismatches(setting?: string): Locator {
    return this.page.getByRole('list', {
      name: setting ? `Mismatches at ${setting}` : 'Mismatches',
      exact: true,
    });
  }

  vacancies(setting?: string): Locator {
    return this.page.getByRole('list', {
      name: setting ? `Vacancies at ${setting}` : 'Vacancies',
      exact: true,
    });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async handOver(setting: string, person: string, role: string, to: string, on?: string): Promise<void> {
    await this.page.getByRole('button', { name: `Hand over ${person} (${role}, ${setting})` }).click();
    const d = this.dialog();
    await d.getByLabel('New holder').fill(to);
    if (on) await d.getByLabel('Date of the hand over').fill(on);
    await d.getByRole('button', { name: 'Hand over', exact: true }).click();
    await expect(d).toBeHidden();
  }

  async end(setting: string, person: string, role: string, on?: string): Promise<void> {
    await this.page.getByRole('button', { name: `End ${person} (${role}, ${setting})` }).click();
    const d = this.dialog();
    if (on) await d.getByLabel('Date the role ended').fill(on);
    await d.getByRole('button', { name: 'End role' }).click();
    await expect(d).toBeHidden();
  }
}
