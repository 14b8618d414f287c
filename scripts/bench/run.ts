/**
 * `npm run bench -- --people 1000,10000`: generates synthetic content per size, runs a real `astro build`
 * (Pagefind runs inside it at astro:build:done), and prints pages, build seconds, peak RSS of the build's process tree,
 * dist and search-index size. In the same run it builds the bare baseline (bench/baseline: the same people as plain
 * pages, indexed with Pagefind's Node API) and prints each figure's ratio to it, and it measures five searches in
 * Chromium on both sites: bytes fetched from /pagefind/ and time to the first result. Writes JSON into bench/results/.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generate } from './generate.ts';
import { withBuildLock } from '../../tests/support/build-site.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function walk(dir: string): { files: number; bytes: number; html: number } {
  let files = 0, bytes = 0, html = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const r = walk(p);
      files += r.files; bytes += r.bytes; html += r.html;
    } else {
      files++; bytes += statSync(p).size;
      if (e.name.endsWith('.html')) html++;
    }
  }
  return { files, bytes, html };
}

/** Peak resident memory (VmHWM, KiB) of Pagefind's own indexer processes seen so far, by pid. */
const indexerHwm = new Map<number, number>();

/** Peak resident memory (VmHWM, KiB) of one process. */
function ownHwm(pid: number): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Peak resident memory (VmHWM, KiB) of a process and its children, polled. */
function treeHwm(pid: number): number {
  let total = 0;
  const kids = (p: number): number[] => {
    try {
      return readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch { return []; }
  };
  const visit = (p: number) => {
    const hwm = ownHwm(p);
    if (hwm) {
      total += hwm;
      try {
        if (readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('pagefind')) indexerHwm.set(p, Math.max(indexerHwm.get(p) ?? 0, hwm));
      } catch { /* gone */ }
    }
    for (const k of kids(p)) visit(k);
  };
  visit(pid);
  return total;
}

async function build(content: string, work: string, baseline = false) {
  const outDir = join(work, baseline ? 'baseline-dist' : 'dist');
  const start = performance.now();
  let peak = 0;
  let own = 0;
  const args = [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...(baseline ? ['--root', join(ROOT, 'bench/baseline')] : [])];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', TZ: 'Asia/Shanghai',
      HONOR_ROLL_CONTENT: content, HONOR_ROLL_OUT_DIR: outDir, HONOR_ROLL_CACHE_DIR: join(work, 'cache'),
      BASELINE_CONTENT: content, BASELINE_OUT_DIR: outDir, BASELINE_CACHE_DIR: join(work, 'baseline-cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => { output += d; process.stdout.write(d); });
  child.stderr.on('data', (d: Buffer) => { output += d; process.stderr.write(d); });
  indexerHwm.clear();
  const timer = setInterval(() => { peak = Math.max(peak, treeHwm(child.pid!)); own = Math.max(own, ownHwm(child.pid!)); }, 200);
  const code: number = await new Promise((r) => child.on('close', (c) => r(c ?? 1)));
  clearInterval(timer);
  const indexerPeakMiB = Math.max(0, ...indexerHwm.values()) / 1024;
  // Astro colours its log when CI is set; read it without the colour codes.
  output = output.replace(/\x1b\[[0-9;]*m/g, '');
  // Astro's own phases, from its log: page generation and image optimisation ("✓ Completed in 5.82s." / "71ms.").
  const phase = (title: string) => {
    const m = new RegExp(`${title}[^\\n]*\\n(?:[^\\n]*\\n)*?[^\\n]*✓ Completed in (\\d+(?:\\.\\d+)?)(ms|s)`).exec(output);
    return m ? Number(m[1]) / (m[2] === 'ms' ? 1000 : 1) : null;
  };
  return {
    code, seconds: (performance.now() - start) / 1000, peakRssMiB: peak / 1024, astroPeakMiB: own / 1024, indexerPeakMiB, outDir, output,
    imagesSeconds: phase('generating optimized images'),
    cached: (output.match(/\((?:cached|restored)\)/g) ?? []).length,
  };
}

/** The baseline's search index: Pagefind's Node API over its pages, timed, with the peak RSS of this process. */
async function indexBaseline(dir: string) {
  const pagefind = await import('pagefind');
  const start = performance.now();
  // The indexer is a child of this process: its peak is polled the same way as in the honor-roll build.
  indexerHwm.clear();
  const poll = setInterval(() => treeHwm(process.pid), 200);
  try {
    const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index) throw new Error('pagefind index');
    await index.addDirectory({ path: dir });
    await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  } finally {
    clearInterval(poll);
    await pagefind.close();
  }
  return { seconds: (performance.now() - start) / 1000, indexerPeakMiB: Math.max(0, ...indexerHwm.values()) / 1024 };
}

/** Five searches in Chromium, each in a fresh browser context (empty cache): bytes from /pagefind/, ms to first result. */
async function measureSearch(dist: string, queries: string[]) {
  const { serveDir } = await import('../../tests/support/serve.ts');
  const { launchBrowser } = await import('../../tests/support/browser.ts');
  const server = await serveDir(dist);
  const browser = await launchBrowser();
  const out: { query: string; bytes: number; firstResultMs: number; results: number; parts: Record<string, number> }[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let bytes = 0;
      // What the bytes are: code (pagefind.js, its worker, the wasm), the metadata file (every page's id and word
      // count, the sort orders, the list of index chunks), index chunks, filter data, and the result fragments.
      const parts: Record<string, number> = {};
      page.on('response', async (r) => {
        const path = new URL(r.url()).pathname;
        if (!path.startsWith('/pagefind/')) return;
        const n = (await r.body().catch(() => Buffer.alloc(0))).length;
        bytes += n;
        const part = /\.pf_meta$/.test(path) ? 'meta' : /^\/pagefind\/(index|filter|fragment)\//.exec(path)?.[1] ?? 'code';
        parts[part] = (parts[part] ?? 0) + n;
      });
      await page.goto(`${server.url}/404.html`);
      // A string, so nothing rewrites the browser's own dynamic import.
      const r = (await page.evaluate(`(async () => {
        const t0 = performance.now();
        const pf = await import('/pagefind/pagefind.js');
        const s = await pf.search(${JSON.stringify(query)});
        if (s.results.length) await s.results[0].data();
        return { ms: performance.now() - t0, n: s.results.length };
      })()`)) as { ms: number; n: number };
      await page.waitForLoadState('networkidle');
      out.push({ query, bytes, firstResultMs: Math.round(r.ms), results: r.n, parts });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

const ratio = (a: number | null, b: number | null) => (a !== null && b ? +(a / b).toFixed(2) : null);

const args = process.argv.slice(2);
const sizes = (args[args.indexOf('--people') + 1] ?? '1000').split(',').map(Number);
const seed = Number(args.includes('--seed') ? args[args.indexOf('--seed') + 1] : 20260428);
const results = [];
for (const n of sizes) {
  // The machine's load when this size starts and when it ends: timings on a shared machine are read with it.
  const loadAtStart = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const work = mkdtempSync(join(tmpdir(), `honor-roll-bench-${n}-`));
  const content = join(work, 'content');
  const g0 = performance.now();
  const gen = generate({ people: n, seed, dir: content });
  const genSeconds = (performance.now() - g0) / 1000;
  // Builds of this project share .astro/; take turns with test builds.
  const b = await withBuildLock(() => build(content, work));
  if (b.code !== 0) throw new Error(`构建失败（${n} 人），退出码 ${b.code}`);
  const dist = walk(b.outDir);
  let pagefind = { files: 0, bytes: 0, html: 0 };
  try { pagefind = walk(join(b.outDir, 'pagefind')); } catch { /* no index */ }
  const indexMs = /搜索索引：\d+ 个页面，用时 (\d+(?:\.\d+)?) ms/.exec(b.output);
  const indexSeconds = indexMs ? Number(indexMs[1]) / 1000 : null;
  // Rebuilds with the same output and cache folders, as in CI with a kept cache: nothing changed, then one profile.
  const unchanged = await withBuildLock(() => build(content, work));
  if (unchanged.code !== 0) throw new Error(`重建失败（${n} 人），退出码 ${unchanged.code}`);
  const edited = join(content, 'people', 'bench-1.md');
  writeFileSync(edited, readFileSync(edited, 'utf8').replace('## 事迹\n\n', '## 事迹\n\n基准测试改动了这一段。'));
  const oneEdit = await withBuildLock(() => build(content, work));
  if (oneEdit.code !== 0) throw new Error(`改一个人物后重建失败（${n} 人），退出码 ${oneEdit.code}`);
  if (!readFileSync(join(oneEdit.outDir, 'people/bench-1/index.html'), 'utf8').includes('基准测试改动了这一段')) {
    throw new Error('改一个人物后重建：页面没有更新');
  }
  // The bare baseline: same people, plain pages, then Pagefind over them.
  const base = await withBuildLock(() => build(content, work, true));
  if (base.code !== 0) throw new Error(`基线构建失败（${n} 人），退出码 ${base.code}`);
  const baseIndex = await indexBaseline(base.outDir);
  const baseIndexSeconds = baseIndex.seconds;
  const baseDist = walk(base.outDir);
  const first = readFileSync(join(content, 'people', 'bench-0.md'), 'utf8');
  const name = /^name: (.+)$/m.exec(first)?.[1] ?? '测试甲一';
  const { nameSyllables } = await import('../../src/lib/pinyin.ts');
  const queries = [name, nameSyllables(name).map((x) => x[0]).join(''), '全国劳动模范', '示例', '事迹文字'];
  const search = await measureSearch(b.outDir, queries);
  const baseSearch = await measureSearch(base.outDir, queries);
  const sum = (list: { bytes: number }[]) => list.reduce((t, x) => t + x.bytes, 0);
  const buildIndex = b.seconds;
  const baseBuildIndex = base.seconds + baseIndexSeconds;
  results.push({
    people: n, seed, pages: dist.html, generateSeconds: +genSeconds.toFixed(2), buildSeconds: +b.seconds.toFixed(1),
    indexSeconds: indexSeconds === null ? null : +indexSeconds.toFixed(2),
    peakRssMiB: Math.round(b.peakRssMiB), astroPeakRssMiB: Math.round(b.astroPeakMiB), indexerPeakRssMiB: Math.round(b.indexerPeakMiB),
    distMiB: +(dist.bytes / 2 ** 20).toFixed(1), portraits: gen.portraits, stories: gen.stories, imagesSeconds: b.imagesSeconds,
    rebuild: {
      unchangedSeconds: +unchanged.seconds.toFixed(1), unchangedImagesSeconds: unchanged.imagesSeconds, unchangedReused: unchanged.cached,
      oneProfileSeconds: +oneEdit.seconds.toFixed(1), oneProfileShare: +(oneEdit.seconds / b.seconds).toFixed(3), oneProfileReused: oneEdit.cached,
    },
    searchIndexMiB: +(pagefind.bytes / 2 ** 20).toFixed(1), searchFiles: pagefind.files,
    searchQueries: search,
    baseline: {
      buildSeconds: +base.seconds.toFixed(1), indexSeconds: +baseIndexSeconds.toFixed(2), peakRssMiB: Math.round(base.peakRssMiB),
      indexerPeakRssMiB: Math.round(baseIndex.indexerPeakMiB),
      distMiB: +(baseDist.bytes / 2 ** 20).toFixed(1), searchQueries: baseSearch,
    },
    ratios: {
      buildPlusIndex: ratio(buildIndex, baseBuildIndex),
      peakRss: ratio(b.peakRssMiB, base.peakRssMiB),
      index: ratio(indexSeconds, baseIndexSeconds),
      indexerPeakRss: ratio(b.indexerPeakMiB, baseIndex.indexerPeakMiB),
      dist: ratio(dist.bytes, baseDist.bytes),
      searchBytes: ratio(sum(search), sum(baseSearch)),
    },
    loadAtStart, load: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '), date: new Date().toISOString(),
  });
  rmSync(work, { recursive: true, force: true });
}
console.table(results.map((r) => ({ 人数: r.people, 页面: r.pages, '构建+索引 s': r.buildSeconds, '索引 s': r.indexSeconds, '图片 s': r.imagesSeconds,
  '峰值内存（进程树）MiB': r.peakRssMiB, 'Astro 进程峰值 MiB': r.astroPeakRssMiB, '索引器峰值 MiB': r.indexerPeakRssMiB,
  'dist MiB': r.distMiB, '索引 MiB': r.searchIndexMiB, '负载（开始）': r.loadAtStart, '负载（结束）': r.load })));
console.log('重建（同一输出和缓存文件夹）：');
console.table(results.map((r) => ({ 人数: r.people, 肖像: r.portraits, '全量构建 s': r.buildSeconds, '不变重建 s': r.rebuild.unchangedSeconds,
  '其中图片 s': r.rebuild.unchangedImagesSeconds, '改一人重建 s': r.rebuild.oneProfileSeconds, '改一人 ÷ 全量': r.rebuild.oneProfileShare, '复用页面': r.rebuild.oneProfileReused })));
console.log('与基线之比（honor-roll ÷ 裸 Astro + Pagefind）：');
console.table(results.map((r) => ({ 人数: r.people, '基线 构建+索引 s': +(r.baseline.buildSeconds + r.baseline.indexSeconds).toFixed(1), '基线 峰值 MiB': r.baseline.peakRssMiB, '基线 索引 s': r.baseline.indexSeconds, '基线 索引器 MiB': r.baseline.indexerPeakRssMiB,
  '基线 dist MiB': r.baseline.distMiB, '构建+索引 ×': r.ratios.buildPlusIndex, '峰值内存 ×': r.ratios.peakRss, '索引 s ×': r.ratios.index, '索引器内存 ×': r.ratios.indexerPeakRss, 'dist ×': r.ratios.dist, '搜索字节 ×': r.ratios.searchBytes })));
console.log('五个查询（Chromium，空缓存）：');
console.table(results.flatMap((r) => r.searchQueries.map((q, i) => ({ 人数: r.people, 查询: q.query, 结果: q.results, '字节': q.bytes, '首个结果 ms': q.firstResultMs,
  代码: q.parts['code'], 元数据: q.parts['meta'], 索引块: q.parts['index'], 片段: q.parts['fragment'], 筛选: q.parts['filter'],
  '基线字节': r.baseline.searchQueries[i]?.bytes, '基线 ms': r.baseline.searchQueries[i]?.firstResultMs }))));
const dir = join(ROOT, 'bench/results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `bench-${sizes.join('-')}.json`);
writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
console.log(`结果已写入 ${file}`);
