/**
 * A hall with a clicker and a borrowed mouse: the keys clickers send (PageUp/PageDown, arrows, F5, Shift+F5, Esc,
 * B / .) never leave the deck or open anything; clicks, the wheel and the on-screen buttons page; the pointer hides.
 * The page's clock stands still (`stoppedClock`) and the tests move it, so "two idle seconds" take no real time.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, type TrackedPage } from '../support/browser.ts';

const site = inject('siteUrl');
const TALK = '/talks/bangyang-de-liliang/';
const VIEWPORT = { width: 1280, height: 720 };
let browser: Browser;
let tab: TrackedPage;

beforeAll(async () => {
  browser = await launchBrowser();
  tab = await openPage(browser, site, { viewport: VIEWPORT, stoppedClock: true });
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
const htmlClass = (page: Page) => page.evaluate(() => document.documentElement.className);

describe('keys a clicker sends', () => {
  it('Esc on a slide opens nothing and stays on the slide; in the overview it only closes the overview', async () => {
    const page = await open(`${TALK}#4`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await htmlClass(page)).not.toContain('overview');
    expect(await current(page)).toBe(4);
    await page.keyboard.press('o');
    expect(await htmlClass(page)).toContain('overview');
    await page.keyboard.press('Escape');
    expect(await htmlClass(page)).not.toContain('overview');
    await page.keyboard.press('Escape');
    expect(await htmlClass(page)).not.toContain('overview');
    expect(await current(page)).toBe(4);
  });

  it('F5 starts the show in full screen from the first slide, Shift+F5 from the current one, and neither reloads', async () => {
    const page = await open(`${TALK}#5`);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.keyboard.press('Shift+F5');
    await page.waitForFunction(() => document.fullscreenElement === document.documentElement);
    expect(await current(page)).toBe(5);
    await page.evaluate(() => document.exitFullscreen());
    await page.waitForFunction(() => document.fullscreenElement === null);
    await page.keyboard.press('F5');
    await page.waitForFunction(() => document.fullscreenElement === document.documentElement);
    expect(await current(page)).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  });

  it('no key a clicker can send, pressed again and again, leaves the deck or opens a window', async () => {
    const page = await open(`${TALK}#2`);
    const opened: string[] = [];
    tab.context.on('page', (p) => opened.push(p.url()));
    const keys = ['PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', 'Space', 'Enter', 'Escape', 'Tab', 'Backspace', 'b', '.', 'F5', 'Shift+F5', 'Home', 'End'];
    for (let round = 0; round < 3; round++) for (const key of keys) await page.keyboard.press(key);
    // Tab never walks the focus onto the "返回网站" link, so Enter cannot follow it.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).pathname).toBe(TALK);
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('A');
    expect(opened).toEqual([]);
    expect(tab.external).toEqual([]);
  });

  it('Enter and Space go on, Backspace goes back', async () => {
    const page = await open(`${TALK}#3`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    expect(await current(page)).toBe(5);
    await page.keyboard.press('Backspace');
    expect(await current(page)).toBe(4);
  });
});

describe('mouse and touch', () => {
  it('a click on the right two thirds goes on, on the left third goes back', async () => {
    const page = await open(`${TALK}#3`);
    await page.mouse.click(VIEWPORT.width * 0.4, VIEWPORT.height / 2);
    expect(await current(page)).toBe(4);
    await page.mouse.click(VIEWPORT.width * 0.95, VIEWPORT.height * 0.9);
    expect(await current(page)).toBe(5);
    await page.mouse.click(VIEWPORT.width * 0.3, VIEWPORT.height / 2);
    expect(await current(page)).toBe(4);
  });

  it('one notch of the wheel pages one slide either way, and the burst of wheel events of a swipe only one', async () => {
    const page = await open(`${TALK}#3`);
    await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
    await page.mouse.wheel(0, 100);
    await page.waitForFunction(() => location.hash === '#4');
    // The next notch a moment later (a notch right after a step belongs to the same turn of the wheel).
    await page.clock.runFor(600);
    await page.mouse.wheel(0, -100);
    await page.waitForFunction(() => location.hash === '#3');
    // A trackpad swipe: a dozen small events in a row.
    await page.clock.runFor(600);
    await page.evaluate(() => {
      for (let i = 0; i < 12; i++) window.dispatchEvent(new WheelEvent('wheel', { deltaY: 30, cancelable: true }));
    });
    expect(await current(page)).toBe(4);
  });

  it('on-screen buttons appear when the pointer moves and page, overview and full screen work from them', async () => {
    const page = await open(`${TALK}#2`);
    const controls = page.locator('.deck-controls');
    await page.mouse.move(100, 100);
    await page.mouse.move(300, 200);
    // The buttons fade in (0.2 s).
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.deck-controls')!).opacity === '1', undefined, { polling: 100 });
    expect(await controls.isVisible()).toBe(true);
    await page.getByRole('button', { name: '下一页 ›' }).click();
    expect(await current(page)).toBe(3);
    await page.getByRole('button', { name: '‹ 上一页' }).click();
    expect(await current(page)).toBe(2);
    await page.getByRole('button', { name: '全屏' }).click();
    await page.waitForFunction(() => document.fullscreenElement === document.documentElement);
    await page.evaluate(() => document.exitFullscreen());
    await page.getByRole('button', { name: '总览' }).click();
    expect(await htmlClass(page)).toContain('overview');
  });

  it('the pointer and the buttons hide after two idle seconds and come back when the mouse moves', async () => {
    const page = await open(`${TALK}#2`);
    await page.mouse.move(400, 300);
    await page.mouse.move(420, 310);
    const cursor = () => page.locator('.page.current .slide').evaluate((el) => getComputedStyle(el).cursor);
    expect(await cursor()).not.toBe('none');
    await page.clock.runFor(2000);
    expect(await cursor()).toBe('none');
    // The buttons fade out (0.2 s, a CSS transition: real time).
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.deck-controls')!).opacity === '0', undefined, { polling: 100 });
    await page.mouse.move(500, 300);
    expect(await cursor()).not.toBe('none');
  });

  it('the pointer does not hide sooner than two seconds after it last moved', async () => {
    const page = await open(`${TALK}#2`);
    const idle = () => page.evaluate(() => document.documentElement.classList.contains('idle'));
    await page.mouse.move(400, 300);
    await page.clock.runFor(1500);
    // A move after a pause starts the two seconds again.
    await page.mouse.move(410, 300);
    await page.clock.runFor(1999);
    expect(await idle()).toBe(false);
    await page.clock.runFor(1);
    expect(await idle()).toBe(true);
  });
});
