/** The /search/ page as a visitor uses it: type, filter, sort, share the URL, go Back, use only the keyboard. */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser.ts';

const site = inject('siteUrl');
const dist = inject('siteDist');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const titles = (page: import('playwright-core').Page) => page.locator('#search-results h2').allInnerTexts();

describe('the search page', () => {
  it('loads no search code until the box is focused', async () => {
    const { page, context } = await openPage(browser, site);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${site}/search/`);
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((p) => p.startsWith('/pagefind/') || p.includes('search-ui'))).toEqual([]);
    await page.locator('#q').focus();
    await page.waitForResponse((r) => r.url().includes('/pagefind/pagefind.js'));
    await context.close();
  });

  it('shows results as you type, with kind, enterprise, honour and year, and announces the count', async () => {
    const { page, context } = await openPage(browser, site);
    await page.goto(`${site}/search/`);
    await page.locator('#q').fill('hmd');
    await expect.poll(() => titles(page)).toContain('何茂栋');
    const first = await page.locator('#search-results li').first().innerText();
    expect(first).toContain('人物 · 北京京仪自动化装备技术股份有限公司 · 2022年 全国五一劳动奖章');
    expect(first).not.toContain('hemaodong');
    await expect(page.locator('#search-status').innerText()).resolves.toMatch(/^找到 \d+ 条结果$/);
    await expect(page.locator('#search-status').getAttribute('aria-live')).resolves.toBe('polite');
    expect(page.url()).toContain('q=hmd');
    await context.close();
  });

  it('excerpts quote only visible text: never the hidden pinyin, initials or short names a page is found by', async () => {
    const { page, context } = await openPage(browser, site);
    await page.goto(`${site}/search/`);
    for (const [query, expected] of [['施耐德', '赵永纯'], ['京仪', '何茂栋'], ['zyc', '赵永纯']] as const) {
      await page.locator('#q').fill(query);
      await expect.poll(() => titles(page)).toContain(expected);
      const excerpts = await page.locator('#search-results .excerpt').allInnerTexts();
      const visible = await page.evaluate(async (urls) => {
        const texts = await Promise.all(urls.map(async (u) => {
          const doc = new DOMParser().parseFromString(await (await fetch(u)).text(), 'text/html');
          doc.querySelectorAll('.visually-hidden, [aria-hidden="true"]').forEach((el) => el.remove());
          return (doc.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');
        }));
        return texts;
      }, await page.locator('#search-results h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)));
      for (const [i, excerpt] of excerpts.entries()) {
        expect(excerpt, query).not.toMatch(/\b(shinaide|snd|zyc|zhaoyongchun|jingyi|hemaodong|hmd)\b/);
        // Every excerpt is made of pieces of the pages' visible text (Pagefind joins blocks with ". " or a space).
        for (const piece of excerpt.split(/…|\.\s|\s+/).map((x) => x.trim()).filter(Boolean)) expect(visible.join(' '), `${query} #${i}`).toContain(piece);
      }
    }
    await context.close();
  });

  it('filters by kind with counts, keeps the filter in the URL, and Back restores the previous list', async () => {
    const { page, context } = await openPage(browser, site);
    await page.goto(`${site}/search/?q=${encodeURIComponent('集体合同')}`);
    await expect.poll(() => titles(page)).toContain('赵永纯');
    const before = await titles(page);
    expect(before.length).toBeGreaterThan(1);
    await expect(page.locator('#f-类型 option[value="人物"]').innerText()).resolves.toMatch(/^人物（\d+）$/);
    await page.locator('#f-类型').selectOption('人物');
    await expect.poll(() => titles(page)).toEqual(['赵永纯']);
    expect(decodeURIComponent(page.url())).toContain('类型=人物');
    await page.goBack();
    await expect.poll(() => titles(page)).toEqual(before);
    await context.close();
  });

  it('a shared URL with a filter and a sort opens the same list', async () => {
    const { page, context } = await openPage(browser, site);
    // By relevance 全国 finds 张子康 before 何茂栋; by name (he, zhang) the order turns round.
    await page.goto(`${site}/search/?q=${encodeURIComponent('全国')}&${encodeURIComponent('类型')}=${encodeURIComponent('人物')}`);
    await expect.poll(async () => (await titles(page)).slice(0, 2)).toEqual(['张子康', '何茂栋']);
    await page.goto(`${site}/search/?q=${encodeURIComponent('全国')}&${encodeURIComponent('类型')}=${encodeURIComponent('人物')}&sort=name`);
    await expect.poll(() => titles(page)).toEqual(['何茂栋', '张子康', '赵永纯']);
    await expect(page.locator('#sort').inputValue()).resolves.toBe('name');
    await context.close();
  });

  it('sorts by year newest first with the undated last, though no page gives Pagefind a sort key', async () => {
    // A sort key would put the whole site's order into the file every search downloads first (sort-results.ts).
    const withSortKeys = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html') && readFileSync(join(dist, f), 'utf8').includes('data-pagefind-sort'));
    expect(withSortKeys).toEqual([]);
    const { page, context } = await openPage(browser, site);
    // 工会: the most relevant result is a union (a collective, no year); the stories that mention one are of 2022.
    const UNION = '施耐德低压电器有限公司工会';
    await page.goto(`${site}/search/?q=${encodeURIComponent('工会')}`);
    await expect.poll(async () => (await titles(page))[0]).toBe(UNION);
    await page.goto(`${site}/search/?q=${encodeURIComponent('工会')}&sort=year`);
    await expect.poll(async () => (await titles(page)).slice(0, 1)).toEqual([expect.not.stringMatching(UNION)]);
    const kinds = (await page.locator('#search-results .meta').allInnerTexts()).map((m) => m.split(' · ')[0]);
    const order = await titles(page);
    expect(kinds[0]).toBe('故事');
    expect(kinds.lastIndexOf('故事')).toBeLessThan(order.indexOf(UNION));
    await context.close();
  });

  it('finds by year and honour level filters without a query', async () => {
    const { page, context } = await openPage(browser, site);
    await page.goto(`${site}/search/?${encodeURIComponent('年份')}=2022&${encodeURIComponent('类型')}=${encodeURIComponent('人物')}`);
    await expect.poll(async () => (await titles(page)).sort()).toEqual(['何茂栋', '张子康']);
    await context.close();
  });

  it('works from the keyboard: / focuses, arrows move, Enter opens, Esc clears', async () => {
    const { page, context } = await openPage(browser, site);
    await page.goto(`${site}/search/`);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('q');
    await page.keyboard.type('施耐德');
    await expect.poll(() => titles(page)).toContain('施耐德低压电器有限公司');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect((await titles(page))[0]).toBe(focused);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Escape');
    await expect.poll(() => titles(page)).toEqual([]);
    await expect(page.locator('#q').inputValue()).resolves.toBe('');
    await page.keyboard.type('hmd');
    await expect.poll(() => titles(page)).toContain('何茂栋');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site}/people/he-maodong/`);
    await context.close();
  });

  it('the header box on any page lands on /search/?q= without JavaScript', async () => {
    const { page, context } = await openPage(browser, site, { javaScriptEnabled: false });
    await page.goto(`${site}/people/`);
    await page.locator('#site-search').fill('何茂栋');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(page.url())).toContain('q=何茂栋');
    await context.close();
  });

  it('writes the index into the build output only, and every page keeps lang zh-CN', () => {
    expect(readFileSync(join(dist, 'pagefind/pagefind.js'), 'utf8').length).toBeGreaterThan(1000);
    expect(readFileSync(join(dist, 'search/index.html'), 'utf8')).toMatch(/<html[^>]*lang="zh-CN"/);
  });
});
