/** Every profile and story page of the sample site shares with its own build-time PNG card (Open Graph + Twitter). */
import { describe, expect, it, inject } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const dist = inject('siteDist');
const kinds = ['people', 'collectives', 'organizations', 'stories'] as const;
const meta = (html: string, attr: 'property' | 'name', key: string) =>
  new RegExp(`<meta ${attr}="${key.replace(/[:]/g, '\\:')}" content="([^"]*)"`).exec(html)?.[1];
const entryIds = (kind: string) => readdirSync(join(dist, kind), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('share images of the sample site', () => {
  it('the sample has profiles of every kind to share', () => {
    for (const kind of kinds) expect(entryIds(kind).length, kind).toBeGreaterThan(0);
  });

  for (const kind of kinds) {
    it(`every ${kind} page names its own 1200×630 PNG share image in og:image and twitter:image`, async () => {
      for (const id of entryIds(kind)) {
        const html = readFileSync(join(dist, kind, id, 'index.html'), 'utf8');
        const image = meta(html, 'property', 'og:image');
        expect(image, `${kind}/${id}`).toBeDefined();
        const path = new URL(image!).pathname;
        expect(path).toBe(`/og/${kind}/${id}.png`);
        expect(meta(html, 'name', 'twitter:image')).toBe(image);
        expect(meta(html, 'name', 'twitter:card')).toBe('summary_large_image');
        expect(meta(html, 'property', 'og:title')).toBeTruthy();
        expect(meta(html, 'property', 'og:url')).toBe(new URL(`/${kind}/${id}/`, image).href);
        const file = join(dist, path);
        expect(existsSync(file), file).toBe(true);
        const png = readFileSync(file);
        expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        const { width, height, format } = await sharp(png).metadata();
        expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'png' });
        expect(meta(html, 'property', 'og:image:width')).toBe('1200');
        expect(meta(html, 'property', 'og:image:height')).toBe('630');
      }
    });
  }

  it('two people get different pictures, and a card is drawn with real glyphs rather than blank', async () => {
    const [a, b] = entryIds('people');
    const pa = readFileSync(join(dist, 'og/people', `${a}.png`));
    const pb = readFileSync(join(dist, 'og/people', `${b}.png`));
    expect(pa.equals(pb)).toBe(false);
    // Dark text pixels exist in the title area (a missing font would leave it empty).
    const { data, info } = await sharp(pa).extract({ left: 72, top: 160, width: 600, height: 110 }).greyscale().raw().toBuffer({ resolveWithObject: true });
    const dark = [...data].filter((v) => v < 80).length;
    expect(dark / (info.width * info.height)).toBeGreaterThan(0.05);
  });
});
