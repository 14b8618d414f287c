import type { APIRoute } from 'astro';
import { siteSettings } from '@/settings.ts';

export const GET: APIRoute = () => {
  const base = siteSettings().baseUrl;
  const body = ['User-agent: *', 'Allow: /', 'Disallow: /admin/', `Sitemap: ${new URL('sitemap-index.xml', base).href}`, ''].join('\n');
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
