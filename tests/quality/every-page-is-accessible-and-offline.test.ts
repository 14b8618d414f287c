/**
 * Every built page in Chromium, as a visitor on a phone: axe finds 0 WCAG 2.2 A/AA violations, the CSP blocks
 * nothing, nothing is fetched from outside the site, and at 320 px with 200% text nothing scrolls sideways.
 * The desktop sweep is its own file (every-page-is-accessible-on-a-desktop.test.ts), so the two run side by side.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { accessibilitySweep } from '../support/axe-sweep.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { pagePaths } from '../support/dist-pages.ts';

const site = inject('siteUrl');
const paths = pagePaths(inject('siteDist'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('every page', () => {
  it('has 0 axe violations of WCAG 2.2 A/AA and 0 CSP violations at 375 px, and loads nothing from outside the site', async () => {
    const { violations, external } = await accessibilitySweep(browser, site, paths, 375);
    expect(violations).toEqual([]);
    expect(external).toEqual([]);
  }, 600_000);

  it('does not scroll sideways at 320 px with text zoomed to 200%', async () => {
    const { page, context } = await openPage(browser, site, { viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const path of paths.filter((p) => !p.startsWith('/talks/') && !p.startsWith('/project/'))) {
      await page.goto(`${site}${path}`);
      // CSSOM changes are not inline styles, so the strict CSP allows this 200% text zoom.
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 1) wide.push(`${path} (+${overflow}px)`);
    }
    await context.close();
    expect(wide).toEqual([]);
  }, 600_000);
});
