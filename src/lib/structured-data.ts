/** schema.org JSON-LD for entry pages, typed with schema-dts so a wrong property is a type error. */
import type { NewsArticle, Organization, Person, WithContext } from 'schema-dts';
import { isoDay } from './format-date.ts';
import { awardYear, type AwardFields, type CollectiveEntry, type OrganizationEntry, type PersonEntry, type SiteData, type StoryEntry } from './site-data.ts';
import { href } from '../kinds.ts';
import { honourLine } from './honour-line.ts';
import { shareImagePath } from './share-image.ts';

const abs = (path: string, base: string) => new URL(path, base).href;

/** An entry's honours as `2022年 全国五一劳动奖章` lines (structured data, share cards, the 分享海报); an undated one by name alone. */
export function awards(data: SiteData, list: readonly ({ honour: { id: string } } & AwardFields)[]): string[] {
  return list.flatMap((a) => {
    const h = data.honour.get(a.honour.id);
    return h ? [honourLine(awardYear(a), h.data.name)] : [];
  });
}

function orgRef(org: OrganizationEntry | undefined, base: string): Organization | undefined {
  return org ? { '@type': 'Organization', name: org.data.name, url: abs(href('organizations', org.id), base) } : undefined;
}

export function personLd(p: PersonEntry, data: SiteData, base: string): WithContext<Person> {
  const org = orgRef(data.organization.get(p.data.organization.id), base);
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: p.data.name,
    url: abs(href('people', p.id), base),
    description: p.data.summary,
    ...(p.data.position ? { jobTitle: p.data.position } : {}),
    ...(org ? { worksFor: org } : {}),
    award: awards(data, p.data.honours),
  };
}

export function collectiveLd(c: CollectiveEntry, data: SiteData, base: string): WithContext<Organization> {
  const org = orgRef(data.organization.get(c.data.organization.id), base);
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: c.data.name,
    url: abs(href('collectives', c.id), base),
    description: c.data.summary,
    ...(org ? { parentOrganization: org } : {}),
    award: awards(data, c.data.honours),
  };
}

export function organizationLd(o: OrganizationEntry, base: string): WithContext<Organization> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: o.data.name,
    url: abs(href('organizations', o.id), base),
    ...(o.data.shortName || o.data.aliases.length ? { alternateName: [o.data.shortName, ...o.data.aliases].filter((x): x is string => Boolean(x)) } : {}),
    ...(o.data.summary ? { description: o.data.summary } : {}),
    ...(o.data.website ? { sameAs: o.data.website } : {}),
  };
}

export function storyLd(s: StoryEntry, data: SiteData, base: string, union: string): WithContext<NewsArticle> {
  const about = [
    ...s.data.about.people.flatMap((r) => {
      const p = data.person.get(r.id);
      return p ? [{ '@type': 'Person' as const, name: p.data.name, url: abs(href('people', p.id), base) }] : [];
    }),
    ...s.data.about.organizations.flatMap((r) => {
      const o = orgRef(data.organization.get(r.id), base);
      return o ? [o] : [];
    }),
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: s.data.title,
    description: s.data.summary,
    url: abs(href('stories', s.id), base),
    // The story's share card (src/pages/og/), or the site's when per-entry cards are off.
    image: abs(shareImagePath(data, 'stories', s.id), base),
    datePublished: isoDay(s.data.published),
    inLanguage: 'zh-CN',
    publisher: { '@type': 'Organization', name: union },
    ...(about.length ? { about } : {}),
    isBasedOn: s.data.sources.map((src) => src.url ?? src.title ?? ''),
  };
}
