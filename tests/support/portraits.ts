/** One shared build of the minimal fixture with a portrait that carries EXIF/GPS, and an MDX profile without one. */
import sharp from 'sharp';
import type { BuildResult } from './build-site.ts';
import { copyFixture } from './fixture-tree.ts';
import { sharedBuild } from './shared-build.ts';

export const PORTRAIT_ALT = '测试甲的测试照片（纯色图）';

/** A generated 900×1200 test picture (a plain colour field, nobody's face) with a fake camera and GPS position. */
export function exifPortrait(): Promise<Buffer> {
  return sharp({ create: { width: 900, height: 1200, channels: 3, background: { r: 164, g: 22, b: 26 } } })
    .jpeg()
    .withExif({ IFD0: { Make: 'TestCam', Model: 'Fake 1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 47/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '116/1 23/1 0/1' } })
    .toBuffer();
}

/**
 * `people/ce-shijia` has the portrait (with its consent record); `people/ce-shiding` is an MDX profile with a
 * `<strong>MDX 正文</strong>` body and no portrait. Read it, never write into it.
 */
export function portraitsBuild(): Promise<BuildResult> {
  return sharedBuild('portraits', async () => {
    const tree = copyFixture();
    tree.write('people/ce-shijia.jpg', await exifPortrait());
    tree.edit(
      'people/ce-shijia.md',
      'published: 2024-01-01',
      `portrait:\n  src: ./ce-shijia.jpg\n  alt: ${PORTRAIT_ALT}\nconsent:\n  biography: { basis: 本人书面同意, by: 本人, date: 2024-01-01 }\n  portrait: { basis: 本人书面同意, by: 本人, date: 2024-01-01 }\npublished: 2024-01-01`,
    );
    tree.edit('people/ce-shijia.md', /consent:\n  biography: \{ basis: 本人书面同意, by: 本人, date: 2024-01-01 \}\n\$?sources/, 'sources');
    tree.write(
      'people/ce-shiding.mdx',
      tree.read('people/ce-shijia.md').replace('name: 测试甲', 'name: 测试丁').replace(/portrait:\n(  .*\n)+?(?=consent)/, '').replace(/  portrait: .*\n/, '') + '\n\n<strong>MDX 正文</strong>\n',
    );
    return { content: tree.dir };
  });
}
