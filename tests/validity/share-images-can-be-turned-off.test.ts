/** With `entryShareImages: false` in site.yaml no per-entry card is drawn, and every page shares the site's card. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_HOOK, buildSite, type BuildResult } from '../support/build-site.ts';
import { copyFixture } from '../support/fixture-tree.ts';

describe('a site that turns per-entry share images off', () => {
  let result: BuildResult;
  beforeAll(async () => {
    const tree = copyFixture();
    tree.write('site.yaml', `${tree.read('site.yaml')}entryShareImages: false\n`);
    result = await buildSite({ content: tree.dir });
  }, BUILD_HOOK);

  it('draws only the site card, and person, collective and story pages point at it', () => {
    expect(result.code, result.output).toBe(0);
    expect(existsSync(join(result.outDir, 'og/site.jpg'))).toBe(true);
    expect(existsSync(join(result.outDir, 'og/people'))).toBe(false);
    for (const page of ['people/ce-shijia', 'collectives/ceshi-banzu', 'stories/ceshi-gushi']) {
      const html = readFileSync(join(result.outDir, page, 'index.html'), 'utf8');
      expect(/<meta property="og:image" content="([^"]+)"/.exec(html)?.[1], page).toBe('https://test.example.org/og/site.jpg');
    }
  });
});
