/**
 * The presenter's window in a real talk (large notes, current and next slide, a timer that waits for the first
 * step and can be paused and reset) and the lobby screen (a deck that loops by itself until someone touches it).
 * The page's clock stands still (`stoppedClock`) and the tests move it: a minute of the show takes no real time,
 * and what the timer or the loop shows after it is exact, however busy the machine.
 */
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser.ts';

const site = inject('siteUrl');
const TALK = '/talks/bangyang-de-liliang/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh window of the test's own (its own sessionStorage, so no timer left from another test), clock stopped. */
async function newWindow(): Promise<Page> {
  const { page, context } = await openPage(browser, site, { viewport: { width: 1280, height: 800 }, stoppedClock: true });
  onTestFinished(() => context.close());
  return page;
}
async function open(path: string, page?: Page): Promise<Page> {
  page ??= await newWindow();
  await page.goto(`${site}${path}`);
  await page.waitForFunction(() => document.documentElement.classList.contains('js-deck'));
  return page;
}
const current = (page: Page) => page.evaluate(() => Number(document.querySelector('.page.current')?.getAttribute('data-index')) + 1);
const hash = (page: Page) => page.evaluate(() => location.hash);
const elapsed = (page: Page) => page.locator('[data-elapsed]').innerText();
const htmlHas = (page: Page, name: string) => page.evaluate((n) => document.documentElement.classList.contains(n), name);
/** The timer was set back: it shows 0:00 at once and still after two seconds, and says it waits for the first step. */
async function waitsAtZero(page: Page): Promise<void> {
  expect(await elapsed(page)).toBe('0:00');
  await page.clock.runFor(2000);
  expect(await elapsed(page)).toBe('0:00');
  await expect(page.locator('.timer-waiting-note').isVisible()).resolves.toBe(true);
}

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

  // The timer shows what it counts once a second, on a tick that started with the page. Every move of the clock here
  // is whole seconds, so each tick falls on a whole second of the talk and shows it exactly.
  it('the timer waits at 0:00 until the first step of the talk, then runs', async () => {
    const page = await open(`${TALK}?presenter`);
    await page.clock.runFor(3000);
    expect(await elapsed(page)).toBe('0:00');
    await expect(page.locator('.timer-waiting-note').isVisible()).resolves.toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.clock.runFor(1000);
    expect(await elapsed(page)).toBe('0:01');
    await expect(page.locator('.timer-waiting-note').isVisible()).resolves.toBe(false);
    await page.clock.runFor(1000);
    expect(await elapsed(page)).toBe('0:02');
  });

  it('T (or the button) pauses and resumes the timer, R (or the button) sets it back to waiting at 0:00', async () => {
    const page = await open(`${TALK}?presenter`);
    await page.keyboard.press('ArrowRight');
    await page.clock.runFor(1000);
    expect(await elapsed(page)).toBe('0:01');
    await page.keyboard.press('t');
    await page.clock.runFor(3000);
    expect(await elapsed(page)).toBe('0:01');
    await expect(page.getByRole('button', { name: '继续计时' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: '继续计时' }).click();
    await page.clock.runFor(1000);
    expect(await elapsed(page)).toBe('0:02');
    await page.keyboard.press('T');
    await page.clock.runFor(2000);
    expect(await elapsed(page)).toBe('0:02');
    await page.keyboard.press('t');
    await page.clock.runFor(1000);
    expect(await elapsed(page)).toBe('0:03');
    // The button sets it back to waiting: it stays at 0:00 until the next step.
    await page.getByRole('button', { name: '重新计时' }).click();
    await waitsAtZero(page);
    await page.keyboard.press('ArrowRight');
    await page.clock.runFor(2000);
    expect(await elapsed(page)).toBe('0:02');
    // So does R.
    await page.keyboard.press('r');
    await waitsAtZero(page);
  });
});

describe('the lobby screen', () => {
  it('?loop=1 advances every second and starts again after the last slide', async () => {
    const page = await open(`${TALK}?loop=1#11`);
    const n = await page.locator('.deck > .page').count();
    expect(n).toBe(13);
    await page.clock.runFor(999);
    expect(await hash(page)).toBe('#11');
    const seen: string[] = [];
    for (let s = 0; s < 4; s++) {
      await page.clock.runFor(1000);
      seen.push(await hash(page));
    }
    expect(seen).toEqual(['#12', '#13', '#1', '#2']);
    expect(await htmlHas(page, 'looping')).toBe(true);
  });

  for (const [how, act] of [
    ['a key', (p: Page) => p.keyboard.press('Shift')],
    ['a click', (p: Page) => p.mouse.click(5, 5)],
  ] as const) {
    it(`${how} pauses the loop, and L resumes it`, async () => {
      const page = await open(`${TALK}?loop=1#2`);
      await page.clock.runFor(1000);
      expect(await current(page)).toBe(3);
      await act(page);
      const at = await current(page);
      await expect(page.locator('.loop-note').isVisible()).resolves.toBe(true);
      // Five loop intervals go by and the slide stays.
      await page.clock.runFor(5000);
      expect(await current(page)).toBe(at);
      expect(await htmlHas(page, 'loop-paused')).toBe(true);
      await page.keyboard.press('l');
      await expect(page.locator('.loop-note').isVisible()).resolves.toBe(false);
      await page.clock.runFor(1000);
      expect(await current(page)).toBe(at + 1);
    });
  }

  it('the 光荣榜 of a year is a deck that loops by itself: every honouree of /roll/<year>/ is on it', async () => {
    const page = await newWindow();
    await page.goto(`${site}/roll/2022/`);
    const names = await page.locator('.roll-card .roll-name').allInnerTexts();
    expect(names.length).toBeGreaterThan(1);
    await open('/project/roll/2022/', page);
    expect(await htmlHas(page, 'looping')).toBe(true);
    const wall = (await page.locator('.slide-roll .roll-name').allTextContents()).sort();
    expect(wall).toEqual([...names].sort());
    // It moves on by itself after the deck's own interval (no ?loop= in the address), not before.
    const seconds = Number(await page.locator('#deck').getAttribute('data-loop'));
    expect(seconds).toBeGreaterThan(0);
    expect(await hash(page)).toBe('#1');
    await page.clock.runFor(seconds * 1000 - 1);
    expect(await hash(page)).toBe('#1');
    await page.clock.runFor(1);
    expect(await hash(page)).toBe('#2');
  });
});
