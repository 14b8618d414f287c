/**
 * A sweep of many pages at one width: axe (WCAG 2.2 A/AA) and CSP reports on each, in one browser context. `also`
 * runs further checks on each page while it is open (one visit per page, not one per check); it may change the
 * viewport, which is set back before the next page.
 */
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeViolations, WCAG_A_AA } from './axe.ts';
import { openPage } from './browser.ts';

export async function accessibilitySweep(browser: Browser, site: string, paths: string[], width: number, also?: (page: Page, path: string) => Promise<void>) {
  const viewport = { width, height: 800 };
  const { page, context, external } = await openPage(browser, site, { viewport });
  const violations: string[] = [];
  let current = '';
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) violations.push(`${current} [csp] ${msg.text().slice(0, 160)}`);
  });
  for (const path of paths) {
    current = path;
    await page.goto(`${site}${path}`);
    violations.push(...describeViolations(path, await axeViolations(page, WCAG_A_AA)));
    if (also) {
      await also(page, path);
      await page.setViewportSize(viewport);
    }
  }
  await context.close();
  return { violations, external };
}
