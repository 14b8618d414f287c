/**
 * Stops `astro build` when the content has problems, listing every one of them in Chinese.
 * Astro alone reports invalid entries one at a time and only logs a reference to a missing entry;
 * this runs the same checker as `npm run check` before the build starts.
 * A build that fails after it started writing leaves no half-written site: the output folder is removed when the
 * process exits with an error after writing began.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../check/check-content.ts';
import { formatReport } from '../check/problem.ts';

export function contentGuard(): AstroIntegration {
  let writing = false;
  return {
    name: 'honor-roll:content-guard',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        const { problems, entries } = await checkContent();
        logger.info(`内容检查：${entries.length} 条内容，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
        const errors = problems.filter((p) => p.severity === 'error');
        if (errors.length) logger.error(`\n${formatReport(problems)}`);
        else if (problems.length) logger.warn(`\n${formatReport(problems)}`);
        if (errors.length && command === 'build') {
          throw new Error(`内容检查发现 ${errors.length} 个错误，网站没有生成。请按上面列出的每一条修改后再构建。`);
        }
        if (command === 'build') {
          const outDir = fileURLToPath(config.outDir);
          process.once('exit', (code) => {
            if (!writing || code === 0) return;
            rmSync(outDir, { recursive: true, force: true });
            console.error(`构建失败：已删除写了一半的 ${outDir}，没有留下不完整的网站。`);
          });
        }
      },
      'astro:build:start': () => {
        writing = true;
      },
    },
  };
}
