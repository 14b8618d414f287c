/** 适老化: the 大字 and 高对比 switches work, persist across pages, stay accessible, and vanish cleanly without JavaScript. */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser.ts';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const bodyPx = (page: import('playwright-core').Page) => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
const lineHeight = (page: import('playwright-core').Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.prose p, main p')!).lineHeight) / parseFloat(getComputedStyle(document.querySelector('.prose p, main p')!).fontSize));

describe('reading comfort', () => {
  it('body text is at least 16 px with Chinese line height of at least 1.7', async () => {
    const { page } = await openPage(browser, site);
    await page.goto(`${site}/people/he-maodong/`);
    expect(await bodyPx(page)).toBeGreaterThanOrEqual(16);
    expect(await lineHeight(page)).toBeGreaterThanOrEqual(1.7);
    expect(await page.evaluate(() => getComputedStyle(document.body).lineBreak)).toBe('strict');
  });

  it('大字 makes body text at least 18 px, and the choice follows the reader to the next page', async () => {
    const { page, context } = await openPage(browser, site);
    await page.goto(`${site}/`);
    const large = page.getByRole('button', { name: '大字' });
    await expect(large.getAttribute('aria-pressed')).resolves.toBe('false');
    await large.click();
    await expect(large.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await bodyPx(page)).toBeGreaterThanOrEqual(18);
    await page.getByRole('link', { name: '何茂栋' }).first().click();
    await page.waitForURL(`${site}/people/he-maodong/`);
    expect(await page.evaluate(() => document.documentElement.dataset['size'])).toBe('large');
    expect(await bodyPx(page)).toBeGreaterThanOrEqual(18);
    await expect(page.getByRole('button', { name: '大字' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await context.close();
  });

  it('高对比 persists and pages in 大字 + 高对比 still have 0 axe violations', async () => {
    const { page, context } = await openPage(browser, site, { viewport: { width: 375, height: 800 } });
    await page.goto(`${site}/`);
    // On a phone the switches are in the 菜单 (a <details>): open it as a reader would.
    await page.locator('.menu > summary').click();
    await page.getByRole('button', { name: '大字' }).click();
    await page.getByRole('button', { name: '高对比' }).click();
    for (const path of ['/', '/people/he-maodong/', '/honours/quanguo-wuyi-laodong-jiangzhang/', '/stats/']) {
      await page.goto(`${site}${path}`);
      expect(await page.evaluate(() => document.documentElement.dataset['contrast'])).toBe('high');
      const violations = await axeViolations(page, ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']);
      expect(violations.map((v) => `${path} ${v.id}`)).toEqual([]);
    }
    await context.close();
  }, 120_000);

  it('honours the system setting for more contrast without any click', async () => {
    const { page, context } = await openPage(browser, site);
    await page.emulateMedia({ contrast: 'more' } as never);
    await page.goto(`${site}/people/he-maodong/`);
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    await context.close();
  });

  it('without JavaScript the page is complete and shows no dead switches', async () => {
    const { page, context } = await openPage(browser, site, { javaScriptEnabled: false });
    await page.goto(`${site}/people/he-maodong/`);
    await expect(page.getByRole('button', { name: '大字' }).count()).resolves.toBe(0);
    await expect(page.locator('h1').innerText()).resolves.toBe('何茂栋');
    await context.close();
  });
});
