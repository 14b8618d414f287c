/**
 * Decks: a written talk, a short show of any person / collective / story (投影), and the 光荣榜 of a year.
 * Everything comes from `siteData()` (published entries only); build time only, the browser side is `deck.ts`.
 */
import { sourceName, type SourceLike } from '../lib/source-line.ts';
import { siteData, type SiteData, type TalkEntry } from '../lib/site-data.ts';
import { formatPartialDate, formatDate } from '../lib/format-date.ts';
import { awardsOfYear, honourYears, yearSlug } from '../lib/stats.ts';
import { siteSettings } from '../settings.ts';
import { entryFilesOf } from '../lib/scale.ts';
import { t } from '../i18n/t.ts';
import { DECK_ROUTE, deckHref, href } from '../kinds.ts';
import { markdown, notesHtml } from './markdown.ts';
import { closingSlide, publicUrl } from './qr.ts';
import { collectiveView, figureView, honourView, personView, picture, storyView } from './entries.ts';
import type { Deck, RollView, SlideView } from './views.ts';

export type { Deck, SlideView } from './views.ts';
export type { TalkEntry } from '../lib/site-data.ts';

/**
 * Where each deck's single-file offline copy is written (and linked from the deck). Talks and 光荣榜 decks always
 * have one; an entry's 投影 only while the site makes them (src/lib/scale.ts).
 */
export const offlinePath = (deckPath: string) => `/offline${deckPath.replace(/\/$/, '')}.html`;

const sourceLine = (s: SourceLike) => `${s.publisher ?? ''}${sourceName(s)}（${formatPartialDate(s.date)}）`;

type TalkSlide = TalkEntry['data']['slides'][number];

/** Turns one slide of a talk into its view; `undefined` (with a build warning) when the entry is not published. */
async function slideView(data: SiteData, slide: TalkSlide, where: string): Promise<SlideView | undefined> {
  const missing = (label: string, ref: string) => {
    console.warn(`[宣讲] ${where}：${label}“${ref}”未发布（草稿或发布日期未到），这张幻灯片暂不放映。`);
    return undefined;
  };
  if ('person' in slide) {
    const p = data.person.get(slide.person.id);
    return p ? personView(data, p, slide) : missing(t('talks.kind.person'), slide.person.id);
  }
  if ('collective' in slide) {
    const c = data.collective.get(slide.collective.id);
    return c ? collectiveView(data, c, slide) : missing(t('talks.kind.collective'), slide.collective.id);
  }
  if ('story' in slide) {
    const st = data.story.get(slide.story.id);
    return st ? storyView(data, st, slide) : missing(t('talks.kind.story'), slide.story.id);
  }
  if ('honour' in slide) {
    const h = data.honour.get(slide.honour.id);
    return h ? honourView(data, h, slide) : missing(t('talks.kind.honour'), slide.honour.id);
  }
  if ('figure' in slide) {
    const f = data.figures.find((x) => x.id === slide.figure.id);
    return f ? figureView(f, slide) : missing(t('talks.kind.figure'), slide.figure.id);
  }
  if ('image' in slide) {
    const img = await picture(slide.image.src, slide.image.alt, 1600);
    return {
      kind: 'image',
      label: slide.caption ?? slide.image.alt,
      src: img!.src,
      alt: img!.alt,
      caption: slide.caption,
      notesHtml: await notesHtml(slide.notes),
    };
  }
  return {
    kind: 'text',
    label: slide.title,
    title: slide.title,
    html: slide.body ? await markdown(slide.body) : undefined,
    notesHtml: await notesHtml(slide.notes),
  };
}

/** Published talks, newest date first, then by title. */
export async function publishedTalks(): Promise<TalkEntry[]> {
  return (await siteData()).talks;
}

/** A talk's meta line parts: speakers, date, venue, duration. */
export function talkMeta(talk: TalkEntry): string[] {
  const d = talk.data;
  return [d.speakers.join('、'), d.date ? formatDate(d.date) : undefined, d.venue, t('talks.minutes', { n: d.duration })].filter(
    (x): x is string => Boolean(x),
  );
}

const ending = (slides: SlideView[], last: SlideView | undefined) => (last ? [...slides, last] : slides);

export async function talkDeck(talk: TalkEntry): Promise<Deck> {
  const data = await siteData();
  const d = talk.data;
  const path = href('talks', talk.id);
  const url = publicUrl(path);
  const slides: SlideView[] = [
    { kind: 'text', cover: true, label: d.title, title: d.title, html: d.subtitle ? await markdown(d.subtitle) : undefined, meta: talkMeta(talk) },
  ];
  for (const [i, slide] of d.slides.entries()) {
    const view = await slideView(data, slide, `content/talks/${talk.id} 第 ${i + 1} 张`);
    if (view) slides.push(view);
  }
  const last = await closingSlide(t('talks.qr.talk'), url, (d.sources ?? []).map(sourceLine));
  return { id: `talk-${talk.id}`, title: d.title, duration: d.duration, url, backHref: '/talks/', offline: offlinePath(path), slides: ending(slides, last) };
}

export type ProjectKind = 'people' | 'collectives' | 'stories';

/** A short slide show of one entry, made without anyone writing a talk. */
export async function entryDeck(kind: ProjectKind, id: string): Promise<Deck> {
  const data = await siteData();
  const slides: SlideView[] = [];
  let title = '';
  let sources: SourceLike[] = [];
  const storiesOf = (key: string) => (data.storiesAbout.get(key) ?? []).slice(0, 3);
  if (kind === 'people') {
    const p = data.person.get(id)!;
    title = p.data.name;
    sources = p.data.sources;
    slides.push(await personView(data, p));
    for (const c of data.collectivesWith.get(id) ?? []) slides.push(await collectiveView(data, c));
    for (const s of storiesOf(`people/${id}`)) slides.push(await storyView(data, s));
  } else if (kind === 'collectives') {
    const c = data.collective.get(id)!;
    title = c.data.name;
    sources = c.data.sources;
    slides.push(await collectiveView(data, c));
    const members = [...(c.data.leader ? [c.data.leader] : []), ...c.data.members];
    for (const m of members) {
      const p = data.person.get(m.id);
      if (p) slides.push(await personView(data, p));
    }
    for (const s of storiesOf(`collectives/${id}`)) slides.push(await storyView(data, s));
  } else {
    const s = data.story.get(id)!;
    title = s.data.title;
    sources = s.data.sources;
    slides.push(await storyView(data, s));
    for (const r of s.data.about.people) {
      const p = data.person.get(r.id);
      if (p) slides.push(await personView(data, p));
    }
    for (const r of s.data.about.collectives) {
      const c = data.collective.get(r.id);
      if (c) slides.push(await collectiveView(data, c));
    }
  }
  const page = href(kind, id);
  const url = publicUrl(page);
  const last = await closingSlide(t('talks.qr.entry'), url, sources.map(sourceLine));
  // A big site makes no offline file per entry (src/lib/scale.ts): then the deck offers none.
  const offline = entryFilesOf(data, siteSettings()).offlineFiles.on ? offlinePath(deckHref(kind, id)) : undefined;
  return { id: `${kind}-${id}`, title, url, backHref: page, offline, slides: ending(slides, last) };
}

/** The 光荣榜 lobby deck of a year: `/project/roll/<year>/` (the years are not a content kind). */
export const rollDeckHref = (year: number | undefined) => `/${DECK_ROUTE}/roll/${yearSlug(year)}/`;

/** Names on one 光荣榜 slide: few enough to read from the back of a hall. */
const ROLL_PER_SLIDE = 6;
/** Seconds per slide when the lobby screen loops (`?loop=` overrides). */
const ROLL_LOOP_SECONDS = 12;

/**
 * The 光荣榜 of a year as a lobby screen: a cover, then the honourees (the /roll/<year>/ wall) a few to a slide,
 * then every honouree on a slide of their own. Loops by itself.
 */
export async function rollDeck(year: number | undefined): Promise<Deck> {
  const data = await siteData();
  const site = siteSettings();
  const awards = awardsOfYear(data, year);
  const title = year === undefined ? t('roll.undated') : t('roll.year', { year });
  const slides: SlideView[] = [{ kind: 'text', cover: true, label: title, title, meta: [site.union] }];
  for (let i = 0; i < awards.length; i += ROLL_PER_SLIDE) {
    const part = awards.slice(i, i + ROLL_PER_SLIDE);
    const view: RollView = {
      kind: 'roll',
      label: part.map((a) => a.name).join('、'),
      kicker: site.union,
      title,
      names: part.map((a) => ({ name: a.name, honour: a.honour.data.name, org: data.organization.get(a.organizationId)?.data.name })),
    };
    slides.push(view);
  }
  const seen = new Set<string>();
  for (const a of awards) {
    if (seen.has(`${a.kind}/${a.id}`)) continue;
    seen.add(`${a.kind}/${a.id}`);
    const view = a.kind === 'people' ? await personView(data, data.person.get(a.id)!) : await collectiveView(data, data.collective.get(a.id)!);
    slides.push(view);
  }
  const path = `/roll/${yearSlug(year)}/`;
  return {
    id: `roll-${yearSlug(year)}`,
    title,
    url: publicUrl(path),
    backHref: path,
    offline: offlinePath(rollDeckHref(year)),
    loop: ROLL_LOOP_SECONDS,
    slides,
  };
}

/** Whether each person, collective and story gets its own 投影 page: on a small site, or as site.yaml says (src/lib/scale.ts). */
export const hasEntryDecks = (data: SiteData): boolean => entryFilesOf(data, siteSettings()).decks.on;

/** Everything that gets a 投影 page: each person, collective and story, unless the site makes none per entry. */
export async function projectable(): Promise<{ kind: ProjectKind; id: string }[]> {
  const data = await siteData();
  if (!hasEntryDecks(data)) return [];
  return [
    ...data.people.map((e) => ({ kind: 'people' as const, id: e.id })),
    ...data.collectives.map((e) => ({ kind: 'collectives' as const, id: e.id })),
    ...data.stories.map((e) => ({ kind: 'stories' as const, id: e.id })),
  ];
}

/** The years with a 光荣榜 (and so a lobby deck at /project/roll/<year>/). */
export const rollYears = async () => honourYears(await siteData());
