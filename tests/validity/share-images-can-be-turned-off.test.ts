/**
 * With `entryShareImages: false` and `entryOfflineFiles: false` in site.yaml no per-entry card is drawn and no entry's
 * 投影 gets an offline file: every page shares the site's card, entry decks offer no download, and the decks lecture
 * teams carry (talks, the 光荣榜 of a year) still get theirs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_HOOK, buildSite, type BuildResult } from '../support/build-site.ts';
import { copyFixture } from '../support/fixture-tree.ts';

describe('a site that turns per-entry share images and 投影 offline files off', () => {
  let result: BuildResult;
  beforeAll(async () => {
    const tree = copyFixture();
    tree.write('site.yaml', `${tree.read('site.yaml')}entryShareImages: false\nentryOfflineFiles: false\n`);
    // A talk of one slide: talks keep their offline file whatever the settings say.
    tree.write('talks/ceshi-xuanjiang.yaml', 'title: 测试宣讲\nspeakers: [测试宣讲团]\nduration: 5\npublished: 2024-01-01\nslides:\n  - person: ce-shijia\n');
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

  it('makes no offline file for an entry\'s 投影, and the 投影 page offers no download but still leads back', () => {
    expect(result.code, result.output).toBe(0);
    expect(existsSync(join(result.outDir, 'offline/project/people'))).toBe(false);
    expect(existsSync(join(result.outDir, 'offline/project/collectives'))).toBe(false);
    expect(existsSync(join(result.outDir, 'offline/project/stories'))).toBe(false);
    for (const [deck, page] of [['project/people/ce-shijia', '/people/ce-shijia/'], ['project/collectives/ceshi-banzu', '/collectives/ceshi-banzu/'], ['project/stories/ceshi-gushi', '/stories/ceshi-gushi/']] as const) {
      const html = readFileSync(join(result.outDir, deck, 'index.html'), 'utf8');
      expect(html, deck).toContain('id="deck"');
      expect(html, deck).not.toContain('data-offline-link');
      expect(html, deck).not.toContain('/offline/');
      expect(html, deck).toContain(`href="${page}"`);
    }
  });

  it('still makes the offline files of a talk and of the year\'s 光荣榜 lobby deck, each linked from its deck', () => {
    expect(result.code, result.output).toBe(0);
    const talk = readFileSync(join(result.outDir, 'talks/ceshi-xuanjiang/index.html'), 'utf8');
    expect(talk).toMatch(/<a\b[^>]*href="\/offline\/talks\/ceshi-xuanjiang\.html"[^>]*data-offline-link/);
    expect(existsSync(join(result.outDir, 'offline/talks/ceshi-xuanjiang.html'))).toBe(true);
    const html = readFileSync(join(result.outDir, 'project/roll/2023/index.html'), 'utf8');
    expect(html).toMatch(/<a\b[^>]*href="\/offline\/project\/roll\/2023\.html"[^>]*data-offline-link/);
    expect(existsSync(join(result.outDir, 'offline/project/roll/2023.html'))).toBe(true);
  });
});
