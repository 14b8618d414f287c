/**
 * The downloadable offline file of a talk, as a lecture team uses it: found on the talk page with its size, saved,
 * opened from file:// on a PC with no network and no Chinese font — every character must still be drawn.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, launchBrowser } from '../support/browser.ts';
import { DECK_FONT } from '../../src/slides/offline.ts';

const site = inject('siteUrl');
const dist = inject('siteDist');
const TALK = '/talks/bangyang-de-liliang/';
const FILE = '/offline/talks/bangyang-de-liliang.html';

/**
 * A fontconfig setup with only the machine's fonts that have no Chinese (Latin fonts: Chromium needs at least one
 * font to draw anything), so the browser has no CJK font to fall back on — like a hall PC without one.
 */
function fontsWithoutCjk(): string {
  const dir = mkdtempSync(join(tmpdir(), 'honor-roll-no-cjk-'));
  const list = (args: string[]) => execFileSync('fc-list', args, { encoding: 'utf8' }).split('\n').map((l) => l.replace(/:\s*$/, '').trim()).filter(Boolean);
  const cjk = new Set(list([':lang=zh', 'file']));
  const latin = list([':', 'file']).filter((f) => !cjk.has(f) && /\.(ttf|otf)$/i.test(f));
  mkdirSync(join(dir, 'fonts'));
  for (const f of latin) symlinkSync(f, join(dir, 'fonts', `${latin.indexOf(f)}-${basename(f)}`));
  writeFileSync(
    join(dir, 'fonts.conf'),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${join(dir, 'fonts')}</dir><cachedir>${join(dir, 'cache')}</cachedir></fontconfig>\n`,
  );
  return join(dir, 'fonts.conf');
}

/** Each character drawn alone on a canvas in the given font, as a data URL: the same picture means the same glyph. */
const drawn = (page: Page, chars: string[], font: string) =>
  page.evaluate(
    async ({ chars, font }) => {
      await document.fonts.load(font, chars.join(''));
      return chars.map((ch) => {
        const c = document.createElement('canvas');
        c.width = 96;
        c.height = 96;
        const g = c.getContext('2d')!;
        g.font = font;
        g.fillText(ch, 8, 76);
        return c.toDataURL();
      });
    },
    { chars, font },
  );

let browser: Browser;
let noCjk: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  noCjk = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'], env: { ...process.env, FONTCONFIG_FILE: fontsWithoutCjk() } });
});
afterAll(async () => {
  await browser?.close();
  await noCjk?.close();
});

describe('the offline file of a talk', () => {
  it('is offered on the talk page and in the talk list with its size, and the link downloads the built file', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${site}/talks/`);
    const inList = page.locator(`a[href="${FILE}"]`);
    await expect(inList.innerText()).resolves.toMatch(/下载离线放映文件（\d+ KB）/);
    await page.goto(`${site}${TALK}`);
    const link = page.locator(`a[href="${FILE}"]`);
    const label = await link.innerText();
    const bytes = statSync(join(dist, FILE)).size;
    expect(label).toBe(`下载离线放映文件（${Math.round(bytes / 1024)} KB）`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('榜样的力量——经开区劳模工匠.html');
    const saved = join(mkdtempSync(join(tmpdir(), 'honor-roll-usb-')), download.suggestedFilename());
    await download.saveAs(saved);
    expect(readFileSync(saved)).toEqual(readFileSync(join(dist, FILE)));
    await context.close();
  });

  it('every 投影 page and the 光荣榜 lobby deck link their own offline file, which exists', () => {
    for (const page of ['project/people/he-maodong', 'project/stories/quanguo-wuyi-2022', 'project/roll/2022']) {
      const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
      const href = `/offline/${page}.html`;
      expect(html, page).toMatch(new RegExp(`<a href="${href}" download="[^"]+\\.html" data-offline-link>下载离线放映文件<span data-offline-size="${href}">（\\d+ KB）</span></a>`));
      expect(statSync(join(dist, href)).size, href).toBeGreaterThan(50_000);
    }
  });

  it('carries regular and bold subsets of its font with the OFL notice, and no link to itself', () => {
    const html = readFileSync(join(dist, FILE), 'utf8');
    const faces = [...html.matchAll(/@font-face\{font-family:"([^"]+)";font-weight:(\d+);[^}]*src:url\(data:font\/woff;base64,([A-Za-z0-9+/=]+)\)/g)];
    expect(faces.map((f) => [f[1], f[2]])).toEqual([[DECK_FONT, '400'], [DECK_FONT, '700']]);
    // A subset, not the 10 MB font: the sample talk's file stays well under a megabyte.
    for (const f of faces) expect(Buffer.from(f[3]!, 'base64').length).toBeLessThan(150_000);
    expect(html).toContain('SIL Open Font License 1.1');
    expect(html).not.toContain('data-offline-link');
  });

  it('opened from file:// on a PC without network or Chinese fonts, draws every character of every slide (no tofu)', async () => {
    const saved = join(mkdtempSync(join(tmpdir(), 'honor-roll-usb-')), '榜样的力量.html');
    copyFileSync(join(dist, FILE), saved);
    const context = await noCjk.newContext({ viewport: { width: 1280, height: 720 } });
    const url = pathToFileURL(saved).href;
    const requested: string[] = [];
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (u === url || u.startsWith(`${url}?`) || u.startsWith(`${url}#`) || u.startsWith('data:')) return route.continue();
      requested.push(u);
      return route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.classList.contains('js-deck'));
    // Control: characters the deck never uses have no font on this PC and all come out as the same box.
    const absent = await drawn(page, ['龘', '齉', '靐'], `40px "${DECK_FONT}", sans-serif`);
    expect(new Set(absent).size, '这台“电脑”上不应有中文字体').toBe(1);
    // Every distinct Chinese character on the slides, regular and bold, is drawn as its own glyph.
    const text = await page.locator('.deck').evaluate((el) => el.textContent ?? '');
    const chars = [...new Set(text.match(/\p{Script=Han}/gu))];
    expect(chars.length).toBeGreaterThan(200);
    for (const weight of [400, 700]) {
      const pictures = await drawn(page, chars, `${weight} 40px "${DECK_FONT}", sans-serif`);
      expect(pictures.filter((p) => p === absent[0]), `${weight} 字重里的豆腐块`).toEqual([]);
      expect(new Set(pictures).size, `${weight} 字重`).toBe(chars.length);
    }
    const family = await page.locator('.page.current h1').evaluate((el) => getComputedStyle(el).fontFamily);
    expect(family.startsWith(`"${DECK_FONT}"`)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash === '#2');
    expect(requested).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
