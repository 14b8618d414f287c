/**
 * Share images (Open Graph / Twitter cards) drawn at build time, and which page uses which picture.
 * People, collectives and stories each get their own card (/og/<kind>/<id>.jpg) when the site setting
 * `entryShareImages` says so, or, left out, while the site is small enough (src/lib/scale.ts); every other page,
 * organizations and honours included, and every page when per-entry cards are off, shows the one card of the site
 * (/og/site.jpg). Cards are drawn in worker threads (src/lib/share-card.ts) and kept in the cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import drawCard, { cardTools, CARD_HEIGHT, CARD_WIDTH, type ShareCard } from './share-card.ts';
import { envSettings, siteSettings } from '../settings.ts';
import { kindsWith, shareImageHref, SHARE_ROUTE, type ShareKind } from '../kinds.ts';
import { entryFilesOf } from './scale.ts';
import type { SiteData } from './site-data.ts';

export { CARD_HEIGHT as SHARE_HEIGHT, CARD_WIDTH as SHARE_WIDTH, type ShareCard };

/** The site's own card, for pages of kinds without one (organizations, honours) and when per-entry cards are off. */
export const SITE_CARD_PATH = `/${SHARE_ROUTE}/site.jpg`;

/**
 * Whether this build draws a card per person, collective and story: the site setting `entryShareImages`, or, left
 * out, the size of the site (`data` is this build's siteData()).
 */
export const entryCards = (data: SiteData): boolean => entryFilesOf(data, siteSettings()).shareImages.on;

/**
 * The path of the share image a page shows: its own card for the kinds that have one (`share` in src/kinds.ts:
 * people, collectives, stories — what readers forward) while per-entry cards are on, otherwise the site's.
 */
export function shareImagePath(data: SiteData, kind: string, id: string): string {
  return entryCards(data) && kindsWith('share').includes(kind as ShareKind) ? shareImageHref(kind as ShareKind, id) : SITE_CARD_PATH;
}

/** Where drawn cards are kept between builds: Astro's cache folder (HONOR_ROLL_CACHE_DIR or node_modules/.astro). */
const CACHE = join(envSettings().cacheDir ?? 'node_modules/.astro', 'share-images');

let tools: string | undefined;

/**
 * The worker pool: one thread fewer than the machine has cores (at least one), so the main thread keeps rendering
 * pages meanwhile. The worker loads share-card.ts itself, found next to the project's astro.config.mjs (the build
 * bundles this module elsewhere). Without HONOR_ROLL_ROOT (a plain script or a test) cards are drawn in this thread.
 */
let pool: Piscina | undefined;
function draw(card: ShareCard): Promise<Buffer> {
  const root = envSettings().root;
  if (!root) return drawCard(card);
  pool ??= new Piscina({
    filename: join(root, 'src/lib/share-card.ts'),
    maxThreads: Math.max(1, availableParallelism() - 1),
    idleTimeout: 500,
  });
  // A Buffer comes back from the worker as a plain Uint8Array.
  return pool.run(card).then((bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/**
 * The JPEG of a card, drawn once and then reused while the card's text, the drawing code and the font and renderer
 * versions stay the same: a rebuild of thousands of unchanged profiles does not redraw them.
 */
export async function shareImage(card: ShareCard): Promise<Buffer> {
  tools ??= cardTools();
  const key = createHash('sha256').update(JSON.stringify(card)).update(drawCard.toString()).update(tools).digest('hex').slice(0, 32);
  const file = join(CACHE, `${key}.jpg`);
  if (existsSync(file)) return readFileSync(file);
  const jpeg = await draw(card);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, jpeg);
  return jpeg;
}
