/**
 * Projectors clip up to 5% of each edge (overscan): on a 4:3 (1024×768) and a 16:9 (1920×1080) screen every slide
 * of the sample talk, of every 投影 deck and of the 光荣榜 deck keeps all its text, pictures and QR codes inside that
 * margin, no part of it spills off the slide, and headlines break between words only.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, type TrackedPage } from '../support/browser.ts';

const site = inject('siteUrl');
const dist = inject('siteDist');
const SCREENS = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
];
let browser: Browser;
let tab: TrackedPage;

beforeAll(async () => {
  browser = await launchBrowser();
  tab = await openPage(browser, site, { viewport: SCREENS[0]! });
});
afterAll(async () => {
  await browser?.close();
});

const decks = [
  '/talks/bangyang-de-liliang/',
  ...readdirSync(join(dist, 'project')).flatMap((kind) => readdirSync(join(dist, 'project', kind)).map((id) => `/project/${kind}/${id}/`)),
];

interface Measure {
  /** The slide's number (1-based). */
  slide: number;
  /** Distance of the content from each edge, as a share of the slide's width or height. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Headline words split over two lines. */
  broken: string[];
  /** A block of the slide (or a block in it) reaches past the slide's top, bottom or right edge. */
  spills: boolean;
}

/**
 * Shows every slide of the deck in turn (through its hash, as a link to #3 would) and measures each on screen: the box
 * around every piece of text (line by line), picture, QR code and mark. One call walks the whole deck in the page.
 */
const measureDeck = (page: Page, screen: { width: number; height: number }): Promise<Measure[]> =>
  page.evaluate(async (want) => {
    if (innerWidth !== want.width || innerHeight !== want.height) throw new Error(`窗口 ${innerWidth}×${innerHeight}，应为 ${want.width}×${want.height}`);
    const count = document.querySelectorAll('.deck > .page').length;
    const out: Measure[] = [];
    for (let i = 1; i <= count; i++) {
      if (location.hash !== `#${i}`) {
        // The deck listens for hashchange from its start, so by the time this listener runs it has shown the slide.
        const changed = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
        location.hash = `#${i}`;
        await changed;
      }
      if (document.querySelector('.page.current')?.getAttribute('data-index') !== String(i - 1)) throw new Error(`#${i} 没有显示第 ${i} 张`);
      const slide = document.querySelector<HTMLElement>('.page.current > .slide')!;
      const s = slide.getBoundingClientRect();
      const range = document.createRange();
      const boxes: DOMRect[] = [];
      const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent?.trim()) continue;
        range.selectNodeContents(n);
        boxes.push(...range.getClientRects());
      }
      for (const el of slide.querySelectorAll('img, svg, .slide-avatar, .quote')) boxes.push(el.getBoundingClientRect());
      const real = boxes.filter((b) => b.width > 0 && b.height > 0);
      const broken: string[] = [];
      for (const h of slide.querySelectorAll('.headline')) {
        for (const n of h.childNodes) {
          if (n.nodeType !== Node.TEXT_NODE) continue;
          range.selectNodeContents(n);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(n.textContent ?? '');
        }
      }
      const spills = [...slide.querySelectorAll('.frame > *, .frame > * > *')].some((el) => {
        const r = el.getBoundingClientRect();
        return r.top < s.top - 1 || r.bottom > s.bottom + 1 || r.right > s.right + 1;
      });
      out.push({
        slide: i,
        spills,
        left: (Math.min(...real.map((b) => b.left)) - s.left) / s.width,
        right: (s.right - Math.max(...real.map((b) => b.right))) / s.width,
        top: (Math.min(...real.map((b) => b.top)) - s.top) / s.height,
        bottom: (s.bottom - Math.max(...real.map((b) => b.bottom))) / s.height,
        broken,
      });
    }
    return out;
  }, screen);

describe('the safe area of every slide', () => {
  it('covers the sample talk, every 投影 deck and the 光荣榜 decks', () => {
    expect(decks.length).toBeGreaterThanOrEqual(18);
    expect(decks).toContain('/project/roll/2022/');
  });

  // One test per deck, each screen in turn on the same visit: the deck loads once, not once per screen.
  for (const path of decks) {
    it(`${path}: on a 1024×768 and a 1920×1080 screen nothing comes within 5% of an edge or spills off the slide, and no headline word is split`, async () => {
      const page = tab.page;
      await page.setViewportSize(SCREENS[0]!);
      await page.goto(`${site}${path}`);
      await page.waitForFunction(() => document.documentElement.classList.contains('js-deck'));
      // The key hint is chrome over the slide, gone at the first key; the loop would move on by itself.
      await page.keyboard.press('Home');
      const n = await page.locator('.deck > .page').count();
      expect(n).toBeGreaterThanOrEqual(2);
      const outside: string[] = [];
      for (const screen of SCREENS) {
        await page.setViewportSize(screen);
        const measured = await measureDeck(page, screen);
        expect(measured.length).toBe(n);
        for (const m of measured) {
          const at = `${screen.width}×${screen.height} ${path}#${m.slide}`;
          const near = (['left', 'right', 'top', 'bottom'] as const).filter((side) => !(m[side] >= 0.05));
          if (near.length) outside.push(`${at} ${near.map((side) => `${side} ${(m[side] * 100).toFixed(1)}%`).join(' ')}`);
          if (m.broken.length) outside.push(`${at} 标题词被拆开：${m.broken.join('、')}`);
          if (m.spills) outside.push(`${at} 内容超出幻灯片`);
        }
      }
      expect(outside).toEqual([]);
    });
  }
});
