/**
 * Builds the Pagefind search index from the finished site at `astro:build:done`.
 * Only pages with `data-pagefind-body` (entry pages) are indexed; the index goes to `<outDir>/pagefind/`
 * and nowhere else. Any Pagefind error fails the build, and the Pagefind service is always closed.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'honor-roll:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          // Every page is <html lang="zh-CN">; forcing the language keeps one index even if a page lacks it.
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
          if (!index || errors.length) throw new Error(`搜索索引无法创建：${errors.join('；')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`搜索索引读取网页出错：${added.errors.join('；')}`);
          if (added.page_count === 0) throw new Error(`搜索索引是空的：${site} 中没有带 data-pagefind-body 的页面。`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new Error(`搜索索引写入出错：${written.errors.join('；')}`);
          logger.info(`搜索索引：${added.page_count} 个页面，用时 ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
