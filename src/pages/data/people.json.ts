import type { APIRoute } from 'astro';
import { siteData } from '@/lib/site-data.ts';
import { siteSettings } from '@/settings.ts';
import { peopleJson } from '@/lib/exports.ts';

export const GET: APIRoute = async () => {
  const body = JSON.stringify(peopleJson(await siteData(), siteSettings().baseUrl), null, 2);
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
