// Page objects for the review dashboard (overview), the reviews list and the "Record a review" dialog.
import { expect, type Locator, type Page } from '@playwright/test';

export interface ReviewInput {
  approved?: string;
  reviewer?: string;
  body?: string;
  meeting?: string;
  minute?: string;
  summary?: string;
  nextReview?: string;
}

export class ReviewsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reviews', exact: true })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Reviews' })).toBeVisible();
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Policy reviews' });
  }

  /** The row of a setting's policy. */
  row(setting: string, policy: string): Locator {
    return this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: setting, exact: true }) })
      .filter({ has: this.page.getByRole('link', { name: `Open ${policy} of ${setting}`, exact: true }) });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Record a review' });
  }

  async startRecording(setting: string, policy: string): Promise<void> {
    await this.page.getByRole('button', { name: `Record a review of ${policy}, ${setting}` }).click();
    await expect(this.dialog()).toBeVisible();
  }

  async fill(input: ReviewInput): Promise<void> {
    const d = this.dialog();
    if (input.approved !== undefined) await d.getByLabel('Date approved').fill(input.approved);
    if (input.reviewer !== undefined) await d.getByLabel('Reviewed by').fill(input.reviewer);
    if (input.body !== undefined) await d.getByLabel('Approving body').fill(input.body);
    if (input.meeting !== undefined) await d.getByLabel('Meeting date').fill(input.meeting);
    if (input.minute !== undefined) await d.getByLabel('Minute reference').fill(input.minute);
    if (input.summary !== undefined) await d.getByLabel('Summary of changes').fill(input.summary);
    if (input.nextReview !== undefined) await d.getByLabel('Next review (optional)').fill(input.nextReview);
  }

  async save(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Save review' }).click();
  }
}

export class DashboardPage {
  constructor(readonly page: Page) {}

  /** The figure on one of the "at a glance" cards. */
  figure(title: 'Overdue' | 'Due soon' | 'No date' | 'Cadence exceptions'): Locator {
    return this.page
      .getByRole('region', { name: 'At a glance' })
      .getByRole('article')
      .filter({ has: this.page.getByRole('heading', { name: title, exact: true }) })
      .locator('.stat-figure');
  }

  list(title: 'Overdue' | 'Due soon' | 'No date' | 'Cadence exceptions' | 'Reminders'): Locator {
    return this.page.getByRole('list', { name: title, exact: true });
  }

  ragRow(setting: string): Locator {
    return this.page
      .getByRole('table', { name: 'Settings by review status' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: setting, exact: true }) });
  }

  term(label: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${label}: \\d+ due$`) });
  }
}
