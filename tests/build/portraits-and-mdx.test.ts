/** A portrait dropped next to a profile becomes WebP + JPEG with its alt text; MDX profiles build too. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { BUILD_HOOK, type BuildResult } from '../support/build-site.ts';
import { PORTRAIT_ALT, portraitsBuild } from '../support/portraits.ts';

let result: BuildResult;
let html: string;

beforeAll(async () => {
  result = await portraitsBuild();
  html = result.code === 0 ? readFileSync(join(result.outDir, 'people/ce-shijia/index.html'), 'utf8') : '';
}, BUILD_HOOK);

describe('portraits', () => {
  it('the build succeeds', () => {
    expect(result.code, result.output).toBe(0);
  });
  it('the profile shows a picture with WebP and JPEG sources and the alt text', () => {
    expect(html).toContain('<picture');
    expect(html).toMatch(/type="image\/webp"/);
    expect(html).toMatch(new RegExp(`<img[^>]+alt="${PORTRAIT_ALT}"`));
    expect(html).toMatch(/<img[^>]+width="\d+"[^>]+height="\d+"|<img[^>]+height="\d+"[^>]+width="\d+"/);
  });
  it('the portrait comes in one size, 480 × 600, as WebP with a JPEG fallback', () => {
    // Shown about 12rem wide: a phone at 2× or 3× needs 480 px anyway, and each further size is made for every portrait
    // of the site in every build (docs/performance.md).
    const picture = /<picture>[\s\S]*?<\/picture>/.exec(html)?.[0] ?? '';
    const files = [...picture.matchAll(/(?:src|srcset)="([^"]+)"/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim().split(' ')[0]));
    const unique = [...new Set(files)];
    expect(unique.map((f) => /\.(\w+)$/.exec(f!)?.[1]).sort()).toEqual(['jpeg', 'webp']);
    expect(picture).not.toContain('240w');
  });
  it('the picture is cropped to a portrait aspect', async () => {
    const src = /<img[^>]+src="([^"]+)"/.exec(html)?.[1];
    expect(src).toBeDefined();
    const meta = await sharp(join(result.outDir, src!)).metadata();
    expect(meta.height! / meta.width!).toBeCloseTo(1.25, 1);
  });
  it('an MDX profile renders its MDX body', () => {
    const mdx = readFileSync(join(result.outDir, 'people/ce-shiding/index.html'), 'utf8');
    expect(mdx).toContain('<strong>MDX 正文</strong>');
  });
  it('a profile without a portrait shows the typographic avatar', () => {
    const mdx = readFileSync(join(result.outDir, 'people/ce-shiding/index.html'), 'utf8');
    expect(mdx).toMatch(/class="avatar large"[^>]*aria-hidden="true"[^>]*>试丁</);
  });
});
