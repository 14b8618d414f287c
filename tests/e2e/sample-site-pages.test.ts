/** The built sample site, looked at in Chromium the way a visitor would: right Chinese text, links that work. */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, type TrackedPage } from '../support/browser.ts';

const site = inject('siteUrl');
let browser: Browser;
let tab: TrackedPage;

beforeAll(async () => {
  browser = await launchBrowser();
  tab = await openPage(browser, site);
});
afterAll(async () => {
  await browser?.close();
});

async function visit(path: string) {
  const response = await tab.page.goto(`${site}${path}`);
  expect(response?.status(), path).toBe(200);
  return tab.page;
}

describe('the sample site in a browser', () => {
  it('home shows the featured role models, the latest stories and key figures', async () => {
    const page = await visit('/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(page.locator('h1').innerText()).resolves.toBe('亦城光荣榜');
    const featured = await page.locator('#featured-h + ul').innerText();
    expect(featured).toContain('何茂栋');
    expect(featured).toContain('张子康');
    expect(featured).toContain('2022年 全国五一劳动奖章');
    await expect(page.locator('#stories-h + ul').innerText()).resolves.toContain('一年译成一份集体合同');
    await expect(page.locator('#figures-h ~ ul').innerText()).resolves.toContain('全国劳动模范');
  });

  it('a visitor clicks from home to 何茂栋 and sees the deed, the honour and the source', async () => {
    const page = await visit('/');
    await page.getByRole('link', { name: '何茂栋' }).first().click();
    await page.waitForURL(`${site}/people/he-maodong/`);
    await expect(page.locator('h1').innerText()).resolves.toBe('何茂栋');
    const main = await page.locator('main').innerText();
    expect(main).toContain('集成电路制造领域专用温控设备');
    expect(main).toContain('2022年');
    expect(main).toContain('全国五一劳动奖章');
    expect(main).toContain('北京京仪自动化装备技术股份有限公司');
    expect(main).toContain('北京经济技术开发区总工会工作纪实');
  });

  it('the profile links to its enterprise, which lists the person back', async () => {
    const page = await visit('/people/he-maodong/');
    await page.getByRole('link', { name: '北京京仪自动化装备技术股份有限公司' }).click();
    await page.waitForURL(`${site}/organizations/beijing-jingyi/`);
    await expect(page.locator('main').innerText()).resolves.toContain('何茂栋');
    await expect(page.getByRole('link', { name: '何茂栋' }).first().getAttribute('href')).resolves.toBe('/people/he-maodong/');
  });

  it('the honour page lists its 2022 recipients and links to them', async () => {
    const page = await visit('/honours/quanguo-wuyi-laodong-jiangzhang/');
    await expect(page.locator('h1').innerText()).resolves.toBe('全国五一劳动奖章');
    const year = page.locator('section', { has: page.locator('h3', { hasText: '2022年' }) });
    const names = await year.locator('li a').allInnerTexts();
    expect(names).toEqual(['何茂栋', '张子康']);
    await year.getByRole('link', { name: '张子康' }).click();
    await page.waitForURL(`${site}/people/zhang-zikang/`);
    await expect(page.locator('main').innerText()).resolves.toContain('人工投入削减75%');
  });

  it('a person page lists the stories about them', async () => {
    const page = await visit('/people/zhao-yongchun/');
    await page.getByRole('link', { name: '一年译成一份集体合同：施耐德公司工会的坚持' }).click();
    await expect(page.locator('main').innerText()).resolves.toContain('逐字逐句翻译集体合同');
  });

  it('the people list is in pinyin order', async () => {
    const page = await visit('/people/');
    const names = await page.locator('main h2 a').allInnerTexts();
    expect(names).toEqual(['何茂栋', '张子康', '赵永纯']);
  });

  it('an unknown address gets the Chinese 404 page', async () => {
    const response = await tab.page.goto(`${site}/people/no-such-person/`);
    expect(response?.status()).toBe(404);
    await expect(tab.page.locator('h1').innerText()).resolves.toBe('没有找到这个页面');
  });

  it('no page asks for anything outside the site', () => {
    expect(tab.external).toEqual([]);
  });
});
