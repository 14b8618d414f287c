/**
 * The Chinese typesetting rules of docs/排版规范.md in Chromium: no synthesised faces, headings that do not break inside
 * a word, emblems per kind. The rules read on every page's text (no Han character in italics, no brackets inside
 * brackets) run in the desktop sweep of every page (tests/quality/every-page-is-accessible-on-a-desktop.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser.ts';
import { pagePaths, sitePage } from '../support/dist-pages.ts';

const site = inject('siteUrl');
const paths = pagePaths(inject('siteDist')).filter(sitePage);
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('Chinese typesetting', () => {
  // No Han character in italics and no brackets inside brackets, on every page: checked in the desktop sweep of every
  // page, which has each page open anyway (tests/quality/every-page-is-accessible-on-a-desktop.test.ts).

  it('does not synthesise bold or italic faces the fonts do not have', async () => {
    const { page, context } = await openPage(browser, site);
    await page.goto(`${site}/people/he-maodong/`);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('cite')!).fontSynthesis)).toBe('none');
    await context.close();
  });

  it('breaks no heading inside a word or between a number and its unit, at 320 and 375 px', async () => {
    const WORDS = ['第一次', '十四五', '劳动奖章', '先锋号', '工作室', '经开区', '2022年', '632.3亿元'];
    const broken: string[] = [];
    for (const width of [320, 375]) {
      const { page, context } = await openPage(browser, site, { viewport: { width, height: 800 } });
      for (const path of ['/', '/stories/', ...paths.filter((p) => /^\/stories\/.+/.test(p)), '/roll/2022/', '/honours/quanguo-wuyi-laodong-jiangzhang/']) {
        await page.goto(`${site}${path}`);
        const found = await page.evaluate((words) => {
          const out: string[] = [];
          for (const h of document.querySelectorAll('main :is(h1, h2, h3)')) {
            // The line of each character, from its own box.
            const chars: { c: string; top: number }[] = [];
            const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              for (let i = 0; i < (n.textContent ?? '').length; i++) {
                const r = document.createRange();
                r.setStart(n, i);
                r.setEnd(n, i + 1);
                const box = r.getClientRects()[0];
                if (box) chars.push({ c: n.textContent![i]!, top: Math.round(box.top) });
              }
            }
            const text = chars.map((x) => x.c).join('');
            for (const w of words) {
              for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
                const tops = new Set(chars.slice(at, at + w.length).map((x) => x.top));
                if (tops.size > 1) out.push(`“${text}” splits ${w}`);
              }
            }
          }
          return out;
        }, WORDS);
        broken.push(...found.map((f) => `${width}px ${path} ${f}`));
      }
      await context.close();
    }
    expect(broken).toEqual([]);
  }, 300_000);

  it('fits the search box placeholder at 320 px', async () => {
    const { page, context } = await openPage(browser, site, { viewport: { width: 320, height: 640 } });
    await page.goto(`${site}/`);
    const fit = await page.locator('#site-search').evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input, '::placeholder');
      const canvas = document.createElement('canvas').getContext('2d')!;
      canvas.font = `${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(getComputedStyle(input).paddingLeft) - parseFloat(getComputedStyle(input).paddingRight);
      return { text: canvas.measureText(input.placeholder).width, room };
    });
    expect(fit.text).toBeLessThanOrEqual(fit.room);
    await context.close();
  });
});

describe('visual identity', () => {
  it('draws a distinct emblem for each kind, and no two-character circle for anything but a person', async () => {
    const { page, context } = await openPage(browser, site);
    const kinds: Record<string, string> = {
      collective: '/collectives/jingdong-gonghui/',
      organization: '/organizations/beijing-jingyi/',
      honour: '/honours/quanguo-wuyi-laodong-jiangzhang/',
      story: '/stories/quanguo-wuyi-2022/',
      talk: '/talks/',
    };
    const shapes = new Set<string>();
    for (const [kind, path] of Object.entries(kinds)) {
      await page.goto(`${site}${path}`);
      const emblem = page.locator(`main svg.emblem-${kind}`).first();
      expect(await emblem.isVisible(), kind).toBe(true);
      shapes.add(await emblem.innerHTML());
    }
    expect(shapes.size).toBe(Object.keys(kinds).length);
    for (const path of ['/collectives/', '/organizations/', '/roll/2022/', '/']) {
      await page.goto(`${site}${path}`);
      const circles = await page.locator('main .avatar').allInnerTexts();
      const people = await page.locator('main .card h2, main .card h3, main .roll-name').allInnerTexts();
      // A typographic avatar is only ever the end of a person's name.
      for (const c of circles) expect(people.some((name) => name.endsWith(c)), `${path} ${c}`).toBe(true);
    }
    await context.close();
  });
});
