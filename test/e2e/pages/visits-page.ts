// Page object for audit visits: plan, record each checklist item, actions, write-up.
import { expect, type Locator, type Page } from '@playwright/test';

export class VisitsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Visits', exact: true })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Visits' })).toBeVisible();
  }

  async plan(input: { setting: string; date: string; officer: string; checklist?: string }): Promise<void> {
    await this.page
      .getByRole('button', { name: /^Plan (a|your first) visit$/ })
      .first()
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'Plan a visit' });
    await dialog.getByLabel('Setting').selectOption({ label: input.setting });
    await dialog.getByLabel('Date of the visit').fill(input.date);
    await dialog.getByLabel('Date of the visit').blur();
    await dialog.getByLabel('Officer').fill(input.officer);
    if (input.checklist) {
      const select = dialog.getByLabel('Checklist');
      await select.selectOption(
        (await select.locator('option', { hasText: input.checklist }).getAttribute('value'))!,
      );
    }
    await dialog.getByRole('button', { name: 'Plan visit' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      this.page.getByRole('heading', { level: 1, name: `Visit to ${input.setting}` }),
    ).toBeVisible();
  }

  /** A checklist item on the visit page, found by (part of) its text. */
  item(text: string | RegExp): Locator {
    return this.page.getByRole('group', { name: text });
  }

  async judge(
    text: string | RegExp,
    judgement: 'Met' | 'Partly met' | 'Not met' | 'Not seen',
  ): Promise<void> {
    const item = this.item(text);
    await item.getByRole('radio', { name: judgement, exact: true }).check();
    await expect(item.getByRole('radio', { name: judgement, exact: true })).toBeChecked();
  }

  async note(text: string | RegExp, note: string): Promise<void> {
    const field = this.item(text).getByLabel('Note');
    await field.fill(note);
    await field.blur();
    await expect(this.item(text).getByText('Saved')).toBeVisible();
  }

  async addEvidence(
    text: string | RegExp,
    file: { name: string; mimeType: string; buffer: Buffer },
  ): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.item(text)
      .getByRole('button', { name: /^Add evidence/ })
      .click();
    await (await chooser).setFiles(file);
    await expect(this.item(text).getByRole('button', { name: `Open ${file.name}` })).toBeVisible();
  }

  async addAction(
    text: string | RegExp,
    action: { text: string; owner: string; due?: string },
  ): Promise<void> {
    await this.item(text)
      .getByRole('button', { name: /^Add action/ })
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'Add an action' });
    await dialog.getByLabel('Action', { exact: true }).fill(action.text);
    await dialog.getByLabel('Owner').fill(action.owner);
    if (action.due) {
      await dialog.getByLabel('Due date').fill(action.due);
      await dialog.getByLabel('Due date').blur();
    }
    await dialog.getByRole('button', { name: 'Save action' }).click();
    await expect(dialog).toBeHidden();
  }

  visitsTable(): Locator {
    return this.page.getByRole('table', { name: 'Visits' });
  }
}
