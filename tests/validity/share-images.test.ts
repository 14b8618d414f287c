/**
 * Every person, collective and story page of the sample site shares with its own build-time JPEG card (Open Graph +
 * Twitter); organization and honour pages share the one card of the site.
 */
import { describe, expect, it, inject } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const dist = inject('siteDist');
const ownCard = ['people', 'collectives', 'stories'] as const;
const siteCard = ['organizations', 'honours'] as const;
const meta = (html: string, attr: 'property' | 'name', key: string) =>
  new RegExp(`<meta ${attr}="${key.replace(/[:]/g, '\\:')}" content="([^"]*)"`).exec(html)?.[1];
const entryIds = (kind: string) => readdirSync(join(dist, kind), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

/** The share image a page names, checked to be one 800×420 JPEG that exists, with matching Twitter and size tags. */
async function sharedImage(kind: string, id: string): Promise<string> {
  const html = readFileSync(join(dist, kind, id, 'index.html'), 'utf8');
  const image = meta(html, 'property', 'og:image');
  expect(image, `${kind}/${id}`).toBeDefined();
  expect(meta(html, 'name', 'twitter:image')).toBe(image);
  expect(meta(html, 'name', 'twitter:card')).toBe('summary_large_image');
  expect(meta(html, 'property', 'og:title')).toBeTruthy();
  expect(meta(html, 'property', 'og:url')).toBe(new URL(`/${kind}/${id}/`, image).href);
  expect(meta(html, 'property', 'og:image:type')).toBe('image/jpeg');
  expect(meta(html, 'property', 'og:image:width')).toBe('800');
  expect(meta(html, 'property', 'og:image:height')).toBe('420');
  const path = new URL(image!).pathname;
  const file = join(dist, path);
  expect(existsSync(file), file).toBe(true);
  const { width, height, format } = await sharp(readFileSync(file)).metadata();
  expect({ width, height, format }).toEqual({ width: 800, height: 420, format: 'jpeg' });
  return path;
}

describe('share images of the sample site', () => {
  it('the sample has entries of every kind to share', () => {
    for (const kind of [...ownCard, ...siteCard]) expect(entryIds(kind).length, kind).toBeGreaterThan(0);
  });

  for (const kind of ownCard) {
    it(`every ${kind} page names its own 800×420 JPEG share image`, async () => {
      for (const id of entryIds(kind)) expect(await sharedImage(kind, id)).toBe(`/og/${kind}/${id}.jpg`);
    });
  }

  for (const kind of siteCard) {
    it(`every ${kind} page names the site's share image and no card of its own is drawn`, async () => {
      for (const id of entryIds(kind)) expect(await sharedImage(kind, id)).toBe('/og/site.jpg');
      expect(existsSync(join(dist, 'og', kind))).toBe(false);
    });
  }

  it('two people get different pictures, and a card is drawn with real glyphs rather than blank', async () => {
    const [a, b] = entryIds('people');
    const pa = readFileSync(join(dist, 'og/people', `${a}.jpg`));
    const pb = readFileSync(join(dist, 'og/people', `${b}.jpg`));
    expect(pa.equals(pb)).toBe(false);
    // Dark text pixels exist in the title area (a missing font would leave it empty).
    const { data, info } = await sharp(pa).extract({ left: 48, top: 107, width: 400, height: 73 }).greyscale().raw().toBuffer({ resolveWithObject: true });
    const dark = [...data].filter((v) => v < 80).length;
    expect(dark / (info.width * info.height)).toBeGreaterThan(0.05);
  });
});
