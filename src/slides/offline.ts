/**
 * The single-file offline copy of a deck: the built slide page with its stylesheet, script, images and a font
 * subset inlined, so it runs from a USB stick via file:// on a hall PC with no network and no Chinese font.
 * Node only (build:done and `npm run export:talk`); the pure parts are exported for tests.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { mediaType } from '../lib/mime.ts';

export class ExportError extends Error {}

/** Reads a file of the built site as a data: URL. */
function dataUrl(dist: string, url: string, where: string): string {
  const path = join(dist, decodeURIComponent(url.split(/[?#]/)[0]!));
  if (!existsSync(path) || !statSync(path).isFile()) throw new ExportError(`导出失败：${where} 引用的 ${url} 在 ${dist} 里找不到。请重新运行 npm run build。`);
  // data: URLs carry the bare type, without the charset parameter.
  const mime = mediaType(path).split(';')[0]!;
  return `data:${mime};base64,${readFileSync(path).toString('base64')}`;
}

/** Inlines url(...) in a stylesheet (fonts, background images). */
function inlineCssUrls(css: string, dist: string, where: string): string {
  return css.replace(/url\(\s*(['"]?)(\/[^'")]+)\1\s*\)/g, (_, _q: string, url: string) => `url("${dataUrl(dist, url, where)}")`);
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((x) => x !== undefined);

/** The policy of the offline file: its own inline style and script run, fonts and images come from data: URLs, nothing is fetched. */
export const OFFLINE_CSP =
  "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** Turns the built slide page into one self-contained document (without the font). Pure: exported for tests. */
export function inlinePage(html: string, dist: string, baseUrl: string, options: { notes?: boolean } = {}): string {
  const where = 'talk page';
  // The site's policy lists hashes of its own files; the inlined copy gets a policy of its own.
  let out = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, `<meta http-equiv="content-security-policy" content="${OFFLINE_CSP}">`);
  // The download link would point at the file itself.
  out = out.replace(/(·\s*)?<a\b[^>]*\sdata-offline-link[^>]*>[\s\S]*?<\/a>/gi, '');
  // Stylesheets → <style>.
  out = out.replace(/<link\b[^>]*>/gi, (tag) => {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase();
    const href = attr(tag, 'href') ?? '';
    if (rel === 'stylesheet') {
      if (!href.startsWith('/')) throw new ExportError(`导出失败：样式表 ${href} 不在网站内，无法离线使用。`);
      const css = readFileSync(join(dist, href), 'utf8');
      return `<style>${inlineCssUrls(css, dist, href).replace(/<\/style/gi, '<\\/style')}</style>`;
    }
    if (rel === 'icon') return href.startsWith('/') && existsSync(join(dist, href)) ? tag.replace(href, dataUrl(dist, href, where)) : '';
    if (rel === 'canonical') return tag;
    return '';
  });
  // Scripts → inline module (the slide script has no imports; a chunked script cannot run from file://).
  out = out.replace(/<script\b([^>]*)>\s*<\/script>/gi, (tag) => {
    const src = attr(tag, 'src');
    if (!src) return tag;
    if (!src.startsWith('/')) throw new ExportError(`导出失败：脚本 ${src} 不在网站内，无法离线使用。`);
    const js = readFileSync(join(dist, src), 'utf8');
    if (/(?:^|[;\s}])import\s*(?:["'`]|[\w{*][^;]*?\sfrom\s*["'`])/.test(js) || /\bimport\(/.test(js)) {
      throw new ExportError(`导出失败：幻灯片脚本 ${src} 还引用了别的脚本文件，无法合成一个文件。请检查 src/slides/deck.ts 不要 import 其他模块。`);
    }
    return `<script type="module">${js.replace(/<\/script/gi, '<\\/script')}</script>`;
  });
  // Images → data: URLs.
  out = out.replace(/<img\b[^>]*>/gi, (tag) => {
    const src = attr(tag, 'src') ?? '';
    let t = tag.replace(/\s(srcset|sizes)=("[^"]*"|'[^']*')/gi, '');
    if (src.startsWith('/')) t = t.replace(src, dataUrl(dist, src.replace(/&amp;/g, '&'), where));
    return t;
  });
  // Links to the site go to the public site (a click is a navigation, never a fetch while showing).
  out = out.replace(/(<a\b[^>]*\shref=")(\/[^"]*)"/gi, (_, start: string, href: string) => `${start}${new URL(href, baseUrl).href}"`);
  if (options.notes) out = out.replace(/<html lang="zh-CN" class="deck-page">/, '<html lang="zh-CN" class="deck-page print-notes">');
  // Nothing that the browser would fetch may be left.
  const fetched: string[] = [];
  const markup = out.replace(/<script\b[^>]*>[\s\S]*?<\/script>|<style\b[^>]*>[\s\S]*?<\/style>/gi, '');
  for (const m of markup.matchAll(/<([a-z][a-z0-9-]*)\b[^>]*>/gi)) {
    const tag = m[0];
    const name = m[1]!.toLowerCase();
    if (name === 'a' || (name === 'link' && (attr(tag, 'rel') ?? '').toLowerCase() === 'canonical')) continue;
    for (const a of ['src', 'href', 'srcset', 'poster', 'data']) {
      const v = attr(tag, a);
      if (v && !v.startsWith('data:') && !v.startsWith('#')) fetched.push(v);
    }
  }
  if (fetched.length) throw new ExportError(`导出失败：页面里还有需要联网或读取其他文件的地址：${[...new Set(fetched)].join('、')}`);
  return out;
}

// ---- the font: Noto Sans SC (Source Han Sans), SIL Open Font License 1.1, from @expo-google-fonts/noto-sans-sc

const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
const FONT_FILES = { 400: `${FONT_PACKAGE}/400Regular/NotoSansSC_400Regular.ttf`, 700: `${FONT_PACKAGE}/700Bold/NotoSansSC_700Bold.ttf` } as const;
/** The family name of the embedded subset: its own name, so an installed Noto Sans SC of another version never mixes in. */
export const DECK_FONT = 'Honor Roll Deck Sans';
export const FONT_NOTICE =
  'Noto Sans SC（思源黑体）子集，只含本文件用到的字。Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name ‘Source’。' +
  '按 SIL Open Font License 1.1 使用与分发：https://openfontlicense.org';

const fontVersion = () => {
  const v = (name: string) => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  return `${v(FONT_PACKAGE)}+subset-font@${v('subset-font')}`;
};
const fontData = new Map<number, Buffer>();
/** keepFeatures is newer than the published type definitions (@types/subset-font 2.3), hence the plain object. */
const SUBSET_OPTIONS = { targetFormat: 'woff', noLayoutClosure: true, keepFeatures: ['kern'], noHinting: true } as const;

/** Every character a document can show: its whole text, markup, style and script strings included (ASCII is cheap). */
export const glyphsOf = (html: string) => [...new Set(html.replace(/data:[^"')\s]+/g, ''))].filter((c) => c >= ' ').sort().join('');

/**
 * WOFF subsets (regular and bold) with exactly the given characters, by subset-font (HarfBuzz's hb-subset as
 * WebAssembly: no native build, no download at install). Only the characters themselves are kept — no layout
 * closure (vertical forms and alternates the slides never use) and no hinting — which halves the subset.
 * WOFF rather than WOFF2: WOFF2 is a fifth smaller (56 KB against 71 KB a weight for the sample talk) but its
 * Brotli step costs ~0.45 s of CPU a weight against ~0.02 s, for every deck on every build.
 * Subsets are kept in `cacheDir` by their characters, so an unchanged deck costs nothing on the next build.
 */
export async function fontSubsets(text: string, cacheDir?: string): Promise<{ weight: 400 | 700; woff: Buffer }[]> {
  const key = createHash('sha256').update(`${fontVersion()}\n${text}`).digest('hex').slice(0, 24);
  return Promise.all(
    ([400, 700] as const).map(async (weight) => {
      const cached = cacheDir && join(cacheDir, 'offline-fonts', `${key}-${weight}.woff`);
      if (cached && existsSync(cached)) return { weight, woff: readFileSync(cached) };
      if (!fontData.has(weight)) fontData.set(weight, readFileSync(require.resolve(FONT_FILES[weight])));
      const woff = await subsetFont(fontData.get(weight)!, text, SUBSET_OPTIONS);
      if (cached) {
        mkdirSync(dirname(cached), { recursive: true });
        writeFileSync(cached, woff);
      }
      return { weight, woff };
    }),
  );
}

/** Embeds the font subset: @font-face rules first in the slide fonts, and the licence note in the file. */
export async function embedFont(html: string, cacheDir?: string): Promise<string> {
  const faces = await fontSubsets(glyphsOf(html), cacheDir);
  const css =
    `/* ${FONT_NOTICE} */\n` +
    faces
      .map((f) => `@font-face{font-family:"${DECK_FONT}";font-weight:${f.weight};font-style:normal;font-display:block;src:url(data:font/woff;base64,${f.woff.toString('base64')}) format("woff")}`)
      .join('\n') +
    `\n:root{--s-font:"${DECK_FONT}",sans-serif;--s-heading:"${DECK_FONT}",sans-serif}`;
  return html
    .replace(/<\/head>/i, `<style data-deck-font>${css}</style>\n</head>`)
    .replace(/^(<!DOCTYPE html>)/i, `$1\n<!-- 单个文件，离线可放映（双击打开；P 演讲者窗口）。字体：${FONT_NOTICE} -->`);
}

/** The whole offline file of a built deck page. */
export async function offlineDeck(html: string, dist: string, baseUrl: string, options: { notes?: boolean; cacheDir?: string } = {}): Promise<string> {
  return embedFont(inlinePage(html, dist, baseUrl, options), options.cacheDir);
}

/** "1.2 MB" / "860 KB": the size shown next to a download link. */
export const fileSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);
