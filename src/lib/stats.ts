/**
 * Counts computed from the site's own published content. They are shown apart from the reported figures of
 * `content/figures.yaml` and never mixed with them: the site holds only the people someone has written up.
 */
import { byPinyin } from './pinyin.ts';
import { byYearDesc, honourRank, siteData, type Award, type SiteData } from './site-data.ts';
import { t } from '../i18n/t.ts';

export interface Count {
  key: string;
  label: string;
  count: number;
}

const distinct = (awards: readonly Award[]) => new Set(awards.map((a) => `${a.kind}/${a.id}`)).size;

/** Distinct recipients per honour, in honour order; honours with none are listed with 0. */
export function recipientsPerHonour(data: SiteData): Count[] {
  const awards = data.awards;
  return data.honours.map((h) => ({ key: h.id, label: h.data.name, count: distinct(awards.filter((a) => a.honour.id === h.id)) }));
}

/** Distinct recipients holding at least one honour of each level. */
export function recipientsPerLevel(data: SiteData): Count[] {
  const awards = data.awards;
  return data.taxonomy.levels.map(({ name: level }) => ({ key: level, label: level, count: distinct(awards.filter((a) => a.honour.data.level === level)) }));
}

/** The URL part of the page of awards without a year: /years/nianfen-buxiang/, /roll/nianfen-buxiang/. */
export const UNDATED = 'nianfen-buxiang';
/** `2022` or `nianfen-buxiang`: the URL part of a year's pages. */
export const yearSlug = (year: number | undefined): string => (year === undefined ? UNDATED : String(year));
/** `2022年` or `年份不详`. */
export const yearLabel = (year: number | undefined): string => (year === undefined ? t('honours.yearUnknown') : `${year}年`);

/** Awards per year, newest first; awards without a year counted last as 年份不详. */
export function awardsPerYear(data: SiteData): Count[] {
  const years = new Map<number | undefined, number>();
  for (const a of data.awards) years.set(a.year, (years.get(a.year) ?? 0) + 1);
  return [...years.entries()].sort((a, b) => byYearDesc(a[0], b[0])).map(([y, n]) => ({ key: yearSlug(y), label: yearLabel(y), count: n }));
}

/** Published people per industry of their enterprise, in the order of the site's industry list. */
export function peoplePerIndustry(data: SiteData): Count[] {
  return data.taxonomy.industries.map((i) => ({
    key: i.slug,
    label: i.name,
    count: data.people.filter((p) => data.organization.get(p.data.organization.id)?.data.industry === i.slug).length,
  }));
}

/** The years in which anyone on the site was honoured, newest first; `undefined` last when some award has no year. */
export function honourYears(data: SiteData): (number | undefined)[] {
  return [...new Set(data.awards.map((a) => a.year))].sort(byYearDesc);
}

/** The awards of one year, highest honour first, then names in pinyin order. */
export function awardsOfYear(data: SiteData, year: number | undefined): Award[] {
  const byName = byPinyin<Award>((a) => a.name);
  return data.awards
    .filter((a) => a.year === year)
    .sort((a, b) => honourRank(a.honour) - honourRank(b.honour) || byName(a, b));
}

/** `getStaticPaths` of the per-year pages (/years/<year>/, /roll/<year>/). */
export async function yearPaths() {
  return honourYears(await siteData()).map((year) => ({ params: { year: yearSlug(year) }, props: { year } }));
}
