/**
 * `npm run export:talk -- <宣讲文件名> [输出文件] [--dist 文件夹] [--notes]`
 * Copies a talk's single-file offline copy (made by `npm run build`, see src/slides/offline.ts) to where it is
 * wanted, building the site first when the talk is missing or content/ changed since. With --notes the printout
 * carries the speaker notes. Exit 0 written, 1 failed, 2 usage error.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { KINDS } from '../src/kinds.ts';
import { contentRoot, envSettings } from '../src/settings.ts';
import { nearest } from '../src/check/suggest.ts';
import { ExportError } from '../src/slides/offline.ts';

export { ExportError } from '../src/slides/offline.ts';

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
  /** Build the site when the talk's file is missing (default true). */
  build?: boolean;
}

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

export function exportTalk(options: ExportOptions): { out: string; bytes: number; slides: number } {
  const slugs = talkSlugs();
  if (!slugs.includes(options.slug)) {
    const guess = nearest(options.slug, slugs);
    throw new ExportError(
      `找不到宣讲“${options.slug}”：content/talks/ 里没有这个文件。${guess ? `是不是“${guess}”？` : ''}${slugs.length ? `已有：${slugs.join('、')}` : '还没有任何宣讲。'}`,
    );
  }
  const dist = resolve(options.dist ?? envSettings().outDir ?? 'dist');
  const file = join(dist, 'offline', 'talks', `${options.slug}.html`);
  const stale = existsSync(file) && newestIn(contentRoot()) > statSync(file).mtimeMs;
  if ((!existsSync(file) || stale) && options.build !== false) {
    console.log(stale ? 'content/ 在上次构建后改过，先重新构建网站（npx astro build）……' : 'dist 里还没有这场宣讲，先构建网站（npx astro build）……');
    const astro = resolve('node_modules/astro/bin/astro.mjs');
    const r = spawnSync(process.execPath, [astro, 'build'], { stdio: 'inherit', env: { ...process.env, HONOR_ROLL_OUT_DIR: dist } });
    if (r.status !== 0) throw new ExportError('构建失败，请先按上面的提示修改内容。');
  }
  if (!existsSync(file)) {
    throw new ExportError(`找不到 ${relative(process.cwd(), file)}：这场宣讲还没有发布（草稿或发布日期未到），或网站没有构建。`);
  }
  let html = readFileSync(file, 'utf8');
  if (options.notes) html = html.replace(/<html lang="zh-CN" class="deck-page">/, '<html lang="zh-CN" class="deck-page print-notes">');
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
