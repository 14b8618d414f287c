/**
 * A long build says how far it has got instead of going silent: every few seconds while pages and images are
 * written it prints how many web pages and images are in the output folder, how many were added per second, and
 * the time so far. It counts what is on disk, so pages copied from the last build (incremental build) count too.
 * The search index reports its own progress (src/integrations/pagefind.ts).
 *
 * HONOR_ROLL_PROGRESS_MS sets the interval (default 5000 ms; 0 turns the display off).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { envSettings } from '../settings.ts';

export interface OutputCount {
  pages: number;
  images: number;
}

const IMAGE = /\.(png|jpe?g|webp|avif|gif|svg)$/i;

/** Web pages (.html) and images in a folder tree. */
export async function countOutput(dir: string): Promise<OutputCount> {
  const count = { pages: 0, images: 0 };
  let names: string[];
  try {
    names = await readdir(dir, { recursive: true });
  } catch {
    return count;
  }
  for (const name of names) {
    if (name.endsWith('.html')) count.pages++;
    else if (IMAGE.test(name)) count.images++;
  }
  return count;
}

/** How often long phases report, in ms: HONOR_ROLL_PROGRESS_MS (default 5000; 0 turns the reports off). */
export const progressInterval = () => envSettings().progressMs;

export const elapsed = (ms: number) => {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} 秒` : `${Math.floor(s / 60)} 分 ${String(s % 60).padStart(2, '0')} 秒`;
};

/** Prints the line every `interval` ms until stopped; returns the stop function. */
export function startProgress(dir: string, logger: AstroIntegrationLogger, interval: number): () => void {
  const started = performance.now();
  let last: OutputCount & { at: number } = { pages: 0, images: 0, at: started };
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      const now = await countOutput(dir);
      const at = performance.now();
      if (now.pages !== last.pages || now.images !== last.images) {
        const rate = Math.round(((now.pages + now.images - last.pages - last.images) * 1000) / (at - last.at));
        const mem = process.memoryUsage();
        const gib = (n: number) => (n / 2 ** 30).toFixed(2);
        logger.info(`进度：已写出 ${now.pages} 个网页、${now.images} 张图片（每秒 ${rate} 个），内存 ${gib(mem.rss)} GiB，用时 ${elapsed(at - started)}`);
        if (envSettings().progressMemory) logger.info(`内存明细：${JSON.stringify(Object.fromEntries(Object.entries(mem).map(([k, v]) => [k, Math.round(v / 2 ** 20)])))} MiB`);
        last = { ...now, at };
      }
    } finally {
      busy = false;
    }
  }, interval);
  timer.unref();
  return () => clearInterval(timer);
}

export function buildProgress(): AstroIntegration {
  let outDir = '';
  let stop: (() => void) | undefined;
  const interval = progressInterval();
  return {
    name: 'honor-roll:progress',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        if (interval > 0) stop = startProgress(outDir, logger, interval);
      },
      // Pages and images are all written once static generation ends; the index reports on its own.
      'astro:build:generated': () => {
        stop?.();
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (interval > 0) {
          const done = await countOutput(fileURLToPath(dir));
          logger.info(`网页和图片已全部写出：${done.pages} 个网页、${done.images} 张图片。`);
        }
      },
    },
  };
}
