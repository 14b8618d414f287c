/**
 * The presenter's window in a real talk (large notes, current and next slide, a timer that waits for the first
 * step and can be paused and reset) and the lobby screen (a deck that loops by itself until someone touches it).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, type TrackedPage } from '../support/browser.ts';

const site = inject('siteUrl');
const TALK = '/talks/bangyang-de-liliang/';
let browser: Browser;
let tab: TrackedPage;

beforeAll(async () => {
  browser = await launchBrowser();
  tab = await openPage(browser, site, { viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, page: Page = tab.page): Promise<Page> {
  await page.goto('about:blank');
  await page.goto(`${site}${path}`);
  await page.waitForFunction(() => document.documentElement.classList.contains('js-deck'));
  return page;
}
const current = (page: Page) => page.evaluate(() => Number(document.querySelector('.page.current')?.getAttribute('data-index')) + 1);
const elapsed = (page: Page) => page.locator('[data-elapsed]').innerText();

describe('the presenter window', () => {
  it('shows the notes large (at least 3.5% of the window height) beside the current and the next slide', async () => {
    const page = await open(`${TALK}?presenter#3`);
    const layout = await page.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      const notes = document.querySelector<HTMLElement>('.page.current > .notes')!;
      return {
        notesSize: parseFloat(getComputedStyle(notes).fontSize),
        notes: box('.page.current > .notes'),
        current: box('.page.current > .slide'),
        next: box('.page.next > .slide'),
        height: innerHeight,
        width: innerWidth,
      };
    });
    expect(layout.notesSize).toBeGreaterThanOrEqual(0.035 * layout.height);
    // Notes take more than half the window's width and most of its height; the slides sit beside them.
    expect(layout.notes.width).toBeGreaterThan(layout.width / 2);
    expect(layout.notes.bottom - layout.notes.top).toBeGreaterThan(layout.height * 0.6);
    expect(layout.current.right).toBeLessThanOrEqual(layout.notes.left);
    expect(layout.next.top).toBeGreaterThanOrEqual(layout.current.bottom);
    await expect(page.locator('.page.current > .notes').innerText()).resolves.toContain('风电匠人');
  });

  it('the timer waits at 0:00 until the first step of the talk, then runs', async () => {
    const page = await open(`${TALK}?presenter`);
    await page.evaluate(() => sessionStorage.clear());
    await open(`${TALK}?presenter`, page);
    await page.waitForTimeout(2200);
    expect(await elapsed(page)).toBe('0:00');
    await expect(page.locator('.timer-waiting-note').isVisible()).resolves.toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[data-elapsed]')?.textContent === '0:02', undefined, { polling: 200 });
  });

  it('T (or the button) pauses and resumes the timer, R (or the button) sets it back to waiting at 0:00', async () => {
    const page = await open(`${TALK}?presenter`);
    await page.keyboard.press('r');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[data-elapsed]')?.textContent === '0:01', undefined, { polling: 200 });
    await page.keyboard.press('t');
    const paused = await elapsed(page);
    await page.waitForTimeout(2200);
    expect(await elapsed(page)).toBe(paused);
    await expect(page.getByRole('button', { name: '继续计时' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: '继续计时' }).click();
    await page.waitForFunction((p) => document.querySelector('[data-elapsed]')?.textContent !== p, paused, { polling: 200 });
    await page.getByRole('button', { name: '重新计时' }).click();
    expect(await elapsed(page)).toBe('0:00');
    await page.keyboard.press('r');
    await page.waitForTimeout(1200);
    expect(await elapsed(page)).toBe('0:00');
  });
});

describe('the lobby screen', () => {
  it('?loop=1 advances every second and starts again after the last slide', async () => {
    const page = await open(`${TALK}?loop=1#11`);
    const n = await page.locator('.deck > .page').count();
    await page.waitForFunction((last) => location.hash === `#${last}`, n, { polling: 100 });
    await page.waitForFunction(() => location.hash === '#1', undefined, { polling: 100 });
    await page.waitForFunction(() => location.hash === '#2', undefined, { polling: 100 });
    expect(await page.evaluate(() => document.documentElement.classList.contains('looping'))).toBe(true);
  });

  for (const [how, act] of [
    ['a key', (p: Page) => p.keyboard.press('Shift')],
    ['a click', (p: Page) => p.mouse.click(5, 5)],
  ] as const) {
    it(`${how} pauses the loop, and L resumes it`, async () => {
      const page = await open(`${TALK}?loop=1#2`);
      await page.waitForFunction(() => location.hash === '#3', undefined, { polling: 100 });
      await act(page);
      const at = await current(page);
      await page.waitForTimeout(2500);
      expect(await current(page)).toBe(at);
      await expect(page.locator('.loop-note').isVisible()).resolves.toBe(true);
      await page.keyboard.press('l');
      await page.waitForFunction((i) => Number(document.querySelector('.page.current')?.getAttribute('data-index')) + 1 !== i, at, { polling: 100 });
    });
  }

  it('the 光荣榜 of a year is a deck that loops by itself: every honouree of /roll/<year>/ is on it', async () => {
    const page = tab.page;
    await page.goto(`${site}/roll/2022/`);
    const names = await page.locator('.roll-card .roll-name').allInnerTexts();
    expect(names.length).toBeGreaterThan(1);
    await open('/project/roll/2022/', page);
    expect(await page.evaluate(() => document.documentElement.classList.contains('looping'))).toBe(true);
    const wall = (await page.locator('.slide-roll .roll-name').allTextContents()).sort();
    expect(wall).toEqual([...names].sort());
    await page.waitForFunction(() => location.hash === '#2', undefined, { polling: 200, timeout: 0 });
  });
});
