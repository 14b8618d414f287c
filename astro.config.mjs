// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentGuard } from './src/integrations/content-guard.ts';
import { siteSettings } from './src/lib/site-settings.ts';

// The build's clock zone is fixed, so dates and "today" do not depend on the machine.
process.env.TZ = 'Asia/Shanghai';

export default defineConfig({
  site: siteSettings().baseUrl,
  // Tests and benchmarks build fixture trees side by side: each gets its own output and cache folder.
  ...(process.env.HONOR_ROLL_OUT_DIR ? { outDir: process.env.HONOR_ROLL_OUT_DIR } : {}),
  ...(process.env.HONOR_ROLL_CACHE_DIR ? { cacheDir: process.env.HONOR_ROLL_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard(), mdx()],
  devToolbar: { enabled: false },
});
