/**
 * One share image per published person, collective and story: /og/<kind>/<id>.jpg (og:image on the page).
 * None when per-entry cards are off (`entryShareImages`, or a big site: src/lib/scale.ts): those pages then show the
 * site's card (og/site.jpg.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData, type AwardFields } from '@/lib/site-data.ts';
import { siteSettings } from '@/settings.ts';
import { entryCards, shareImage, type ShareCard } from '@/lib/share-image.ts';
import { t } from '@/i18n/t.ts';
import { valueCacheKey } from '@/lib/page-keys.ts';
import { awards } from '@/lib/structured-data.ts';

export const getStaticPaths = (async () => {
  const data = await siteData();
  if (!entryCards(data)) return [];
  const site = siteSettings().title;
  const org = (id: string) => data.organization.get(id)?.data.name;
  const honour = (list: readonly ({ honour: { id: string } } & AwardFields)[]) => awards(data, list).join('、');
  const cards: { params: { kind: string; id: string }; props: { card: ShareCard } }[] = [
    ...data.people.map((p) => ({ params: { kind: 'people', id: p.id }, props: { card: {
      kicker: t('share.kicker.person'), title: p.data.name, site,
      lines: [honour(p.data.honours), [org(p.data.organization.id), p.data.position].filter(Boolean).join(' ')].filter(Boolean),
    } } })),
    ...data.collectives.map((c) => ({ params: { kind: 'collectives', id: c.id }, props: { card: {
      kicker: t('share.kicker.collective'), title: c.data.name, site, lines: [honour(c.data.honours), c.data.summary].filter(Boolean),
    } } })),
    ...data.stories.map((s) => ({ params: { kind: 'stories', id: s.id }, props: { card: {
      kicker: t('share.kicker.story'), title: s.data.title, site, lines: [s.data.summary],
    } } })),
  ];
  // A card is all a share image shows: its text is the incremental-build key.
  return cards.map((c) => ({ ...c, cacheKey: valueCacheKey(c.props.card) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const jpeg = await shareImage((props as { card: ShareCard }).card);
  return new Response(new Uint8Array(jpeg), { headers: { 'Content-Type': 'image/jpeg' } });
};
