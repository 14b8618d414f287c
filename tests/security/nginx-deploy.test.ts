/**
 * Deploy for real: the sample site served by Debian's nginx with deploy/nginx.conf as shipped (tests/support/nginx.ts),
 * looked at in Chromium. Pages render (not downloaded), every path carries the security headers, the header CSP is
 * the pages' own, wasm has its type, the CSV downloads, and /admin/ has its own policy and asks nothing outside.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { adminHtml, adminPolicy } from '../../src/integrations/cms.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { serveWithNginx, type Nginx } from '../support/nginx.ts';

const dist = inject('siteDist');
const REPO = { backend: 'github', repo: 'example-union/honor-roll' };
/** The smallest valid WebAssembly module: magic and version. */
const WASM = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

let nginx: Nginx;
let browser: Browser;
const url = (p: string) => new URL(p, nginx.url).href;
const cspOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';
const directive = (policy: string, name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';

beforeAll(async () => {
  // The built site as it is, plus a wasm file, and /admin/ as built for a configured repository.
  const root = mkdtempSync(join(tmpdir(), 'honor-roll-srv-'));
  for (const name of readdirSync(dist)) if (name !== 'admin') symlinkSync(join(dist, name), join(root, name));
  mkdirSync(join(root, 'admin'));
  for (const name of readdirSync(join(dist, 'admin'))) if (name !== 'index.html') symlinkSync(join(dist, 'admin', name), join(root, 'admin', name));
  writeFileSync(join(root, 'admin', 'index.html'), adminHtml(REPO));
  writeFileSync(join(root, 'probe.wasm'), WASM);
  nginx = await serveWithNginx(root);
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await nginx?.close();
});

describe('the site served by nginx with deploy/nginx.conf', () => {
  it('renders pages in Chromium instead of downloading them', async () => {
    const { page, context } = await openPage(browser, nginx.url);
    let downloads = 0;
    page.on('download', () => downloads++);
    for (const path of ['/', '/people/he-maodong/', '/search/']) {
      const response = await page.goto(url(path));
      expect(response?.status(), path).toBe(200);
      expect(response?.headers()['content-type'], path).toMatch(/^text\/html/);
      await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true);
    }
    expect(downloads).toBe(0);
    await context.close();
  });

  it('every kind of path carries the security headers, with the right type', async () => {
    const css = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'))!;
    const paths: [string, number, RegExp][] = [
      ['/', 200, /^text\/html/],
      ['/people/he-maodong/', 200, /^text\/html/],
      [`/_astro/${css}`, 200, /^text\/css/],
      ['/pagefind/pagefind.js', 200, /javascript/],
      ['/no-such-page/', 404, /^text\/html/],
      ['/data/honours.csv', 200, /^text\/csv/],
      ['/admin/', 200, /^text\/html/],
    ];
    for (const [path, status, type] of paths) {
      const res = await fetch(url(path));
      const h = res.headers;
      expect([path, res.status, h.get('content-type')]).toEqual([path, status, expect.stringMatching(type)]);
      expect(h.get('x-content-type-options'), path).toBe('nosniff');
      expect(h.get('x-frame-options'), path).toBe('DENY');
      expect(h.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(h.get('permissions-policy'), path).toContain('camera=()');
      expect(h.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
    expect((await fetch(url(`/_astro/${css}`))).headers.get('cache-control')).toContain('immutable');
  });

  it('the header policy carries the same script-src as the pages, in nginx and in _headers', async () => {
    for (const path of ['/', '/search/']) {
      const res = await fetch(url(path));
      const fromPage = directive(cspOf(await res.text()), 'script-src');
      expect(fromPage).toMatch(/^script-src 'self' /);
      // Tokens of the page's script-src are all in the header's (which is the union over pages).
      const header = directive(res.headers.get('content-security-policy') ?? '', 'script-src').split(' ');
      expect(header).toEqual(expect.arrayContaining(fromPage.split(' ')));
    }
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    const home = directive(cspOf(readFileSync(join(dist, 'index.html'), 'utf8')), 'script-src');
    expect(headers).toContain(home.split(' ').slice(0, 3).join(' '));
    expect((await fetch(url('/_csp.conf'))).status).toBe(404);
  });

  it('serves wasm as application/wasm', async () => {
    const res = await fetch(url('/probe.wasm'));
    expect(res.headers.get('content-type')).toBe('application/wasm');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('downloads the honours CSV', async () => {
    const { page, context } = await openPage(browser, nginx.url);
    await page.goto(url('/'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.evaluate((href) => { const a = document.createElement('a'); a.href = href; document.body.append(a); a.click(); }, '/data/honours.csv')]);
    expect(download.suggestedFilename()).toBe('honours.csv');
    await context.close();
  });
});

describe('/admin/ behind nginx', () => {
  it('has its own policy: exactly the editor\'s, not the site\'s', async () => {
    const res = await fetch(url('/admin/'));
    expect(res.headers.get('content-security-policy')).toBe(`${adminPolicy(REPO)}; frame-ancestors 'none'`);
  });

  it('loads the editor without a CSP violation and asks nothing outside before a backend is chosen', async () => {
    const { page, context, external } = await openPage(browser, nginx.url);
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    await page.goto(url('/admin/'));
    // The editor shows its sign-in screen: a button to choose how to work.
    await expect.poll(() => page.getByRole('button').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(external).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await context.close();
  });

  it('says in Chinese that no repository is configured when the build had none', async () => {
    const html = readFileSync(join(dist, 'admin', 'index.html'), 'utf8');
    expect(html).toContain('内容编辑页还没有连接到仓库');
    expect(html).not.toContain('sveltia-cms.js');
  });
});
