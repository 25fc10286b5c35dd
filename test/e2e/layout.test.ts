import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoViolations } from '../support/axe';
import { useBrowser, waitForState } from '../support/browser';
import { chooseSegmentation } from '../support/rfm-readers';
import { currentSection, scrollsSideways, showSection, type SectionId } from '../support/sections';

const browser = useBrowser();
const SECTIONS: SectionId[] = ['overview', 'segments', 'customers', 'predictions', 'campaigns', 'data'];

/** The app in a window of this size, at this address (the app's own, or with a query or fragment added). */
async function openAt(browser: Browser, width: number, suffix = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${inject('appUrl')}${suffix}`);
  return page;
}

async function loadSample(page: Page): Promise<void> {
  await page.click('[data-testid="load-sample"]');
  await waitForState(page, 'ready');
  await page.waitForSelector('[data-testid="section-nav"]');
}

/** Where a section's heading sits in the window, in pixels from its top. */
async function sectionTop(page: Page, id: SectionId): Promise<number> {
  return page.$eval(`#section-${id}`, (section) => section.getBoundingClientRect().top);
}

describe('the results in sections', () => {
  it('lists every section in the menu as a link to it, and marks the one being read', async () => {
    const page = await openAt(browser(), 1280);
    await loadSample(page);
    const links = await page.$$eval('[data-testid="section-nav"] a', (anchors) => anchors.map((anchor) => ({ section: anchor.dataset.section, href: anchor.getAttribute('href') })));
    expect(links).toEqual(SECTIONS.map((id) => ({ section: id, href: `#section-${id}` })));
    for (const { href } of links) expect(await page.locator(href!).count(), href!).toBe(1);
    expect(await currentSection(page)).toBe('overview');
    for (const id of SECTIONS) {
      await showSection(page, id);
      expect(await scrollsSideways(page), id).toBe(false);
    }

    await showSection(page, 'predictions');
    expect(Math.abs(await sectionTop(page, 'predictions'))).toBeLessThan(120);
    expect(new URL(page.url()).searchParams.get('section')).toBe('predictions');
    // The menu stays at the top, and follows the reader: scrolling back up marks the overview again.
    expect(await page.$eval('[data-testid="section-nav"]', (nav) => nav.getBoundingClientRect().top)).toBe(0);
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, -100_000);
    await expect.poll(() => currentSection(page)).toBe('overview');
    await expect.poll(() => new URL(page.url()).searchParams.has('section')).toBe(false);

    // From the keyboard: Enter on a link goes there, and Tab goes on from that section.
    await page.focus('[data-testid="section-nav"] a[data-section="customers"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => currentSection(page)).toBe('customers');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('section-customers');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-section]')?.getAttribute('data-section'))).toBe('customers');
  });

  it('opens at the section the address names, and keeps the shared tier rules in the fragment', async () => {
    const page = await openAt(browser(), 1280, '?section=customers#tier-rules=seed-notebook');
    await loadSample(page);
    await expect.poll(() => currentSection(page)).toBe('customers');
    await expect.poll(async () => Math.abs(await sectionTop(page, 'customers'))).toBeLessThan(120);
    // The rules the link shares are the rules in force.
    expect(await page.getAttribute('[data-testid="revenue-leak"]', 'data-rules')).toBe('seed-notebook');
    await showSection(page, 'data');
    const address = new URL(page.url());
    expect(address.searchParams.get('section')).toBe('data');
    expect(address.hash).toBe('#tier-rules=seed-notebook');
    // A reload comes back to where the user was.
    await page.reload();
    await loadSample(page);
    await expect.poll(() => currentSection(page)).toBe('data');
    await expect.poll(async () => Math.abs(await sectionTop(page, 'data'))).toBeLessThan(120);
  });

  it("opens with an overview whose figures are the reports', each leading to what to do about it", async () => {
    const page = await openAt(browser(), 1280);
    await loadSample(page);
    const attributes = (selector: string) =>
      page.$eval(selector, (element) => ({ customers: element.getAttribute('data-customers'), revenue: element.getAttribute('data-revenue') }));
    expect(await attributes('[data-testid="overview-at-stake"]')).toEqual(await attributes('[data-testid="revenue-leak"]'));
    expect(await attributes('[data-testid="overview-champions"]')).toEqual(await attributes('[data-testid="margin-protection"]'));
    const customers = await page.$$eval('[data-testid="segment-summary"] tbody [data-segment]', (rows) => rows.reduce((sum, row) => sum + Number(row.getAttribute('data-customers')), 0));
    expect(Number(await page.getAttribute('[data-testid="overview-customers"]', 'data-customers'))).toBe(customers);
    await page.waitForSelector('[data-testid="predictions"][data-state="ready"]', { timeout: 60_000 });
    expect(await page.getAttribute('[data-testid="overview-churn"]', 'data-customers')).toBe(await page.getAttribute('[data-testid="predictions-summary"]', 'data-unlikely-to-buy'));

    // From the named RFM segments, the champions' action switches to the tiers and opens their campaign.
    await chooseSegmentation(page, 'rfm');
    await page.click('[data-testid="overview-champions"] a');
    await page.waitForSelector('[data-testid="campaign"][data-segment="champion"]');
    expect(await page.inputValue('[data-testid="segmentation"]')).toBe('tiers');
    expect(await currentSection(page)).toBe('campaigns');
    expect(Math.abs(await sectionTop(page, 'campaigns'))).toBeLessThan(120);

    await showSection(page, 'overview');
    await page.click('[data-testid="overview-at-stake"] a');
    await page.waitForSelector('[data-testid="campaign"][data-segment="at_risk_whale"]');
    expect(await currentSection(page)).toBe('campaigns');
  });
});

describe.each([360, 390])('on a phone %i px wide', (width) => {
  it('never scrolls the page sideways, in any section, and its menu reaches every section', async () => {
    const page = await openAt(browser(), width);
    await loadSample(page);
    expect(await scrollsSideways(page)).toBe(false);
    for (const id of SECTIONS) {
      await showSection(page, id);
      await expect.poll(async () => Math.abs(await sectionTop(page, id)), { message: id }).toBeLessThan(160);
      expect(await scrollsSideways(page), id).toBe(false);
    }
    // Every entry of the menu is on screen, none hidden off its edge.
    const outside = await page.$$eval('[data-testid="section-nav"] a', (anchors) =>
      anchors.filter((anchor) => anchor.getBoundingClientRect().right > window.innerWidth || anchor.getBoundingClientRect().left < 0).length,
    );
    expect(outside).toBe(0);
  });

  it('scrolls wide tables inside a region the keyboard reaches, and redraws the charts to its width', async () => {
    const page = await openAt(browser(), width);
    await loadSample(page);
    await showSection(page, 'customers');
    const explorer = page.locator('[data-testid="customer-explorer"] [role="region"]');
    await explorer.focus();
    expect(await explorer.evaluate((region) => region === document.activeElement && region.scrollWidth > region.clientWidth)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => explorer.evaluate((region) => region.scrollLeft)).toBeGreaterThan(0);
    expect(await explorer.getAttribute('aria-label')).toBeTruthy();

    await page.locator('[data-testid="charts"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-testid="charts"][data-state="ready"]');
    const widths = await page.$$eval('[data-testid="charts"] svg[role="img"]', (svgs) => svgs.map((svg) => svg.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThan(3);
    for (const drawn of widths) expect(drawn).toBeLessThanOrEqual(width);
    // Redrawn, not shrunk: the SVG's own width is the width it is shown at, so its labels keep their size.
    const scaled = await page.$$eval('[data-testid="charts"] svg[role="img"]', (svgs) =>
      svgs.filter((svg) => Math.abs(Number(svg.getAttribute('width')) - svg.getBoundingClientRect().width) > 1).length,
    );
    expect(scaled).toBe(0);
    expect(await scrollsSideways(page)).toBe(false);

    // The treemap is laid out for the phone's width too: its tiles' labels are drawn at their own size.
    await showSection(page, 'segments');
    const treemap = await page.$eval('[data-testid="treemap"]', (svg) => ({ laidOut: (svg as SVGSVGElement).viewBox.baseVal.width, shown: svg.getBoundingClientRect().width }));
    expect(treemap.shown).toBeLessThanOrEqual(width);
    expect(Math.abs(treemap.laidOut - treemap.shown)).toBeLessThan(8);
    expect(await page.locator('[data-testid="treemap"] .tile-label').count()).toBeGreaterThan(0);
  });

  it('has no accessibility violations', async () => {
    const page = await openAt(browser(), width);
    await loadSample(page);
    await page.waitForSelector('[data-testid="predictions"][data-state="ready"]', { timeout: 60_000 });
    await expectNoViolations(page, `the results at ${width} px`);
  });
});
