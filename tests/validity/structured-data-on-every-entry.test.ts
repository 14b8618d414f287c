/** Every entry page of the sample carries exactly one JSON-LD block that parses, with the schema.org type of its kind. */
import { describe, expect, it, inject } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dist = inject('siteDist');
const blocks = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
const entries = (kind: string) =>
  readdirSync(join(dist, kind), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => ({
    id: d.name,
    html: readFileSync(join(dist, kind, d.name, 'index.html'), 'utf8'),
  }));
const h1 = (html: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '').trim();

describe('schema.org JSON-LD on every entry page', () => {
  it('every person is a Person named as on the page, with a list of awards and an employer Organization', () => {
    const people = entries('people');
    expect(people.length).toBeGreaterThan(0);
    for (const { id, html } of people) {
      const ld = blocks(html);
      expect(ld, id).toHaveLength(1);
      expect(ld[0]).toMatchObject({ '@context': 'https://schema.org', '@type': 'Person', url: expect.stringMatching(new RegExp(`/people/${id}/$`)) });
      expect(h1(html)).toContain(ld[0]!['name']);
      expect(Array.isArray(ld[0]!['award']) && (ld[0]!['award'] as string[]).every((a) => /^\d{4}年 \S/.test(a)), id).toBe(true);
      expect(ld[0]!['worksFor'], id).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
    }
  });

  it('every collective and enterprise is an Organization', () => {
    for (const kind of ['collectives', 'organizations']) {
      const list = entries(kind);
      expect(list.length, kind).toBeGreaterThan(0);
      for (const { id, html } of list) {
        const ld = blocks(html);
        expect(ld, `${kind}/${id}`).toHaveLength(1);
        expect(ld[0]).toMatchObject({ '@context': 'https://schema.org', '@type': 'Organization', name: expect.any(String) });
      }
    }
  });

  it('every story is a NewsArticle with headline, ISO date, language and publisher', () => {
    const stories = entries('stories');
    expect(stories.length).toBeGreaterThan(0);
    for (const { id, html } of stories) {
      const ld = blocks(html);
      expect(ld, id).toHaveLength(1);
      expect(ld[0]).toMatchObject({
        '@type': 'NewsArticle',
        headline: expect.any(String),
        datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}/),
        inLanguage: 'zh-CN',
        publisher: { '@type': 'Organization' },
      });
      expect(h1(html)).toBe(ld[0]!['headline']);
      expect(new URL(ld[0]!['image'] as string).pathname).toBe(`/og/stories/${id}.jpg`);
      expect(existsSync(join(dist, 'og/stories', `${id}.jpg`))).toBe(true);
    }
  });

  it('list pages carry no profile JSON-LD', () => {
    for (const page of ['people/index.html', 'stories/index.html', 'index.html']) {
      expect(blocks(readFileSync(join(dist, page), 'utf8')).filter((b) => b['@type'] === 'Person' || b['@type'] === 'NewsArticle'), page).toEqual([]);
    }
  });
});
