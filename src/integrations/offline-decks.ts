/**
 * After the build, every slide show that offers a download (talks and 光荣榜 lobby decks always; 投影 of entries
 * while the site makes per-entry offline files, src/lib/scale.ts) gets its single-file offline copy at the address
 * its download link names (`/offline/…html`), and the link is given the file's size. A deck without the link gets
 * no file.
 * The pages to read are the deck folders only (talks/, project/), never the whole site.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileSize, offlineDeck } from '../slides/offline.ts';
import { siteSettings } from '../settings.ts';

/** `data-offline-size="/offline/x.html"` marks where a page shows that file's size. */
const SIZE_MARK = /(<span data-offline-size="([^"]+)">)[^<]*(<\/span>)/g;

function deckPages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'index.html') out.push(p);
    }
  };
  walk(join(dist, 'talks'));
  walk(join(dist, 'project'));
  return out;
}

export function offlineDecks(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'honor-roll:offline-decks',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const started = performance.now();
        const cpu = process.cpuUsage();
        const baseUrl = siteSettings().baseUrl;
        const sizes = new Map<string, string>();
        const pages = deckPages(dist).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
        for (const page of pages) {
          if (!page.html.includes('id="deck"')) continue;
          const target = /<a\b[^>]*\sdata-offline-link[^>]*\shref="([^"]+)"|<a\b[^>]*\shref="([^"]+)"[^>]*\sdata-offline-link/.exec(page.html);
          const href = target?.[1] ?? target?.[2];
          if (!href) continue;
          const file = await offlineDeck(page.html, dist, baseUrl, { cacheDir });
          const out = join(dist, href);
          mkdirSync(dirname(out), { recursive: true });
          writeFileSync(out, file);
          sizes.set(href, fileSize(Buffer.byteLength(file)));
        }
        // The sizes go into the decks' own links and the talk list.
        const list = join(dist, 'talks', 'index.html');
        for (const page of [...pages, ...(existsSync(list) ? [{ file: list, html: readFileSync(list, 'utf8') }] : [])]) {
          const patched = page.html.replace(SIZE_MARK, (m, open: string, href: string, close: string) =>
            sizes.has(href) ? `${open}（${sizes.get(href)}）${close}` : m,
          );
          if (patched !== page.html) writeFileSync(page.file, patched);
        }
        const used = process.cpuUsage(cpu);
        logger.info(`离线放映文件：${sizes.size} 个，用时 ${Math.round(performance.now() - started)} ms（CPU ${Math.round((used.user + used.system) / 1000)} ms）`);
      },
    },
  };
}
