/**
 * Build-time slide model: turns a talk (or any person, collective or story) into big-type slide views.
 * Runs only at build time (Astro pages); the browser side is `deck.ts`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import QRCode from 'qrcode';
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import { siteData, type SiteData } from '../lib/site-data.ts';
import { buildContext, isPublished } from '../lib/publish.ts';
import { formatPartialDate, formatDate } from '../lib/format-date.ts';
import { siteSettings } from '../settings.ts';
import { byPinyin } from '../lib/pinyin.ts';
import { t } from '../i18n/t.ts';
import { href } from '../kinds.ts';
import { initials } from '../lib/initials.ts';
import { honourLine } from '../lib/honour-line.ts';
import { figureParts, formatFigure, type FigureParts } from '../lib/format-figure.ts';

export type TalkEntry = CollectionEntry<'talks'>;

interface BaseView {
  /** Speaker notes as HTML (presenter window and notes print only). */
  notesHtml?: string | undefined;
  /** Short label for the overview grid and the presenter's "next" line. */
  label: string;
}
export interface EntryView extends BaseView {
  kind: 'person' | 'collective';
  kicker: string;
  name: string;
  image?: { src: string; alt: string } | undefined;
  /** The last two characters of the name, for the typographic avatar. */
  initials: string;
  honours: string[];
  deed: string;
  quote?: string | undefined;
  href: string;
}
export interface StoryView extends BaseView {
  kind: 'story';
  kicker: string;
  title: string;
  summary: string;
  people: string[];
  quote?: string | undefined;
  href: string;
}
export interface HonourView extends BaseView {
  kind: 'honour';
  kicker: string;
  name: string;
  description?: string | undefined;
  recipients: string[];
}
/** The figure in its parts (src/lib/format-figure.ts), so the number can be drawn big and the qualifier small. */
export interface FigureView extends BaseView, FigureParts {
  kind: 'figure';
  group: string;
  caption: string;
  source: string;
}
export interface TextView extends BaseView {
  kind: 'text';
  title: string;
  html?: string | undefined;
  /** The first slide of a deck: title, speakers, date. */
  cover?: boolean;
  meta?: string[];
}
export interface QrView extends BaseView {
  kind: 'qr';
  title: string;
  url: string;
  svg: string;
  sources: string[];
}
export type SlideView = EntryView | StoryView | HonourView | FigureView | TextView | QrView;

export interface Deck {
  /** Unique per page, used for the BroadcastChannel name and storage keys. */
  id: string;
  title: string;
  /** Planned minutes, if any. */
  duration?: number | undefined;
  /** Public URL of this deck (QR code, canonical). */
  url: string;
  /** Where "back" goes on the site. */
  backHref: string;
  slides: SlideView[];
}

let md: Promise<MarkdownRenderer> | undefined;
async function markdown(text: string): Promise<string> {
  // Slide bodies and notes are Markdown only: raw HTML (a <script>, an inline style) would break the strict CSP.
  md ??= createMarkdownProcessor({ syntaxHighlight: false, rehypePlugins: [rehypeSanitize] });
  return (await (await md).render(text)).code;
}
/** Notes are plain Chinese by default: every line is its own paragraph. */
const notesHtml = (notes: string | undefined) => (notes ? markdown(notes.replace(/\n(?!\n)/g, '\n\n')) : Promise.resolve(undefined));


export function publicUrl(path: string): string {
  return new URL(path, siteSettings().baseUrl).href;
}

async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
  return svg.replace('<svg ', `<svg role="img" aria-label="${t('talks.qr.alt', { url })}" `);
}

async function picture(src: ImageMetadata | undefined, alt: string | undefined) {
  if (!src || !alt) return undefined;
  const img = await getImage({ src, width: 720, format: 'webp' });
  return { src: img.src, alt };
}

const honourLines = (data: SiteData, awards: readonly { honour: { id: string }; year: number }[]) =>
  [...awards]
    .sort((a, b) => b.year - a.year)
    .map((a) => {
      const h = data.honour.get(a.honour.id);
      return h ? honourLine(a.year, h.data.name) : undefined;
    })
    .filter((x): x is string => Boolean(x));

async function personView(data: SiteData, p: CollectionEntry<'people'>, notes?: string, quote?: string): Promise<EntryView> {
  const org = data.organization.get(p.data.organization.id);
  const kicker = [org?.data.name, p.data.position ?? p.data.trade].filter(Boolean).join(' · ');
  return {
    kind: 'person',
    label: p.data.name,
    kicker,
    name: p.data.name,
    image: await picture(p.data.portrait?.src, p.data.portrait?.alt),
    initials: initials(p.data.name),
    honours: honourLines(data, p.data.honours),
    deed: p.data.summary,
    quote,
    href: href('people', p.id),
    notesHtml: await notesHtml(notes),
  };
}

async function collectiveView(data: SiteData, c: CollectionEntry<'collectives'>, notes?: string, quote?: string): Promise<EntryView> {
  const org = data.organization.get(c.data.organization.id);
  return {
    kind: 'collective',
    label: c.data.name,
    kicker: [c.data.kind, org?.data.name].filter(Boolean).join(' · '),
    name: c.data.name,
    image: await picture(c.data.photo?.src, c.data.photo?.alt),
    initials: initials(c.data.name),
    honours: honourLines(data, c.data.honours),
    deed: c.data.summary,
    quote,
    href: href('collectives', c.id),
    notesHtml: await notesHtml(notes),
  };
}

async function storyView(data: SiteData, s: CollectionEntry<'stories'>, notes?: string, quote?: string): Promise<StoryView> {
  const people = s.data.about.people.map((r) => data.person.get(r.id)?.data.name).filter((x): x is string => Boolean(x));
  return {
    kind: 'story',
    label: s.data.title,
    kicker: s.data.eventDate ? formatPartialDate(s.data.eventDate) : t('talks.kind.story'),
    title: s.data.title,
    summary: s.data.summary,
    people,
    quote,
    href: href('stories', s.id),
    notesHtml: await notesHtml(notes),
  };
}

async function honourView(data: SiteData, h: CollectionEntry<'honours'>, notes?: string): Promise<HonourView> {
  const recipients = (data.recipientsOf.get(h.id) ?? []).map((r) => honourLine(r.year, r.name));
  return {
    kind: 'honour',
    label: h.data.name,
    kicker: `${h.data.level} · ${h.data.conferrer}`,
    name: h.data.name,
    description: h.data.description,
    recipients,
    notesHtml: await notesHtml(notes),
  };
}

async function figureView(f: CollectionEntry<'figures'>, notes?: string): Promise<FigureView> {
  const d = f.data;
  const when = d.target ? (d.targetYear ? t('talks.figure.target', { year: d.targetYear }) : '') : (d.asOfText ?? formatPartialDate(d.asOf));
  return {
    kind: 'figure',
    label: `${d.label} ${formatFigure(d)}`,
    group: d.group,
    ...figureParts(d),
    caption: [when, d.label].filter(Boolean).join(' · '),
    source: d.source.title,
    notesHtml: await notesHtml(notes),
  };
}

const sourceLine = (s: { title: string; publisher: string; date: string }) => `${s.publisher}《${s.title}》（${formatPartialDate(s.date)}）`;

type TalkSlide = TalkEntry['data']['slides'][number];

/** Turns one slide of a talk into its view; `undefined` (with a build warning) when the entry is not published. */
async function slideView(data: SiteData, slide: TalkSlide, where: string): Promise<SlideView | undefined> {
  const missing = (label: string, ref: string) => {
    console.warn(`[宣讲] ${where}：${label}“${ref}”未发布（草稿或发布日期未到），这张幻灯片暂不放映。`);
    return undefined;
  };
  if ('person' in slide) {
    const p = data.person.get(slide.person.id);
    return p ? personView(data, p, slide.notes, slide.quote) : missing(t('talks.kind.person'), slide.person.id);
  }
  if ('collective' in slide) {
    const c = data.collective.get(slide.collective.id);
    return c ? collectiveView(data, c, slide.notes, slide.quote) : missing(t('talks.kind.collective'), slide.collective.id);
  }
  if ('story' in slide) {
    const st = data.story.get(slide.story.id);
    return st ? storyView(data, st, slide.notes, slide.quote) : missing(t('talks.kind.story'), slide.story.id);
  }
  if ('honour' in slide) {
    const h = data.honour.get(slide.honour.id);
    return h ? honourView(data, h, slide.notes) : missing(t('talks.kind.honour'), slide.honour.id);
  }
  if ('figure' in slide) {
    const f = data.figures.find((x) => x.id === slide.figure.id);
    return f ? figureView(f, slide.notes) : missing(t('talks.kind.figure'), slide.figure.id);
  }
  return {
    kind: 'text',
    label: slide.title,
    title: slide.title,
    html: slide.body ? await markdown(slide.body) : undefined,
    notesHtml: await notesHtml(slide.notes),
  };
}

async function closing(title: string, url: string, sources: string[], notes?: string): Promise<QrView> {
  return { kind: 'qr', label: t('talks.qr.label'), title, url, svg: await qrSvg(url), sources, notesHtml: await notesHtml(notes) };
}

/** Published talks, newest date first, then by title. */
export async function publishedTalks(): Promise<TalkEntry[]> {
  const ctx = buildContext(import.meta.env);
  const talks = (await getCollection('talks')).filter((e) => isPublished(e.data, ctx));
  return talks.sort(
    (a, b) => (b.data.date?.getTime() ?? 0) - (a.data.date?.getTime() ?? 0) || byPinyin<TalkEntry>((x) => x.data.title)(a, b),
  );
}

/** A talk's meta line parts: speakers, date, venue, duration. */
export function talkMeta(talk: TalkEntry): string[] {
  const d = talk.data;
  return [
    d.speakers.join('、'),
    d.date ? formatDate(d.date) : undefined,
    d.venue,
    t('talks.minutes', { n: d.duration }),
  ].filter((x): x is string => Boolean(x));
}

export async function talkDeck(talk: TalkEntry): Promise<Deck> {
  const data = await siteData();
  const d = talk.data;
  const url = publicUrl(href('talks', talk.id));
  const slides: SlideView[] = [
    { kind: 'text', cover: true, label: d.title, title: d.title, html: d.subtitle ? await markdown(d.subtitle) : undefined, meta: talkMeta(talk) },
  ];
  for (const [i, slide] of d.slides.entries()) {
    const view = await slideView(data, slide, `content/talks/${talk.id} 第 ${i + 1} 张`);
    if (view) slides.push(view);
  }
  slides.push(await closing(t('talks.qr.talk'), url, (d.sources ?? []).map(sourceLine)));
  return { id: `talk-${talk.id}`, title: d.title, duration: d.duration, url, backHref: '/talks/', slides };
}

export type ProjectKind = 'people' | 'collectives' | 'stories';

/** A short slide show of one entry, made without anyone writing a talk. */
export async function entryDeck(kind: ProjectKind, id: string): Promise<Deck> {
  const data = await siteData();
  const slides: SlideView[] = [];
  let title = '';
  let sources: { title: string; publisher: string; date: string }[] = [];
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
  const page = `/${kind}/${id}/`;
  const url = publicUrl(page);
  slides.push(await closing(t('talks.qr.entry'), url, sources.map(sourceLine)));
  return { id: `${kind}-${id}`, title, url, backHref: page, slides };
}

/** Everything that gets a 投影 page. */
export async function projectable(): Promise<{ kind: ProjectKind; id: string }[]> {
  const data = await siteData();
  return [
    ...data.people.map((e) => ({ kind: 'people' as const, id: e.id })),
    ...data.collectives.map((e) => ({ kind: 'collectives' as const, id: e.id })),
    ...data.stories.map((e) => ({ kind: 'stories' as const, id: e.id })),
  ];
}

