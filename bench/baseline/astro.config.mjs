// @ts-check
// The bare baseline of `npm run bench`: the same generated people as plain pages, nothing else — no checker,
// no search aliases, no share images, no CSP, no sitemap. Pagefind is run on its output by scripts/bench/run.ts.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BASELINE_OUT_DIR ?? './dist',
  cacheDir: process.env.BASELINE_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
