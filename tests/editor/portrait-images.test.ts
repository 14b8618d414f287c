/** A portrait dropped next to a profile: the build strips EXIF/GPS from every image it writes, and reuses its image cache. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { copyFixture } from '../support/fixture-tree.ts';
import { BUILD_HOOK, buildSite } from '../support/build-site.ts';

const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));

describe('portraits in the built site', () => {
  it('carry no EXIF, GPS or maker notes in any image the build writes, and an unchanged rebuild reuses the image cache', async () => {
    const tree = copyFixture();
    const photo = await sharp({ create: { width: 1200, height: 1600, channels: 3, background: '#8a6' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'TestCam', Model: 'Fake 1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 47/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '116/1 23/1 0/1' } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined(); // the test photo really carries GPS
    tree.write('people/ce-shijia.jpg', photo);
    tree.edit(
      'people/ce-shijia.md',
      /^consent:\n/m,
      'portrait: { src: ./ce-shijia.jpg, alt: 测试甲的虚构肖像 }\nconsent:\n  portrait: { basis: 本人书面同意, by: 本人（测试）, date: 2024-01-01 }\n',
    );
    const cache = join(mkdtempSync(join(tmpdir(), 'honor-roll-imgcache-')), 'cache');
    const t0 = performance.now();
    const first = await buildSite({ content: tree.dir, env: { HONOR_ROLL_CACHE_DIR: cache } });
    const t1 = performance.now();
    expect(first.code, first.output).toBe(0);

    const images = walk(first.outDir).filter((f) => /\.(jpe?g|webp|png|avif)$/i.test(f) && !f.includes('/admin/'));
    const portraits = images.filter((f) => readFileSync(join(first.outDir, 'people/ce-shijia/index.html'), 'utf8').includes(f.slice(first.outDir.length)));
    expect(portraits.length).toBeGreaterThan(0);
    for (const file of images) {
      const meta = await sharp(file).metadata();
      expect(meta.exif, `${file} 带有 EXIF`).toBeUndefined();
      expect(readFileSync(file).includes(Buffer.from('TestCam')), `${file} 带有相机信息`).toBe(false);
    }

    const second = await buildSite({ content: tree.dir, env: { HONOR_ROLL_CACHE_DIR: cache } });
    const t2 = performance.now();
    expect(second.code, second.output).toBe(0);
    expect(second.output).toMatch(/reused cache entr/i); // Astro logs each image it did not have to re-encode
    expect(first.output).not.toMatch(/reused cache entr/i);
    console.log(`portrait build: first ${((t1 - t0) / 1000).toFixed(1)} s, unchanged rebuild ${((t2 - t1) / 1000).toFixed(1)} s, ${images.length} image files`);
  }, BUILD_HOOK);
});
