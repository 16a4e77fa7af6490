// How a test waits on the search page: the page is aria-busy from the moment
// a search (or 显示更多结果) starts until its results and the buttons under
// them are drawn, so a test acts only on what a reader would see settled.
import type { Page } from 'playwright-core';

const MORE = '显示更多结果';

/** Waits until the search page has finished its current search or page of results. */
export async function searchSettled(page: Page): Promise<void> {
  await page.locator('[data-search-page][aria-busy="false"]').waitFor({ timeout: 10_000 });
}

/** Presses 显示更多结果 and waits until the added results and the buttons are drawn; returns how many results show then. */
export async function showMoreResults(page: Page): Promise<number> {
  await page.getByRole('button', { name: MORE }).click();
  await searchSettled(page);
  return page.locator('[data-search-results] a.result-link').count();
}

/** Whether 显示更多结果 is offered (read only when the page is settled). */
export async function moreOffered(page: Page): Promise<boolean> {
  await searchSettled(page);
  return page.getByRole('button', { name: MORE }).isVisible();
}
