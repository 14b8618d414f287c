import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteData } from '@/lib/site-data.ts';
import { siteSettings } from '@/settings.ts';
import { href } from '@/kinds.ts';

/** RSS of the published stories, newest first (the publishing rule is applied by `siteData()`). */
export const GET: APIRoute = async () => {
  const site = siteSettings();
  const data = await siteData();
  return rss({
    title: `${site.title}：故事`,
    description: site.description,
    site: site.baseUrl,
    customData: '<language>zh-CN</language>',
    items: data.stories.map((s) => ({
      title: s.data.title,
      description: s.data.summary,
      pubDate: s.data.published,
      link: href('stories', s.id),
      categories: s.data.tags,
    })),
  });
};
