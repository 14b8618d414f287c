/** One entry of the site (person, collective, story, honour, figure) as a big-type slide view. Build time only. */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { awardYear, byYearDesc, type AwardFields, type CollectiveEntry, type FigureEntry, type HonourEntry, type PersonEntry, type SiteData, type StoryEntry } from '../lib/site-data.ts';
import { formatPartialDate } from '../lib/format-date.ts';
import { t } from '../i18n/t.ts';
import { href } from '../kinds.ts';
import { initials } from '../lib/initials.ts';
import { honourLine } from '../lib/honour-line.ts';
import { figureParts, formatFigure } from '../lib/format-figure.ts';
import { notesHtml } from './markdown.ts';
import type { EntryView, FigureView, HonourView, StoryView } from './views.ts';

/** Extra text a talk adds to an entry's slide. */
export interface SlideExtras {
  notes?: string | undefined;
  quote?: string | undefined;
}

/** A content image resized for a slide (the offline file inlines it, so it stays small). */
export async function picture(src: ImageMetadata | undefined, alt: string | undefined, width = 720) {
  if (!src || !alt) return undefined;
  // Read the original's width through `clone`: Astro counts any other property read as a use of the original file and
  // would copy it (EXIF and all) into dist.
  const original = (src as ImageMetadata & { clone?: ImageMetadata }).clone ?? src;
  const img = await getImage({ src, width: Math.min(width, original.width), format: 'webp' });
  return { src: img.src, alt };
}

const honourLines = (data: SiteData, awards: readonly ({ honour: { id: string } } & AwardFields)[]) =>
  [...awards]
    .sort((a, b) => byYearDesc(awardYear(a), awardYear(b)))
    .map((a) => {
      const h = data.honour.get(a.honour.id);
      return h ? honourLine(awardYear(a), h.data.name) : undefined;
    })
    .filter((x): x is string => Boolean(x));

export async function personView(data: SiteData, p: PersonEntry, extra: SlideExtras = {}): Promise<EntryView> {
  const org = data.organization.get(p.data.organization.id);
  return {
    kind: 'person',
    label: p.data.name,
    kicker: [org?.data.name, p.data.position ?? p.data.trade].filter(Boolean).join(' · '),
    name: p.data.name,
    image: await picture(p.data.portrait?.src, p.data.portrait?.alt),
    initials: initials(p.data.name),
    honours: honourLines(data, p.data.honours),
    deed: p.data.summary,
    quote: extra.quote,
    href: href('people', p.id),
    notesHtml: await notesHtml(extra.notes),
  };
}

export async function collectiveView(data: SiteData, c: CollectiveEntry, extra: SlideExtras = {}): Promise<EntryView> {
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
    quote: extra.quote,
    href: href('collectives', c.id),
    notesHtml: await notesHtml(extra.notes),
  };
}

export async function storyView(data: SiteData, s: StoryEntry, extra: SlideExtras = {}): Promise<StoryView> {
  const people = s.data.about.people.map((r) => data.person.get(r.id)?.data.name).filter((x): x is string => Boolean(x));
  return {
    kind: 'story',
    label: s.data.title,
    kicker: s.data.eventDate ? formatPartialDate(s.data.eventDate) : t('talks.kind.story'),
    title: s.data.title,
    summary: s.data.summary,
    people,
    quote: extra.quote,
    href: href('stories', s.id),
    notesHtml: await notesHtml(extra.notes),
  };
}

export async function honourView(data: SiteData, h: HonourEntry, extra: SlideExtras = {}): Promise<HonourView> {
  const recipients = (data.recipientsOf.get(h.id) ?? []).map((r) => honourLine(r.year, r.name));
  return {
    kind: 'honour',
    label: h.data.name,
    kicker: `${h.data.level} · ${h.data.conferrer}`,
    name: h.data.name,
    description: h.data.description,
    recipients,
    notesHtml: await notesHtml(extra.notes),
  };
}

export async function figureView(f: FigureEntry, extra: SlideExtras = {}): Promise<FigureView> {
  const d = f.data;
  const when = d.target ? (d.targetYear ? t('talks.figure.target', { year: d.targetYear }) : '') : (d.asOfText ?? formatPartialDate(d.asOf));
  return {
    kind: 'figure',
    label: `${d.label} ${formatFigure(d)}`,
    group: d.group,
    ...figureParts(d),
    caption: [when, d.label].filter(Boolean).join(' · '),
    source: d.source.title ?? d.source.url ?? '',
    notesHtml: await notesHtml(extra.notes),
  };
}
