/**
 * `npm run export:talk -- <宣讲文件名> [输出文件] [--dist 文件夹] [--notes]`
 * Writes ONE self-contained HTML file of a talk: styles, the slide script and every image inlined,
 * nothing fetched, so it runs from a USB stick via file:// on a borrowed laptop with no network.
 * Reads the built page from dist/ (builds the site first when the page is not there).
 * Exit 0 written, 1 failed, 2 usage error.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { KINDS } from '../src/kinds.ts';
import { contentRoot, envSettings, siteSettings } from '../src/settings.ts';
import { nearest } from '../src/check/suggest.ts';
import { mediaType } from '../src/lib/mime.ts';

const USAGE = `用法：npm run export:talk -- <宣讲文件名> [输出文件] [--dist 文件夹] [--notes]
  宣讲文件名   content/talks/ 里的文件名（不含 .yaml），如 bangyang-de-liliang
  输出文件     默认 exports/<宣讲文件名>.html
  --dist       已构建网站所在文件夹，默认 dist（没有这场宣讲时先自动构建）
  --notes      打印时在每页幻灯片下附上讲稿备注`;

export interface ExportOptions {
  slug: string;
  out?: string | undefined;
  dist?: string | undefined;
  notes?: boolean;
  /** Build the site when the talk's page is missing (default true). */
  build?: boolean;
}

export class ExportError extends Error {}

function talkSlugs(): string[] {
  const dir = join(contentRoot(), KINDS.talks.path);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => (KINDS.talks.extensions as readonly string[]).includes(extname(f)))
    .map((f) => f.replace(/\.[^.]+$/, ''));
}

/** The newest modification time of any file under a folder (0 when it does not exist). */
function newestIn(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const st = statSync(full);
    newest = Math.max(newest, st.isDirectory() ? newestIn(full) : st.mtimeMs);
  }
  return newest;
}

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

/** Turns the built slide page into one self-contained document. Pure: exported for tests. */
export function inlinePage(html: string, dist: string, baseUrl: string, options: { notes?: boolean } = {}): string {
  const where = 'talk page';
  // The site's policy lists hashes of its own files; the inlined copy gets a policy of its own that lets its inline
  // styles and script run and forbids every request, so the file works from a USB stick and can fetch nothing.
  let out = html.replace(
    /<meta http-equiv="content-security-policy"[^>]*>/i,
    `<meta http-equiv="content-security-policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
  );
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
  if (options.notes) out = out.replace('<html lang="zh-CN" class="deck-page">', '<html lang="zh-CN" class="deck-page print-notes">');
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
  const stamp = `<!-- ${new Date().toISOString()} 由 npm run export:talk 导出：单个文件，离线可放映。 -->\n`;
  return out.replace(/^<!DOCTYPE html>/i, (d) => `${d}\n${stamp}`);
}

export function exportTalk(options: ExportOptions): { out: string; bytes: number; slides: number } {
  const slugs = talkSlugs();
  if (!slugs.includes(options.slug)) {
    const guess = nearest(options.slug, slugs);
    throw new ExportError(
      `找不到宣讲“${options.slug}”：content/talks/ 里没有这个文件。${guess ? `是不是“${guess}”？` : ''}${slugs.length ? `已有：${slugs.join('、')}` : '还没有任何宣讲。'}`,
    );
  }
  const dist = resolve(options.dist ?? envSettings().outDir ?? 'dist');
  const page = join(dist, 'talks', options.slug, 'index.html');
  const stale = existsSync(page) && newestIn(contentRoot()) > statSync(page).mtimeMs;
  if ((!existsSync(page) || stale) && options.build !== false) {
    console.log(stale ? 'content/ 在上次构建后改过，先重新构建网站（npx astro build）……' : 'dist 里还没有这场宣讲，先构建网站（npx astro build）……');
    const astro = resolve('node_modules/astro/bin/astro.mjs');
    const r = spawnSync(process.execPath, [astro, 'build'], { stdio: 'inherit', env: { ...process.env, HONOR_ROLL_OUT_DIR: dist } });
    if (r.status !== 0) throw new ExportError('构建失败，请先按上面的提示修改内容。');
  }
  if (!existsSync(page)) {
    throw new ExportError(`找不到 ${relative(process.cwd(), page)}：这场宣讲还没有发布（草稿或发布日期未到），或网站没有构建。`);
  }
  const html = inlinePage(readFileSync(page, 'utf8'), dist, siteSettings().baseUrl, { notes: options.notes ?? false });
  const out = resolve(options.out ?? join('exports', `${options.slug}.html`));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
  const slides = (html.match(/class="page"/g) ?? []).length;
  return { out, bytes: Buffer.byteLength(html), slides };
}

function main(argv: string[]): number {
  const args: string[] = [];
  let dist: string | undefined;
  let notes = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--dist') dist = argv[++i];
    else if (a === '--notes') notes = true;
    else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      return 0;
    } else if (a.startsWith('-')) {
      console.error(`不认识的选项 ${a}\n${USAGE}`);
      return 2;
    } else args.push(a);
  }
  const [slug, out] = args;
  if (!slug || args.length > 2) {
    console.error(USAGE);
    return 2;
  }
  try {
    const r = exportTalk({ slug, out, dist, notes });
    console.log(`已导出：${relative(process.cwd(), r.out) || r.out}（${r.slides} 张幻灯片，${(r.bytes / 1024).toFixed(0)} KB）`);
    console.log('拷到U盘后双击打开即可放映，不需要网络；按 P 打开演讲者窗口。');
    return 0;
  } catch (e) {
    if (e instanceof ExportError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
