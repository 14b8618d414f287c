/**
 * Share images (Open Graph / Twitter cards) drawn at build time: satori lays out text with a CJK font that comes
 * from npm (Noto Sans SC, OFL), no network; sharp turns the SVG into a PNG. Same input → same bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { envSettings } from '../settings.ts';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

const require = createRequire(import.meta.url);
// Every card is different: libvips' operation cache would only hold memory (Astro's image service does the same).
sharp.cache(false);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= [
    { name: 'Noto Sans SC', weight: 400, style: 'normal', data: readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')) },
    { name: 'Noto Sans SC', weight: 700, style: 'normal', data: readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf')) },
  ];
  return fonts;
}

interface Node { type: string; props: Record<string, unknown> }
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

export interface ShareCard {
  /** Small line above the title, e.g. 劳动模范 or 故事. */
  kicker: string;
  title: string;
  /** One or two lines under the title (honour, employer, summary). */
  lines: string[];
  /** Site name shown at the bottom. */
  site: string;
}

/** Width of the text column inside the 72 px side margins. */
const INNER = SHARE_WIDTH - 144;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Where drawn cards are kept between builds: Astro's cache folder (HONOR_ROLL_CACHE_DIR or node_modules/.astro). */
const CACHE = join(envSettings().cacheDir ?? 'node_modules/.astro', 'share-images');

/** What besides the card's text shapes the picture: the font and renderer versions (a font upgrade redraws every card). */
let toolVersions: string | undefined;
function tools(): string {
  toolVersions ??= [
    ...['@expo-google-fonts/noto-sans-sc', 'satori'].map(
      (name) => `${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`,
    ),
    `sharp@${sharp.versions.sharp ?? ''} vips@${sharp.versions.vips}`,
  ].join(' ');
  return toolVersions;
}

/**
 * The PNG of a card, drawn once and then reused while the card's text, the drawing code and the font and renderer
 * versions stay the same: a rebuild of thousands of unchanged profiles does not redraw them (~10 ms of CPU a card).
 */
export async function shareImagePng(card: ShareCard): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify(card)).update(drawCard.toString()).update(tools()).digest('hex').slice(0, 32);
  const file = join(CACHE, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await drawCard(card);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, png);
  return png;
}

async function drawCard(card: ShareCard): Promise<Buffer> {
  // 12 characters at 84 px fill the 1056 px column; longer titles drop to 60 px so a name does not break off one character.
  const titleSize = card.title.length > 12 ? 60 : 84;
  const tree = el('div', {
    // satori sizes boxes content-box: padding and border come on top of width/height.
    width: INNER, height: SHARE_HEIGHT - 2 * 56 - 24, display: 'flex', flexDirection: 'column', justifyContent: 'space-between',
    padding: '56px 72px', background: '#fffaf3', borderTop: '24px solid #b3121f', fontFamily: 'Noto Sans SC', color: '#1f1a17',
  }, [
    el('div', { display: 'flex', flexDirection: 'column', width: INNER }, [
      el('div', { width: INNER, fontSize: 34, color: '#b3121f', fontWeight: 700, marginBottom: 24 }, clip(card.kicker, 30)),
      el('div', { width: INNER, fontSize: titleSize, fontWeight: 700, lineHeight: 1.25 }, clip(card.title, 40)),
      ...card.lines.slice(0, 2).map((l) => el('div', { width: INNER, fontSize: 34, color: '#4a403a', marginTop: 20, lineHeight: 1.5 }, clip(l, 56))),
    ]),
    el('div', { display: 'flex', width: INNER, fontSize: 30, color: '#6b5f57', borderTopWidth: 2, borderTopStyle: 'solid', borderTopColor: '#e6d8c8', paddingTop: 20 }, card.site),
  ]);
  // satori accepts plain {type, props} element objects (no React needed).
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: SHARE_WIDTH, height: SHARE_HEIGHT, fonts: loadFonts() });
  // A plain PNG at deflate level 6: ~9 ms a card of CPU, ~47 KB. A palette PNG would be ~19 KB but quantising costs
  // 20–30 ms more a card (measured in docs/performance.md), which at 10 000 people is minutes of every cold build.
  // sharp does this off the main thread, so with build.concurrency the next card is laid out meanwhile.
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
}
