/** RSS, sitemap and share images of a fixture build with a draft and a scheduled story list exactly what is published. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_HOOK, type BuildResult } from '../support/build-site.ts';
import { hiddenEntriesBuild } from '../support/hidden-entries.ts';
import { pagePaths } from '../support/dist-pages.ts';

describe('feeds of a build with a draft and a scheduled story', () => {
  let result: BuildResult;
  const read = (p: string) => readFileSync(join(result.outDir, p), 'utf8');
  beforeAll(async () => {
    result = await hiddenEntriesBuild();
  }, BUILD_HOOK);

  it('builds', () => {
    expect(result.code, result.output).toBe(0);
  });

  it('the RSS feed parses and lists exactly the published story', () => {
    const xml = read('rss.xml');
    expect(xml).toMatch(/^<\?xml[^>]*\?><rss version="2.0"/);
    // Well-formed enough to parse: every item opens and closes, and the channel closes the document.
    expect(xml.match(/<item>/g)?.length).toBe(xml.match(/<\/item>/g)?.length);
    expect(xml.trimEnd()).toMatch(/<\/channel><\/rss>$/);
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => ({
      title: /<title>([^<]*)<\/title>/.exec(m[1]!)?.[1],
      path: new URL(/<link>([^<]+)<\/link>/.exec(m[1]!)![1]!).pathname,
    }));
    expect(items).toEqual([{ title: '测试故事', path: '/stories/ceshi-gushi/' }]);
    expect(xml).not.toContain('草稿测试故事');
    expect(xml).not.toContain('未来测试故事');
  });

  it('the sitemap lists exactly the pages that were built, and no hidden entry', () => {
    const xml = readdirSync(result.outDir).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => read(f)).join('');
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
    expect(listed).toContain('/stories/ceshi-gushi/');
    expect(listed).toContain('/people/ce-shijia/');
    for (const hidden of ['/stories/caogao-gushi/', '/stories/weilai-gushi/', '/people/ce-shiyi/', '/404/', '/404.html']) expect(listed).not.toContain(hidden);
    const built = pagePaths(result.outDir).filter((p) => !/^\/(404|project|admin)(\/|\.html|$)/.test(p)).sort();
    expect(listed).toEqual(built);
  });

  it('share images exist for published entries only', () => {
    expect(existsSync(join(result.outDir, 'og/stories/ceshi-gushi.jpg'))).toBe(true);
    expect(existsSync(join(result.outDir, 'og/people/ce-shijia.jpg'))).toBe(true);
    for (const hidden of ['og/stories/caogao-gushi.jpg', 'og/stories/weilai-gushi.jpg', 'og/people/ce-shiyi.jpg']) expect(existsSync(join(result.outDir, hidden))).toBe(false);
  });
});
