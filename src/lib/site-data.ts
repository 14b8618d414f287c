/**
 * All published content, loaded once per build, with every reference resolved both ways
 * (an enterprise knows its people, an honour its recipients, a person the stories about them).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildContext, isPublished } from './publish.ts';
import { byPinyin } from './pinyin.ts';
import { isoDay } from './format-date.ts';
import { levelRank, loadTaxonomy } from './taxonomy.ts';
import type { Taxonomy } from '../schemas/taxonomy.ts';
import { kindsWith } from '../kinds.ts';

/** The kinds whose entries receive honours (people, collectives). */
export type RecipientKind = ReturnType<typeof kindsWith<'recipient'>>[number];

export type PersonEntry = CollectionEntry<'people'>;
export type CollectiveEntry = CollectionEntry<'collectives'>;
export type StoryEntry = CollectionEntry<'stories'>;
export type OrganizationEntry = CollectionEntry<'organizations'>;
export type HonourEntry = CollectionEntry<'honours'>;
export type FigureEntry = CollectionEntry<'figures'>;
export type TalkEntry = CollectionEntry<'talks'>;

/** One honour received by one person or collective: the one model of an award (honour pages, years, roll, stats, exports). */
export interface Award {
  kind: RecipientKind;
  id: string;
  name: string;
  entry: PersonEntry | CollectiveEntry;
  honour: HonourEntry;
  /** The year as published (or read off `date`); undefined when the source gives none: shown as 年份不详, still counted. */
  year: number | undefined;
  /** The exact day, when the source gives it. */
  date?: Date | undefined;
  note?: string | undefined;
  organizationId: string;
  /** The unit at the time of the award, when it differs from today's: an organization's name (linked when it has a file) or plain text. */
  unitThen?: { id?: string | undefined; name: string } | undefined;
}

/** What an award is written with in content: year and date both optional. */
export interface AwardFields {
  year?: number | undefined;
  date?: Date | undefined;
}

/** The year of an award: as written, else read off its exact date (Beijing time), else undefined (年份不详). */
export function awardYear(a: AwardFields): number | undefined {
  if (a.year !== undefined) return a.year;
  return a.date ? Number(isoDay(a.date).slice(0, 4)) : undefined;
}

/** Newest year first; awards without a year come after every dated one. */
export function byYearDesc(a: number | undefined, b: number | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return b - a;
}

export interface SiteData {
  /** The site's honour levels and industries (content/levels.yaml, content/industries.yaml). */
  taxonomy: Taxonomy;
  people: PersonEntry[];
  collectives: CollectiveEntry[];
  stories: StoryEntry[];
  organizations: OrganizationEntry[];
  honours: HonourEntry[];
  figures: FigureEntry[];
  /** Talks, newest date first, then by title. */
  talks: TalkEntry[];
  person: Map<string, PersonEntry>;
  collective: Map<string, CollectiveEntry>;
  organization: Map<string, OrganizationEntry>;
  honour: Map<string, HonourEntry>;
  story: Map<string, StoryEntry>;
  /** Reverse links. */
  peopleOf: Map<string, PersonEntry[]>;
  collectivesOf: Map<string, CollectiveEntry[]>;
  storiesAbout: Map<string, StoryEntry[]>;
  collectivesWith: Map<string, CollectiveEntry[]>;
  /** Every award of a published person or collective whose honour exists: people first, each entry's honours in order. */
  awards: Award[];
  /** The awards of each honour, newest year first, then names in pinyin order. */
  recipientsOf: Map<string, Award[]>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Stories newest first; same day → title in pinyin order. */
export const storyOrder = (a: StoryEntry, b: StoryEntry) =>
  b.data.published.getTime() - a.data.published.getTime() || byPinyin<StoryEntry>((s) => s.data.title)(a, b);

/** Honours in one order everywhere: level (the site's first level first), then the editors' `order`. */
export const honourRank = (h: HonourEntry) => levelRank(loadTaxonomy(), h.data.level) * 100000 + h.data.order;

let loading: Promise<SiteData> | undefined;

export function siteData(): Promise<SiteData> {
  loading ??= load();
  return loading;
}

async function load(): Promise<SiteData> {
  const ctx = buildContext(import.meta.env);
  const shown = <T extends { data: { draft?: boolean; published?: Date } }>(list: T[]) => list.filter((e) => isPublished(e.data, ctx));

  // Same name (two people called 王伟): the file name decides, so the order never depends on the file system.
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byName = <T extends { id: string; data: { name: string } }>() => {
    const pinyinOrder = byPinyin<T>((e) => e.data.name);
    return (a: T, b: T) => pinyinOrder(a, b) || byId(a, b);
  };
  const people = shown(await getCollection('people')).sort(byName());
  const collectives = shown(await getCollection('collectives')).sort(byName());
  const stories = shown(await getCollection('stories')).sort(storyOrder);
  const organizations = (await getCollection('organizations')).sort(byName());
  const honours = (await getCollection('honours')).sort((a, b) => honourRank(a) - honourRank(b));
  const figures = (await getCollection('figures')).sort((a, b) => a.data.order - b.data.order);
  const talks = shown(await getCollection('talks')).sort(
    (a, b) => (b.data.date?.getTime() ?? 0) - (a.data.date?.getTime() ?? 0) || byPinyin<TalkEntry>((x) => x.data.title)(a, b) || byId(a, b),
  );

  const data: SiteData = {
    taxonomy: loadTaxonomy(),
    people,
    collectives,
    stories,
    organizations,
    honours,
    figures,
    talks,
    person: new Map(people.map((e) => [e.id, e])),
    collective: new Map(collectives.map((e) => [e.id, e])),
    organization: new Map(organizations.map((e) => [e.id, e])),
    honour: new Map(honours.map((e) => [e.id, e])),
    story: new Map(stories.map((e) => [e.id, e])),
    peopleOf: new Map(),
    collectivesOf: new Map(),
    storiesAbout: new Map(),
    collectivesWith: new Map(),
    awards: [],
    recipientsOf: new Map(),
  };

  for (const kind of kindsWith('recipient')) {
    for (const entry of data[kind]) {
      for (const a of entry.data.honours) {
        const honour = data.honour.get(a.honour.id);
        if (!honour) continue;
        const thenOrg = a.organization ? data.organization.get(a.organization.id) : undefined;
        const unitThen = thenOrg ? { id: thenOrg.id, name: thenOrg.data.name } : a.unit ? { name: a.unit } : a.organization ? { name: a.organization.id } : undefined;
        const award: Award = { kind, entry, id: entry.id, name: entry.data.name, honour, year: awardYear(a), date: a.date, note: a.note, organizationId: entry.data.organization.id, unitThen };
        data.awards.push(award);
        push(data.recipientsOf, honour.id, award);
      }
    }
  }
  for (const p of people) push(data.peopleOf, p.data.organization.id, p);
  for (const c of collectives) {
    push(data.collectivesOf, c.data.organization.id, c);
    const members = [...(c.data.leader ? [c.data.leader] : []), ...c.data.members];
    for (const m of members) push(data.collectivesWith, m.id, c);
  }
  for (const s of stories) {
    for (const r of s.data.about.people) push(data.storiesAbout, `people/${r.id}`, s);
    for (const r of s.data.about.collectives) push(data.storiesAbout, `collectives/${r.id}`, s);
    for (const r of s.data.about.organizations) push(data.storiesAbout, `organizations/${r.id}`, s);
  }
  // A story about a person is also about the person's enterprise.
  for (const p of people) {
    for (const s of data.storiesAbout.get(`people/${p.id}`) ?? []) {
      const key = `organizations/${p.data.organization.id}`;
      if (!data.storiesAbout.get(key)?.includes(s)) push(data.storiesAbout, key, s);
    }
  }
  for (const list of data.storiesAbout.values()) list.sort(storyOrder);
  for (const list of data.recipientsOf.values()) list.sort((a, b) => byYearDesc(a.year, b.year) || byPinyin<Award>((r) => r.name)(a, b));
  return data;
}

/** Recipients of an honour grouped by year, newest year first; those without a year (年份不详) last. */
export function byYear(recipients: readonly Award[]): [number | undefined, Award[]][] {
  const groups = new Map<number | undefined, Award[]>();
  for (const r of recipients) push(groups, r.year, r);
  return [...groups.entries()].sort((a, b) => byYearDesc(a[0], b[0]));
}

/** The highest honour of a person or collective: lowest level rank, then order, then newest year. */
export function highestHonour(
  data: SiteData,
  awards: readonly ({ honour: { id: string } } & AwardFields)[],
): { honour: HonourEntry; year: number | undefined } | undefined {
  let best: { honour: HonourEntry; year: number | undefined } | undefined;
  const rank = honourRank;
  for (const a of awards) {
    const h = data.honour.get(a.honour.id);
    if (!h) continue;
    const year = awardYear(a);
    if (!best || rank(h) < rank(best.honour) || (rank(h) === rank(best.honour) && byYearDesc(year, best.year) < 0)) best = { honour: h, year };
  }
  return best;
}
