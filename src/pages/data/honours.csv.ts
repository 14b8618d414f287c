import type { APIRoute } from 'astro';
import { siteData } from '@/lib/site-data.ts';
import { siteSettings } from '@/settings.ts';
import { honoursCsv } from '@/lib/exports.ts';

export const GET: APIRoute = async () =>
  new Response(honoursCsv(await siteData(), siteSettings().baseUrl), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
