/**
 * Draws one share card (Open Graph / Twitter): satori lays out the text with a CJK font that comes from npm
 * (Noto Sans SC, OFL), no network; sharp turns the SVG into a JPEG. Same input → same bytes.
 * This module is also the worker of the share-image pool (src/lib/share-image.ts): its default export runs in a
 * worker thread, so the build's main thread keeps rendering pages while cards are laid out and encoded.
 * It imports nothing from the project, so Node can load it in a worker without the build's bundler.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';

/** The card is laid out at the 1200×630 platforms recommend and written at 800×420 (docs/performance.md). */
const LAYOUT_WIDTH = 1200;
const LAYOUT_HEIGHT = 630;
export const CARD_WIDTH = 800;
export const CARD_HEIGHT = 420;

export interface ShareCard {
  /** Small line above the title, e.g. 劳动模范 or 故事. */
  kicker: string;
  title: string;
  /** One or two lines under the title (honour, employer, summary). */
  lines: string[];
  /** Site name shown at the bottom. */
  site: string;
}

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

/** Width of the text column inside the 72 px side margins. */
const INNER = LAYOUT_WIDTH - 144;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** What besides the card's text shapes the picture: the font and renderer versions (a font upgrade redraws every card). */
export function cardTools(): string {
  return [
    ...['@expo-google-fonts/noto-sans-sc', 'satori'].map(
      (name) => `${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`,
    ),
    `sharp@${sharp.versions.sharp ?? ''} vips@${sharp.versions.vips}`,
  ].join(' ');
}

export default async function drawCard(card: ShareCard): Promise<Buffer> {
  // 12 characters at 84 px fill the 1056 px column; longer titles drop to 60 px so a name does not break off one character.
  const titleSize = card.title.length > 12 ? 60 : 84;
  const tree = el('div', {
    // satori sizes boxes content-box: padding and border come on top of width/height.
    width: INNER, height: LAYOUT_HEIGHT - 2 * 56 - 24, display: 'flex', flexDirection: 'column', justifyContent: 'space-between',
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
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: LAYOUT_WIDTH, height: LAYOUT_HEIGHT, fonts: loadFonts() });
  // Rasterised straight at 800×420 (an SVG is 72 dpi, so 48 dpi is two thirds) and written as a baseline JPEG at
  // quality 80: ~18.5 KB a card against ~47.6 KB for the 1200×630 PNG it replaces, for about the same CPU
  // (docs/performance.md). WebP would be smaller still, but not every platform that reads og:image decodes it.
  return sharp(Buffer.from(svg), { density: (72 * CARD_WIDTH) / LAYOUT_WIDTH }).flatten({ background: '#fffaf3' }).jpeg({ quality: 80 }).toBuffer();
}
