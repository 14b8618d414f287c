/** A portrait dropped next to a profile becomes responsive WebP + JPEG with its alt text; MDX profiles build too. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { BUILD_HOOK, buildSite, type BuildResult } from '../support/build-site.ts';
import { copyFixture } from '../support/fixture-tree.ts';

let result: BuildResult;
let html: string;

beforeAll(async () => {
  const tree = copyFixture();
  // A generated 900×1200 test picture: a plain gradient, nobody's face.
  const jpeg = await sharp({ create: { width: 900, height: 1200, channels: 3, background: { r: 164, g: 22, b: 26 } } }).jpeg().toBuffer();
  tree.write('people/ce-shijia.jpg', jpeg);
  tree.edit(
    'people/ce-shijia.md',
    'published: 2024-01-01',
    'portrait:\n  src: ./ce-shijia.jpg\n  alt: 测试甲的测试照片（纯色图）\nconsent:\n  biography: { basis: 本人书面同意, by: 本人, date: 2024-01-01 }\n  portrait: { basis: 本人书面同意, by: 本人, date: 2024-01-01 }\npublished: 2024-01-01',
  );
  tree.edit('people/ce-shijia.md', /consent:\n  biography: \{ basis: 本人书面同意, by: 本人, date: 2024-01-01 \}\n\$?sources/, 'sources');
  tree.write(
    'people/ce-shiding.mdx',
    tree.read('people/ce-shijia.md').replace('name: 测试甲', 'name: 测试丁').replace(/portrait:\n(  .*\n)+?(?=consent)/, '').replace(/  portrait: .*\n/, '') + '\n\n<strong>MDX 正文</strong>\n',
  );
  result = await buildSite({ content: tree.dir });
  html = result.code === 0 ? readFileSync(join(result.outDir, 'people/ce-shijia/index.html'), 'utf8') : '';
}, BUILD_HOOK);

describe('portraits', () => {
  it('the build succeeds', () => {
    expect(result.code, result.output).toBe(0);
  });
  it('the profile shows a picture with WebP and JPEG sources and the alt text', () => {
    expect(html).toContain('<picture');
    expect(html).toMatch(/type="image\/webp"/);
    expect(html).toMatch(/<img[^>]+alt="测试甲的测试照片（纯色图）"/);
    expect(html).toMatch(/<img[^>]+width="\d+"[^>]+height="\d+"|<img[^>]+height="\d+"[^>]+width="\d+"/);
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
