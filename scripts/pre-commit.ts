/**
 * Pre-commit hook (installed by `npm install` through simple-git-hooks, see package.json):
 * checks ONLY the staged content files, with the build's own schemas. Image pixels are read only when an image is staged.
 * Exit 0 lets the commit through; 1 stops it and prints every problem in Chinese.
 */
import { execFileSync } from 'node:child_process';
import { checkContent } from '../src/check/check-content.ts';
import { formatReport } from '../src/check/problem.ts';
import { contentRoot } from '../src/settings.ts';

const root = contentRoot().replace(/\\/g, '/').replace(/\/$/, '');
const staged = execFileSync('git', ['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z'], { encoding: 'utf8' })
  .split('\0')
  .filter((f) => f.startsWith(`${root}/`));
if (!staged.length) process.exit(0);

const imageStaged = staged.some((f) => /\.(jpe?g|png|webp|gif|avif|tiff?)$/i.test(f));
const started = performance.now();
const { problems } = await checkContent({ only: staged, skipImagePixels: !imageStaged });
const errors = problems.filter((p) => p.severity === 'error').length;
if (problems.length) console.log(formatReport(problems));
const secs = ((performance.now() - started) / 1000).toFixed(2);
if (errors) {
  console.log(`\n提交被拦下：暂存的 ${staged.length} 个内容文件里有 ${errors} 处错误（用时 ${secs} 秒）。改好后重新 git add 再提交；说明见 docs/编辑指南.md。`);
  process.exit(1);
}
console.log(`内容检查通过：${staged.length} 个文件（用时 ${secs} 秒）。`);
