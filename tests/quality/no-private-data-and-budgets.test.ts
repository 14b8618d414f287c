/** No personal data leaves in dist/, and a profile page stays small: ≤ 50 KiB gzip of HTML+CSS and no JavaScript. */
import { describe, expect, it, inject } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { scanDist } from '../../scripts/scan-dist.ts';
import { findPii, idCardChecksumOk } from '../../src/lib/pii.ts';

const dist = inject('siteDist');

describe('the personal-data scan', () => {
  it('finds nothing in the built sample site', async () => {
    expect(await scanDist(dist)).toEqual([]);
  });

  it('checks the GB 11643 digit of an ID-card number', () => {
    expect(idCardChecksumOk('11010519491231002X')).toBe(true);
    expect(idCardChecksumOk('110105194912310021')).toBe(false);
  });

  it('catches a planted ID-card number, a mobile number and a photo carrying GPS', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'honor-roll-scan-'));
    writeFileSync(join(dir, 'index.html'), '<p>身份证 11010519491231002X，电话 138 0013 8000，编号 20220428</p>');
    const gps = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#888' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'TestCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 47/1 0/1' } })
      .toBuffer();
    writeFileSync(join(dir, 'photo.jpg'), gps);
    const findings = await scanDist(dir);
    expect(findings.map((f) => f.what)).toEqual(['身份证号 11010519491231002X', '手机号 138 0013 8000', '图片带有 EXIF 信息（含 GPS 位置）']);
  });

  it('does not mistake dates and counts for personal numbers', () => {
    expect(findPii('2022年4月28日，87399人，632.3亿元，20220428，GDP增长7.9%')).toEqual([]);
  });
});

describe('the profile page budget', () => {
  const html = readFileSync(join(dist, 'people/he-maodong/index.html'), 'utf8');

  it('transfers at most 50 KiB gzip of HTML and CSS', () => {
    const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<link[^>]+href="([^"]+\.css)"/g)].map((m) => readFileSync(join(dist, (m[1] ?? m[2])!), 'utf8'));
    const bytes = gzipSync(html).length + css.reduce((n, c) => n + gzipSync(c).length, 0);
    expect(bytes).toBeLessThanOrEqual(50 * 1024);
  });

  // A profile carries two external scripts and nothing else: the shared 大字/高对比 switch (public/prefs.js), and the
  // 分享海报 button's loader, which fetches the drawing code only when the visitor presses the button. The page is
  // complete without either.
  it('runs no JavaScript but the display-preferences switch (≤1 KiB gzip) and the poster loader (≤512 B gzip)', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/type="application\/ld\+json"/.test(m[1]!));
    expect(scripts.map((m) => m[0].replace(/\.[\w-]+\.js"/, '.js"'))).toEqual([
      '<script src="/prefs.js"></script>',
      '<script type="module" src="/_astro/SharePoster.astro_astro_type_script_index_0_lang.js"></script>',
    ]);
    expect(gzipSync(readFileSync(join(dist, 'prefs.js'))).length).toBeLessThanOrEqual(1024);
    const loader = /src="(\/_astro\/SharePoster[^"]+\.js)"/.exec(html)![1]!;
    expect(gzipSync(readFileSync(join(dist, loader))).length).toBeLessThanOrEqual(512);
    expect(html).not.toMatch(/<link[^>]+rel="modulepreload"/);
    expect(html).not.toMatch(/\son[a-z]+="/);
  });
});
