import type { Page } from 'playwright-core';

export type SectionId = 'overview' | 'segments' | 'customers' | 'predictions' | 'campaigns' | 'data';

/** Goes to a section of the results as a user does, from the section menu, and waits for it to be marked current. */
export async function showSection(page: Page, id: SectionId): Promise<void> {
  await page.click(`[data-testid="section-nav"] a[data-section="${id}"]`);
  await page.waitForSelector(`[data-testid="section-nav"] a[data-section="${id}"][aria-current="true"]`);
}

/** The section the menu marks as the one being read. */
export async function currentSection(page: Page): Promise<string | null> {
  return page.getAttribute('[data-testid="section-nav"] a[aria-current="true"]', 'data-section');
}

/** Whether the page scrolls sideways: wider content than the window, which a phone shows as a page to pan. */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}
