/**
 * The 分享海报 on a phone (375 px, Chromium): nothing of it loads until asked; one press draws a portrait poster
 * with the page's name and a QR code of the page's address, shown as an image to long-press, without any request
 * leaving the site or breaking the strict CSP.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import QRCode from 'qrcode';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser.ts';
import { POSTER_HEIGHT, POSTER_WIDTH, QR } from '../../src/poster/poster.ts';

const site = inject('siteUrl');
const dist = inject('siteDist');
const firstId = (kind: string) => readdirSync(join(dist, kind), { withFileTypes: true }).find((d) => d.isDirectory())!.name;
const phone = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** The poster's pixels, read back from the <img> the page shows. */
async function posterPixels(page: Page) {
  const src = await page.locator('[data-poster] figure img').getAttribute('src');
  expect(src).toMatch(/^data:image\/png;base64,/);
  return sharp(Buffer.from(src!.split(',')[1]!, 'base64')).removeAlpha().greyscale().raw().toBuffer({ resolveWithObject: true });
}

describe('the share poster on a 375 px phone', () => {
  for (const kind of ['people', 'stories']) {
    it(`a ${kind} page draws a portrait poster whose QR code encodes the page's address, loaded only when asked`, async () => {
      const { page, context, external } = await openPage(browser, site, phone);
      const errors: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(e.message));
      const scripts: string[] = [];
      page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
      const id = firstId(kind);
      await page.goto(`${site}/${kind}/${id}/`);
      await page.waitForLoadState('networkidle');
      const before = scripts.length;
      const button = page.getByRole('button', { name: '生成分享海报' });
      await expect.poll(() => button.isVisible()).toBe(true);
      const box = (await button.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      expect(box.height).toBeGreaterThanOrEqual(24);

      await button.click();
      const img = page.locator('[data-poster] figure img');
      await expect.poll(() => img.count()).toBe(1);
      // The drawing code came only now, from the site itself.
      expect(scripts.length).toBeGreaterThan(before);
      expect(external).toEqual([]);
      expect(errors).toEqual([]);
      const title = (await page.locator('h1').innerText()).trim();
      expect(await img.getAttribute('alt')).toBe(`分享海报：${title}`);
      await expect(page.locator('[data-poster] figcaption').innerText()).resolves.toContain('长按');
      // Portrait, and shown within the phone's width.
      const shown = (await img.boundingBox())!;
      expect(shown.height).toBeGreaterThan(shown.width);
      expect(shown.x + shown.width).toBeLessThanOrEqual(375);

      // The QR code, read module by module at the poster's QR box, is exactly the page's canonical address.
      const { data, info } = await posterPixels(page);
      expect([info.width, info.height]).toEqual([POSTER_WIDTH, POSTER_HEIGHT]);
      const url = await page.locator('link[rel="canonical"]').getAttribute('href');
      const qr = QRCode.create(url!, { errorCorrectionLevel: 'M' });
      const n = qr.modules.size;
      const cell = Math.floor(QR.size / (n + 8));
      const x0 = QR.x + Math.floor((QR.size - cell * n) / 2);
      const y0 = QR.y + Math.floor((QR.size - cell * n) / 2);
      let wrong = 0;
      for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) {
        const v = data[(y0 + r * cell + (cell >> 1)) * info.width + x0 + c * cell + (cell >> 1)]!;
        if ((v < 128) !== Boolean(qr.modules.get(r, c))) wrong++;
      }
      expect(wrong).toBe(0);
      // Text was drawn above the QR code (a failed font or empty data would leave the paper blank).
      let dark = 0;
      for (let y = 180; y < 420; y++) for (let x = 64; x < 686; x++) if (data[y * info.width + x]! < 100) dark++;
      expect(dark).toBeGreaterThan(2000);
      await context.close();
    });
  }
});
