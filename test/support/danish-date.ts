import type { Page } from 'playwright-core';

/**
 * Types a `YYYY-MM-DD` date into a date field's three text fields, as a person does: day and month without leading
 * zeros ("7", "5", "2027"). An empty date empties all three.
 */
export async function fillDate(page: Page, name: string, date: string): Promise<void> {
  const [year = '', month = '', day = ''] = date ? date.split('-') : [];
  await page.fill(`#${name}-day`, day ? String(Number(day)) : '');
  await page.fill(`#${name}-month`, month ? String(Number(month)) : '');
  await page.fill(`#${name}-year`, year);
}

/** What a date field's three text fields hold, as one `D.M.YYYY` text. */
export async function dateShown(page: Page, name: string): Promise<string> {
  const parts = await Promise.all(['day', 'month', 'year'].map((part) => page.inputValue(`#${name}-${part}`)));
  return parts.join('.');
}

/** Types a Copenhagen wall-clock moment (`YYYY-MM-DDTHH:MM`) into a date field with its time: the date, and "9.30". */
export async function fillMoment(page: Page, name: string, moment: string): Promise<void> {
  const [date = '', time = ''] = moment.split('T');
  await fillDate(page, name, date);
  await page.fill(`#${name}-kl`, time.replace(':', '.'));
}
