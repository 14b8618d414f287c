/**
 * Rebuilds keep the last build's output folder (`vite.build.emptyOutDir: false` in astro.config.mjs): an unchanged
 * page stays where it is instead of being deleted and copied back from the build cache (about 30 000 files at
 * 10 000 people). What this build did not produce is removed here, before the sitemap and the search index are
 * written, so a deleted entry's page, 投影 deck, share card and pictures do not stay online.
 * Kept: every file a route of this build wrote or kept, everything from public/, the script and style bundles, and
 * the optimised pictures that a kept page still names. The search index folder is rewritten whole by the indexer.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

const PICTURE = /\.(avif|gif|jpe?g|png|svg|webp)$/i;

export function sweepDist(): AstroIntegration {
  let outDir = '';
  let publicDir = '';
  let hadOutput = false;
  return {
    name: 'honor-roll:sweep-dist',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
      },
      // A first build into an empty folder has nothing to sweep.
      'astro:build:start': () => {
        hadOutput = existsSync(join(outDir, 'index.html'));
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        if (!hadOutput) return;
        const started = performance.now();
        const root = fileURLToPath(dir);
        const keep = new Set<string>();
        for (const urls of assets.values()) for (const url of urls) keep.add(fileURLToPath(url));
        for (const f of files(publicDir)) keep.add(join(root, relative(publicDir, f)));
        const named = new Set<string>();
        for (const f of keep) {
          if (!f.endsWith('.html')) continue;
          for (const m of readFileSync(f, 'utf8').matchAll(/\/_astro\/[^"'\s,)]+/g)) named.add(m[0]);
        }
        let removed = 0;
        for (const f of files(root)) {
          const rel = relative(root, f).split(sep).join('/');
          if (keep.has(f) || rel.startsWith('pagefind/')) continue;
          if (rel.startsWith('_astro/') && (!PICTURE.test(rel) || named.has(`/${rel}`))) continue;
          rmSync(f);
          removed++;
        }
        logger.info(`上次构建留下、这次没有生成的文件已删除：${removed} 个，用时 ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
