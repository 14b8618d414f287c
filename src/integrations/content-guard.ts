/**
 * Stops `astro build` when the content has problems, listing every one of them in Chinese.
 * Astro alone reports invalid entries one at a time and only logs a reference to a missing entry;
 * this runs the same checker as `npm run check` before the build starts.
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../check/check-content.ts';
import { formatReport } from '../check/problem.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'honor-roll:content-guard',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
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
      },
    },
  };
}
