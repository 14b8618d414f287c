/** Debian's Chromium driven by playwright-core: no browser download, no sandbox (CI runs as root), no network chatter. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface TrackedPage {
  page: Page;
  context: BrowserContext;
  /** Every URL the page asked for that is not on the site itself. */
  external: string[];
}

/** Where a stopped clock (`stoppedClock`) stands at first: a fixed moment, so the time a page shows is the same in every run. */
const CLOCK_START = new Date('2026-05-01T09:00:00+08:00').getTime();

export type PageOptions = Parameters<Browser['newContext']>[0] & {
  /**
   * The page's time stands still: Date, setTimeout, setInterval, requestAnimationFrame, performance.now and event time
   * stamps (Playwright's fake clock) move only when the test calls `page.clock.runFor(ms)`, which fires every timer
   * that falls due on the way, in order. A test of a timer then takes no real time and never races the machine.
   * CSS transitions and animations still run in real time.
   */
  stoppedClock?: boolean;
};

/** A page that records any request leaving `origin` (and blocks it, as a closed hall network would). */
export async function openPage(browser: Browser, origin: string, { stoppedClock, ...options }: PageOptions = {}): Promise<TrackedPage> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options });
  if (stoppedClock) {
    // Before the first page: each document the context loads replays these, so it starts with the clock stopped.
    await context.clock.install({ time: CLOCK_START });
    await context.clock.pauseAt(CLOCK_START + 1);
  }
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    external.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  return { page, context, external };
}
