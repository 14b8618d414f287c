// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { rehypeSafeMdx, sanitizeSchema } from './src/markdown/sanitize.ts';
import { freeMdxAllowed, remarkSafeMdx } from './src/markdown/mdx-policy.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { adminPolicy, cmsAdmin } from './src/integrations/cms.ts';
import { offlineDecks } from './src/integrations/offline-decks.ts';
import { securityHeaders } from './src/integrations/headers.ts';
import { buildProgress } from './src/integrations/progress.ts';
import { envSettings, markProjectRoot, siteSettings } from './src/settings.ts';
import { sweepDist } from './src/integrations/sweep-dist.ts';
import { fileURLToPath } from 'node:url';

const { outDir, cacheDir } = envSettings();
// Where the project lives, for code the build bundles elsewhere: the share-image workers load src/lib/share-card.ts.
markProjectRoot(fileURLToPath(new URL('.', import.meta.url)));

// The build's clock zone is fixed, so dates and "today" do not depend on the machine.
process.env.TZ = 'Asia/Shanghai';

export default defineConfig({
  site: siteSettings().baseUrl,
  // Spelled out, so a build whose root is a scratch folder (test fixtures built side by side, tests/support/README.md)
  // still compiles this project's pages and copies its public files.
  srcDir: fileURLToPath(new URL('./src/', import.meta.url)),
  publicDir: fileURLToPath(new URL('./public/', import.meta.url)),
  // Tests and benchmarks build fixture trees side by side: each gets its own output and cache folder.
  ...(outDir ? { outDir } : {}),
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // Four pages in flight: share images are rasterised and encoded by sharp off the main thread, so while one card is
  // encoded the next page renders. Measured on 2 cores: ~11 ms a card instead of ~24 ms (docs/performance.md).
  build: { format: 'directory', concurrency: 4 },
  integrations: [
    contentGuard(),
    // Before the sitemap and the search index: removes what the last build left and this one did not produce.
    sweepDist(),
    // MDX is code: unless the site sets freeMdx (and no pull-request build forbids it), an unsafe MDX body stops the
    // build before it is compiled, so nothing in it runs (src/markdown/mdx-policy.ts).
    mdx({
      remarkPlugins: [[remarkSafeMdx, { allowFree: freeMdxAllowed(siteSettings().freeMdx) }]],
      processor: unified({ rehypePlugins: [rehypeSafeMdx] }),
    }),
    // Only pages that exist are listed, and drafts never become pages; 404 and slide copies of entries are left out.
    sitemap({ filter: (page) => !/\/(404|project|admin)(\/|$)/.test(new URL(page).pathname) }), offlineDecks(), pagefindIndex(), cmsAdmin(),
    // Headers files (_headers, _csp.conf for deploy/nginx.conf) with the pages' own CSP, once every page exists.
    securityHeaders(() => adminPolicy()),
    // Last, so its closing count includes the admin page and comes after the search index.
    buildProgress()],
  // Raw HTML pasted into Markdown is parsed, then only safe formatting is kept (see src/markdown/sanitize.ts).
  // No code highlighting: Shiki's inline styles would break the strict CSP, and union content has no code.
  markdown: { syntaxHighlight: false, processor: unified({ rehypePlugins: [rehypeRaw, [rehypeSanitize, sanitizeSchema]] }) },
  security: {
    // A strict policy as a <meta> tag with hashes for every script and style Astro emits: no 'unsafe-inline'.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  // A rebuild keeps the last output instead of emptying it and copying unchanged pages back from the cache;
  // src/integrations/sweep-dist.ts removes whatever this build did not produce (docs/performance.md).
  vite: { build: { emptyOutDir: false } },
  // Incremental build: entry pages, 投影 decks and share images carry a cacheKey (src/lib/page-keys.ts); when the key
  // and the page's code are unchanged, the page is copied from the last build in cacheDir instead of rendered.
  experimental: { incrementalBuild: true },
});
