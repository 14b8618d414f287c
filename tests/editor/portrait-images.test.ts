/** A portrait dropped next to a profile: the build strips EXIF/GPS from every image it writes. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { BUILD_HOOK } from '../support/build-site.ts';
import { exifPortrait, portraitsBuild } from '../support/portraits.ts';

const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));

describe('portraits in the built site', () => {
  it('carry no EXIF, GPS or maker notes in any image the build writes', async () => {
    expect((await sharp(await exifPortrait()).metadata()).exif).toBeDefined(); // the test photo really carries GPS
    const build = await portraitsBuild();
    expect(build.code, build.output).toBe(0);
    const images = walk(build.outDir).filter((f) => /\.(jpe?g|webp|png|avif)$/i.test(f) && !f.includes('/admin/'));
    const profile = readFileSync(join(build.outDir, 'people/ce-shijia/index.html'), 'utf8');
    expect(images.filter((f) => profile.includes(f.slice(build.outDir.length))).length).toBeGreaterThan(0);
    for (const file of images) {
      const meta = await sharp(file).metadata();
      expect(meta.exif, `${file} 带有 EXIF`).toBeUndefined();
      expect(readFileSync(file).includes(Buffer.from('TestCam')), `${file} 带有相机信息`).toBe(false);
    }
  }, BUILD_HOOK);
});
