/**
 * Every built page in Chromium, as a visitor on a phone and on a desktop: axe finds 0 WCAG 2.2 A/AA violations,
 * nothing is fetched from outside the site, and at 320 px with 200% text nothing scrolls sideways.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser.ts';
import { pagePaths } from '../support/dist-pages.ts';

const site = inject('siteUrl');
const paths = pagePaths(inject('siteDist'));
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function sweep(width: number, extra: (path: string) => string = (p) => p) {
  const { page, context, external } = await openPage(browser, site, { viewport: { width, height: 800 } });
  const violations: string[] = [];
  let current = '';
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) violations.push(`${current} [csp] ${msg.text().slice(0, 160)}`);
  });
  for (const path of paths) {
    current = path;
    await page.goto(`${site}${extra(path)}`);
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    for (const v of result.violations) violations.push(`${path} [${v.id}] ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  }
  await context.close();
  return { violations, external };
}

describe('every page', () => {
  it('has 0 axe violations of WCAG 2.2 A/AA and 0 CSP violations at 375 px, and loads nothing from outside the site', async () => {
    const { violations, external } = await sweep(375);
    expect(violations).toEqual([]);
    expect(external).toEqual([]);
  }, 600_000);

  it('has 0 axe violations of WCAG 2.2 A/AA at 1280 px', async () => {
    const { violations } = await sweep(1280);
    expect(violations).toEqual([]);
  }, 600_000);

  it('does not scroll sideways at 320 px with text zoomed to 200%', async () => {
    const { page, context } = await openPage(browser, site, { viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const path of paths.filter((p) => !p.startsWith('/talks/') && !p.startsWith('/project/'))) {
      await page.goto(`${site}${path}`);
      // CSSOM changes are not inline styles, so the strict CSP allows this 200% text zoom.
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 1) wide.push(`${path} (+${overflow}px)`);
    }
    await context.close();
    expect(wide).toEqual([]);
  }, 600_000);
});
