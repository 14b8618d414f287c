/** What a slide shows, as plain data: built at build time (see decks.ts), rendered by Deck.astro. */
import type { FigureParts } from '../lib/format-figure.ts';

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
  /** The last two characters of the name, for the small typographic mark shown when there is no picture. */
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
export interface ImageView extends BaseView {
  kind: 'image';
  src: string;
  alt: string;
  caption?: string | undefined;
}
/** The 光荣榜 wall: names and honours of a year, several to a slide. */
export interface RollView extends BaseView {
  kind: 'roll';
  kicker: string;
  title: string;
  names: { name: string; honour: string; org?: string | undefined }[];
}
export interface QrView extends BaseView {
  kind: 'qr';
  title: string;
  url: string;
  svg: string;
  sources: string[];
}
export type SlideView = EntryView | StoryView | HonourView | FigureView | TextView | ImageView | RollView | QrView;

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
  /**
   * Site path of the deck's single-file offline copy (written after the build, see offline.ts); none for an entry's
   * 投影 when the site makes no per-entry offline files (src/lib/scale.ts), and then the deck offers no download.
   */
  offline?: string | undefined;
  /** Seconds per slide when the deck loops by itself (the lobby 光荣榜); `?loop=` overrides it. */
  loop?: number | undefined;
  slides: SlideView[];
}
