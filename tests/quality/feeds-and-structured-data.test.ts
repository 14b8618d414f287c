/** The RSS feed lists exactly the published stories; profiles carry schema.org JSON-LD; robots.txt points to the sitemap. */
import { describe, expect, it, inject } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pagePaths } from '../support/dist-pages.ts';

const dist = inject('siteDist');
const read = (p: string) => readFileSync(join(dist, p), 'utf8');
const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);

describe('feeds and structured data of the sample site', () => {
  it('the RSS feed is RSS 2.0 in zh-CN with one item per published story page', () => {
    const xml = read('rss.xml');
    expect(xml).toMatch(/^<\?xml[^>]*\?><rss version="2.0"/);
    expect(xml).toContain('<language>zh-CN</language>');
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname).sort();
    const pages = readdirSync(join(dist, 'stories'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `/stories/${d.name}/`).sort();
    expect(links).toEqual(pages);
  });

  it('a profile has a Person with its award and employer', () => {
    const [ld] = jsonLd(read('people/he-maodong/index.html'));
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: '何茂栋',
      award: ['2022年 全国五一劳动奖章'],
      worksFor: { '@type': 'Organization', name: '北京京仪自动化装备技术股份有限公司' },
    });
  });

  it('an enterprise page has an Organization and a story a NewsArticle about its people', () => {
    expect(jsonLd(read('organizations/smc-zhongguo/index.html'))[0]).toMatchObject({ '@type': 'Organization', name: 'SMC（中国）有限公司' });
    const story = jsonLd(read('stories/quanguo-wuyi-2022/index.html'))[0];
    expect(story).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'zh-CN' });
    expect((story?.['about'] as { name: string }[]).map((a) => a.name)).toEqual(expect.arrayContaining(['何茂栋', '张子康']));
  });

  it('the sitemap lists exactly the public pages that were built', () => {
    const xml = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => read(f)).join('');
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
    const built = pagePaths(dist).filter((p) => !/^\/(404|project|admin)(\/|\.html|$)/.test(p)).sort();
    expect(listed).toEqual(built);
  });

  it('robots.txt allows the site and names the sitemap', () => {
    const robots = read('robots.txt');
    expect(robots).toContain('User-agent: *');
    expect(robots).toMatch(/Sitemap: https:\/\/\S+\/sitemap-index\.xml/);
  });
});
