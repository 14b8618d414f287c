/**
 * `npm run bench -- --people 1000,10000`: generates synthetic content per size, runs a real `astro build`
 * (Pagefind runs inside it at astro:build:done), and prints pages, build seconds, peak RSS of the build's process tree,
 * dist and search-index size. Writes JSON into bench/results/.
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

/** Peak resident memory (VmHWM, KiB) of a process and its children, polled. */
function treeHwm(pid: number): number {
  let total = 0;
  const kids = (p: number): number[] => {
    try {
      return readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch { return []; }
  };
  const visit = (p: number) => {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) total += Number(m[1]);
    } catch { /* gone */ }
    for (const k of kids(p)) visit(k);
  };
  visit(pid);
  return total;
}

async function build(content: string, work: string) {
  const outDir = join(work, 'dist');
  const start = performance.now();
  let peak = 0;
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', TZ: 'Asia/Shanghai',
      HONOR_ROLL_CONTENT: content, HONOR_ROLL_OUT_DIR: outDir, HONOR_ROLL_CACHE_DIR: join(work, 'cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => { output += d; process.stdout.write(d); });
  child.stderr.on('data', (d: Buffer) => { output += d; process.stderr.write(d); });
  const timer = setInterval(() => { peak = Math.max(peak, treeHwm(child.pid!)); }, 200);
  const code: number = await new Promise((r) => child.on('close', (c) => r(c ?? 1)));
  clearInterval(timer);
  return { code, seconds: (performance.now() - start) / 1000, peakRssMiB: peak / 1024, outDir, output };
}

const args = process.argv.slice(2);
const sizes = (args[args.indexOf('--people') + 1] ?? '1000').split(',').map(Number);
const seed = Number(args.includes('--seed') ? args[args.indexOf('--seed') + 1] : 20260428);
const results = [];
for (const n of sizes) {
  const work = mkdtempSync(join(tmpdir(), `honor-roll-bench-${n}-`));
  const content = join(work, 'content');
  const g0 = performance.now();
  generate({ people: n, seed, dir: content });
  const genSeconds = (performance.now() - g0) / 1000;
  // Builds of this project share .astro/; take turns with test builds.
  const b = await withBuildLock(() => build(content, work));
  if (b.code !== 0) throw new Error(`构建失败（${n} 人），退出码 ${b.code}`);
  const dist = walk(b.outDir);
  let pagefind = { files: 0, bytes: 0, html: 0 };
  try { pagefind = walk(join(b.outDir, 'pagefind')); } catch { /* no index */ }
  const indexMs = /搜索索引：\d+ 个页面，用时 (\d+(?:\.\d+)?) ms/.exec(b.output);
  results.push({
    people: n, seed, pages: dist.html, generateSeconds: +genSeconds.toFixed(2), buildSeconds: +b.seconds.toFixed(1),
    indexSeconds: indexMs ? +(Number(indexMs[1]) / 1000).toFixed(2) : null,
    peakRssMiB: Math.round(b.peakRssMiB), distMiB: +(dist.bytes / 2 ** 20).toFixed(1),
    searchIndexMiB: +(pagefind.bytes / 2 ** 20).toFixed(1), searchFiles: pagefind.files,
    load: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '), date: new Date().toISOString(),
  });
  rmSync(work, { recursive: true, force: true });
}
console.table(results.map((r) => ({ 人数: r.people, 页面: r.pages, '构建 s': r.buildSeconds, '索引 s': r.indexSeconds, '峰值内存 MiB': r.peakRssMiB,
  'dist MiB': r.distMiB, '索引 MiB': r.searchIndexMiB, 负载: r.load })));
const dir = join(ROOT, 'bench/results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `bench-${sizes.join('-')}.json`);
writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
console.log(`结果已写入 ${file}`);
