/**
 * Builds the Pagefind search index from the finished site at `astro:build:done`.
 * Only pages with `data-pagefind-body` (entry pages) are indexed, and only their folders are read (ENTRY_PAGES):
 * the 投影 decks, share images and list pages are not parsed at all. The index goes to `<outDir>/pagefind/`
 * and nowhere else. Any Pagefind error fails the build, and the Pagefind service is always closed.
 * While it runs it says so every few seconds (HONOR_ROLL_PROGRESS_MS in src/settings.ts, like the page progress).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { elapsed, progressInterval } from './progress.ts';
import { KINDS, kindsWith } from '../kinds.ts';

/**
 * The folders of the pages that carry `data-pagefind-body` (the layout's `searchable` pages). Reading only these
 * halves the indexer's time and cuts its memory (docs/performance.md); tests/search checks that no searchable page
 * lives anywhere else.
 */
export const ENTRY_PAGES = `{${kindsWith('search').map((k) => KINDS[k].route).join(',')}}/**/*.html`;

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'honor-roll:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const interval = progressInterval();
        const ticker = interval > 0 ? setInterval(() => logger.info(`搜索索引：正在建立，用时 ${elapsed(performance.now() - started)}`), interval) : undefined;
        ticker?.unref();
        try {
          // Every page is <html lang="zh-CN">; forcing the language keeps one index even if a page lacks it.
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
          if (!index || errors.length) throw new Error(`搜索索引无法创建：${errors.join('；')}`);
          const added = await index.addDirectory({ path: site, glob: ENTRY_PAGES });
          if (added.errors.length) throw new Error(`搜索索引读取网页出错：${added.errors.join('；')}`);
          if (added.page_count === 0) throw new Error(`搜索索引是空的：${site} 中没有带 data-pagefind-body 的页面。`);
          // The last build's index goes first: a deleted entry's fragment must not stay online (the output folder is kept).
          rmSync(join(site, 'pagefind'), { recursive: true, force: true });
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new Error(`搜索索引写入出错：${written.errors.join('；')}`);
          logger.info(`搜索索引：${added.page_count} 个页面，用时 ${Math.round(performance.now() - started)} ms`);
        } finally {
          clearInterval(ticker);
          await pagefind.close();
        }
      },
    },
  };
}
