// Page object for Compare: the coverage matrix and its evidence, positions, clause by clause, template
// families, currency and the framework.
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

export class ComparePage {
  readonly app: AppPage;
  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async open(): Promise<void> {
    await this.app.nav('Compare').click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Compare' })).toBeVisible();
  }

  async tab(name: 'Coverage' | 'Positions' | 'Clause by clause' | 'Template families' | 'Currency and fit' | 'Framework'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  matrix(): Locator {
    return this.page.getByRole('table', { name: 'Coverage matrix' });
  }

  /** A setting's row of the matrix. */
  row(setting: string): Locator {
    return this.matrix().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: setting }) });
  }

  /** The button of one cell: its name says the setting, the topic, the status and the passages. */
  cell(setting: string, topic: string): Locator {
    return this.matrix().getByRole('button', { name: new RegExp(`^${escape(setting)}, ${escape(topic)}: `) });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async openCell(setting: string, topic: string): Promise<Locator> {
    await this.cell(setting, topic).click();
    const dialog = this.dialog();
    await expect(dialog.getByRole('heading', { name: `${topic} at ${setting}` })).toBeVisible();
    return dialog;
  }

  positions(): Locator {
    return this.page.getByRole('table', { name: 'Positions side by side' });
  }

  position(setting: string, question: string): Locator {
    return this.positions().getByRole('button', { name: new RegExp(`^${escape(setting)}: ${escape(question)}: `) });
  }

  async chooseClausePair(first: RegExp | string, second: RegExp | string): Promise<void> {
    await this.page.getByLabel('First policy').selectOption({ label: typeof first === 'string' ? first : await this.optionLabel('First policy', first) });
    await this.page.getByLabel('Second policy').selectOption({ label: typeof second === 'string' ? second : await this.optionLabel('Second policy', second) });
  }

  private async optionLabel(select: string, pattern: RegExp): Promise<string> {
    return optionLabelMatching(this.page, select, pattern);
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The label of the option matching `pattern`, waiting for the select's options to load (they come from the store). */
export async function optionLabelMatching(page: Page, select: string, pattern: RegExp): Promise<string> {
  let found: string | undefined;
  let labels: string[] = [];
  await expect
    .poll(
      async () => {
        labels = await page.getByLabel(select).locator('option').allTextContents();
        found = labels.find((l) => pattern.test(l));
        return found !== undefined;
      },
      { message: `an option matching ${pattern} in ${select}`, timeout: 15_000 },
    )
    .toBe(true);
  if (!found) throw new Error(`No option matching ${pattern} in ${select}: ${labels.join(' | ')}`);
  return found;
}
