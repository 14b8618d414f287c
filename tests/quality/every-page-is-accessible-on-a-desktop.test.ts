/**
 * Every built page in Chromium at 1280 px: axe finds 0 WCAG 2.2 A/AA violations and the CSP blocks nothing; and the
 * typesetting rules that read a whole page (docs/排版规范.md: no Han character in italics, no brackets in brackets)
 * hold on each of the site's own pages. One visit per page for all of these.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { axeViolations, WCAG_A_AA } from '../support/axe.ts';
import { accessibilitySweep } from '../support/axe-sweep.ts';
import { pagePaths, sitePage } from '../support/dist-pages.ts';
import { nestedBrackets, slantedHan } from '../support/typesetting.ts';

const site = inject('siteUrl');
const paths = pagePaths(inject('siteDist'));
let browser: Browser;
let sweep: Awaited<ReturnType<typeof accessibilitySweep>>;
const slanted: string[] = [];
const nested: string[] = [];
let typeset = 0;

beforeAll(async () => {
  browser = await launchBrowser();
  sweep = await accessibilitySweep(browser, site, paths, 1280, async (page, path) => {
    if (!sitePage(path)) return;
    typeset++;
    slanted.push(...(await slantedHan(page)).map((f) => `${path} ${f}`));
    nested.push(...(await nestedBrackets(page)).map((m) => `${path} ${m}`));
  });
}, 600_000);
afterAll(async () => browser?.close());

describe('every page on a desktop', () => {
  it('has 0 axe violations of WCAG 2.2 A/AA and 0 CSP violations at 1280 px, and loads nothing from outside the site', () => {
    expect(paths.length).toBeGreaterThan(20);
    expect(sweep.violations).toEqual([]);
    expect(sweep.external).toEqual([]);
  });

  it('sets no Han character in italics on any page', () => {
    expect(typeset).toBe(paths.filter(sitePage).length);
    expect(slanted).toEqual([]);
  });

  it('nests no brackets inside brackets in the text a reader sees', () => {
    expect(typeset).toBeGreaterThan(20);
    expect(nested).toEqual([]);
  });

  it('the sweep itself sees violations: a picture without alt text and grey-on-white text are reported', async () => {
    const page = await browser.newPage();
    await page.setContent('<html lang="zh-CN"><title>t</title><main><img src="data:,"><p style="color:#bbb">浅灰色的字</p></main></html>');
    expect((await axeViolations(page, WCAG_A_AA)).map((v) => v.id).sort()).toEqual(['color-contrast', 'image-alt']);
    await page.close();
  });
});
