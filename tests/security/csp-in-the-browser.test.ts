/**
 * The strict CSP really holds in Chromium: the built pages run without a single violation (JSON-LD is data, not a
 * script), while anything injected into a page — an inline script, an inline style, an event handler — is blocked and
 * reported, so a violation can never pass unnoticed.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;

/** Records every securitypolicyviolation event from the very start of the document. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

describe('the content security policy in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a profile page with JSON-LD and the preferences script loads with no violation, and its own script runs', async () => {
    const { page, context } = await openPage(browser, origin);
    const violations = await recordViolations(page);
    await page.goto(new URL('/people/he-maodong/', siteUrl).href, { waitUntil: 'load' });
    expect(await page.locator('script[type="application/ld+json"]').count()).toBeGreaterThan(0);
    // prefs.js (an external same-origin script) reveals the 大字/高对比 switches: scripts the site ships are allowed.
    await expect.poll(() => page.locator('[data-prefs]').isVisible()).toBe(true);
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it('an inline script, an inline style and an event handler injected into a built page are blocked and reported', async () => {
    const { page, context } = await openPage(browser, origin);
    const violations = await recordViolations(page);
    const target = new URL('/people/he-maodong/', siteUrl).href;
    await page.route(target, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        '</main>',
        '<script>window.__pwned = 1</script><p id="styled" style="color: rgb(255, 0, 0)">示例</p><img id="evil" src="/nope.png" onerror="window.__pwned = 2" alt=""></main>',
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto(target, { waitUntil: 'load' });
    // Violation events are queued tasks: wait until all three have arrived, however slow the machine.
    await expect.poll(async () => (await violations()).map((v) => v.split(' ')[0]).sort().join()).toMatch(/script-src-attr.*script-src-elem.*style-src-attr/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#styled').evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(255, 0, 0)');
    const seen = await violations();
    expect(seen.some((v) => v.startsWith('script-src-elem inline'))).toBe(true);
    expect(seen.some((v) => v.startsWith('style-src-attr inline'))).toBe(true);
    expect(seen.some((v) => v.startsWith('script-src-attr inline'))).toBe(true);
    await context.close();
  });
});
