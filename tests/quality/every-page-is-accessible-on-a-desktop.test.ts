/** Every built page in Chromium at 1280 px: axe finds 0 WCAG 2.2 A/AA violations and the CSP blocks nothing. */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { axeViolations, WCAG_A_AA } from '../support/axe.ts';
import { accessibilitySweep } from '../support/axe-sweep.ts';
import { pagePaths } from '../support/dist-pages.ts';

const site = inject('siteUrl');
const paths = pagePaths(inject('siteDist'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('every page on a desktop', () => {
  it('has 0 axe violations of WCAG 2.2 A/AA and 0 CSP violations at 1280 px, and loads nothing from outside the site', async () => {
    const { violations, external } = await accessibilitySweep(browser, site, paths, 1280);
    expect(violations).toEqual([]);
    expect(external).toEqual([]);
  }, 600_000);

  it('the sweep itself sees violations: a picture without alt text and grey-on-white text are reported', async () => {
    const page = await browser.newPage();
    await page.setContent('<html lang="zh-CN"><title>t</title><main><img src="data:,"><p style="color:#bbb">浅灰色的字</p></main></html>');
    expect((await axeViolations(page, WCAG_A_AA)).map((v) => v.id).sort()).toEqual(['color-contrast', 'image-alt']);
    await page.close();
  });
});
