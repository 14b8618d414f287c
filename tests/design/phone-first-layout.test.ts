/**
 * Issue 18 in a browser, measured as a reader sees it: a phone header (no taller than 120 px on any page: the phone
 * sweep checks that) with a menu that works
 * without JavaScript, a compact /stats/, a centred 光荣榜, honest emptiness, and no sideways scroll with the menu open.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser.ts';
import { pagePaths, sitePage } from '../support/dist-pages.ts';

const site = inject('siteUrl');
const paths = pagePaths(inject('siteDist')).filter(sitePage);
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

describe('the phone header', () => {
  // At most 120 px tall at 375 px on every page: checked in the phone sweep of every page, which has each page open at
  // that width anyway (tests/quality/every-page-is-accessible-and-offline.test.ts).

  it('opens its menu without JavaScript, with the full navigation including 宣讲', async () => {
    const { page, context } = await openPage(browser, site, { viewport: { width: 375, height: 812 }, javaScriptEnabled: false });
    await page.goto(`${site}/people/he-maodong/`);
    const nav = page.getByRole('navigation', { name: '主导航' });
    expect(await nav.isVisible()).toBe(false);
    await page.getByText('菜单', { exact: true }).click();
    expect(await nav.isVisible()).toBe(true);
    const labels = await nav.getByRole('link').allInnerTexts();
    expect(labels).toEqual(['首页', '人物', '集体', '荣誉', '故事', '单位', '宣讲', '数说', '关于']);
    expect(await nav.getByRole('link', { name: '人物' }).getAttribute('aria-current')).toBe('page');
    await context.close();
  });

  it('keeps 大字 and 高对比 in the menu on a phone, reachable from the keyboard', async () => {
    const { page, context } = await openPage(browser, site, { viewport: { width: 375, height: 812 } });
    await page.goto(`${site}/`);
    const large = page.getByRole('button', { name: '大字' });
    expect(await large.isVisible()).toBe(false);
    await page.locator('.menu > summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.menu').getAttribute('open')).not.toBeNull();
    expect(await large.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '高对比' }).isVisible()).toBe(true);
    await context.close();
  });

  it('shows the navigation as a bar, without a menu button, on a desktop', async () => {
    const { page, context } = await openPage(browser, site, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${site}/`);
    expect(await page.getByRole('navigation', { name: '主导航' }).isVisible()).toBe(true);
    expect(await page.locator('.menu > summary').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: '宣讲' }).first().isVisible()).toBe(true);
    await context.close();
  });

  it('does not scroll sideways at 320 px with 200% text, with the menu open', async () => {
    const { page, context } = await openPage(browser, site, { viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const path of ['/', '/people/he-maodong/', '/stats/', '/roll/2022/', '/search/', '/honours/']) {
      await page.goto(`${site}${path}`);
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
      await page.locator('.menu > summary').click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 1) wide.push(`${path} (+${overflow}px)`);
    }
    await context.close();
    expect(wide).toEqual([]);
  }, 120_000);
});

describe('/stats/', () => {
  it('is at most 3,500 px tall at 1280 px and 6,000 px at 375 px', async () => {
    for (const [width, limit] of [[1280, 3500], [375, 6000]] as const) {
      const { page, context } = await openPage(browser, site, { viewport: { width, height: 900 } });
      await page.goto(`${site}/stats/`);
      expect(await pageHeight(page), `${width} px`).toBeLessThanOrEqual(limit);
      await context.close();
    }
  });

  it('cites each source once, and every figure group points to it', async () => {
    const { page, context } = await openPage(browser, site);
    await page.goto(`${site}/stats/`);
    const titles = await page.locator('main').innerText();
    expect(titles.split('《奋力开创工会工作新局面').length - 1).toBe(1);
    const refs = await page.locator('.stat-cite a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(refs.length).toBeGreaterThan(3);
    for (const href of new Set(refs)) expect(await page.locator(href!).count(), href!).toBe(1);
    await context.close();
  });

  it('keeps chart labels at least 14 px on a phone, with each table folded behind 查看数据表', async () => {
    const { page, context } = await openPage(browser, site, { viewport: { width: 375, height: 812 } });
    await page.goto(`${site}/stats/`);
    const sizes = await page.locator('.chart-label').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(sizes.length).toBeGreaterThan(10);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
    const tables = page.locator('figure.chart table');
    expect(await tables.count()).toBe(await page.locator('figure.chart svg[role="img"]').count());
    expect(await tables.first().isVisible()).toBe(false);
    await page.locator('figure.chart summary').first().click();
    expect(await tables.first().isVisible()).toBe(true);
    await context.close();
  });
});

describe('the 光荣榜', () => {
  it('is centred on screen: title and the wall of honourees, at 375 and 1280 px', async () => {
    for (const width of [375, 1280]) {
      const { page, context } = await openPage(browser, site, { viewport: { width, height: 900 } });
      await page.goto(`${site}/roll/2022/`);
      const m = await page.evaluate(() => {
        const mid = document.documentElement.clientWidth / 2;
        const h1 = document.querySelector('h1')!;
        const r = document.createRange();
        r.selectNodeContents(h1);
        const title = r.getBoundingClientRect();
        const cards = [...document.querySelectorAll('.roll-card')].map((c) => c.getBoundingClientRect());
        const left = Math.min(...cards.map((c) => c.left));
        const right = Math.max(...cards.map((c) => c.right));
        return { title: title.left + title.width / 2 - mid, wall: (left + right) / 2 - mid, cards: cards.length };
      });
      expect(m.cards, `${width} px`).toBeGreaterThan(0);
      expect(Math.abs(m.title), `${width} px title`).toBeLessThanOrEqual(8);
      expect(Math.abs(m.wall), `${width} px wall`).toBeLessThanOrEqual(8);
      await context.close();
    }
  });
});

describe('honest emptiness', () => {
  it('lists no honour or industry with 0, and folds the empty ones into one 尚未收录 line', async () => {
    const { page, context } = await openPage(browser, site);
    for (const path of ['/honours/', '/industries/']) {
      await page.goto(`${site}${path}`);
      const items = await page.locator('main li').allInnerTexts();
      expect(items.filter((text) => /(收录|单位|人物) 0(?!\d)/.test(text)), path).toEqual([]);
      const folded = page.locator('main [data-not-yet]');
      expect(await folded.count(), path).toBe(1);
      expect(await folded.innerText(), path).toMatch(/^尚未收录：\S+(、\S+)+$/);
    }
    await context.close();
  });

  it('every honour in the sample is either listed with recipients or named in the 尚未收录 line', async () => {
    const { page, context } = await openPage(browser, site);
    await page.goto(`${site}/honours/`);
    const listed = await page.locator('main li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const folded = await page.locator('main [data-not-yet] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const pages = paths.filter((p) => /^\/honours\/.+\/$/.test(p));
    expect([...listed, ...folded].sort()).toEqual(pages.sort());
    await context.close();
  });
});

describe('spacing', () => {
  it('the last row of cards keeps clear of the footer rule on the list pages', async () => {
    const { page, context } = await openPage(browser, site, { viewport: { width: 1280, height: 900 } });
    for (const path of ['/people/', '/collectives/', '/organizations/', '/stories/']) {
      await page.goto(`${site}${path}`);
      const gap = await page.evaluate(() => {
        const cards = [...document.querySelectorAll('main .card')].map((c) => c.getBoundingClientRect().bottom);
        return document.querySelector('.site-footer')!.getBoundingClientRect().top - Math.max(...cards);
      });
      expect(gap, path).toBeGreaterThanOrEqual(24);
    }
    await context.close();
  });

  it('a profile on a desktop sets its facts and honours beside the story', async () => {
    const { page, context } = await openPage(browser, site, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${site}/people/he-maodong/`);
    const [facts, story] = await Promise.all(['.record-facts', '.record-main'].map((s) => page.locator(s).boundingBox()));
    expect(facts!.x).toBeGreaterThan(story!.x + story!.width - 1);
    expect(Math.abs(facts!.y - story!.y)).toBeLessThan(40);
    await context.close();
  });
});
