/** The site's own share card, /og/site.jpg: for organizations, honours, and every entry when per-entry cards are off. */
import type { APIRoute } from 'astro';
import { siteSettings } from '@/settings.ts';
import { shareImage } from '@/lib/share-image.ts';

export const GET: APIRoute = async () => {
  const site = siteSettings();
  const jpeg = await shareImage({ kicker: site.union, title: site.title, lines: [site.description], site: new URL(site.baseUrl).host });
  return new Response(new Uint8Array(jpeg), { headers: { 'Content-Type': 'image/jpeg' } });
};
