/**
 * Files the build would skip or follow somewhere it must not: symbolic links (to outside the repository, dangling,
 * or in a loop) and hidden files. Nothing in content/ is silently ignored.
 */
import { realpathSync } from 'node:fs';
import { extname, relative } from 'node:path';
import type { Check, Problem } from './types.ts';

const ENTRY_EXTENSIONS = new Set(['.md', '.mdx', '.yaml', '.yml']);
/** Hidden files that git tools create on purpose and that hold no content. */
const HARMLESS_HIDDEN = new Set(['.gitkeep', '.gitignore', '.gitattributes']);

export const checkFiles: Check = (_entries, { files, rel, contentDir }) => {
  const problems: Problem[] = [];
  for (const f of files) {
    const file = rel(f.abs);
    if (f.link) {
      const target = f.link.target;
      const outside = target !== undefined && relative(realpathSync(contentDir), target).startsWith('..');
      problems.push({
        file,
        severity: 'error',
        code: 'symlink',
        message: target === undefined
          ? '这是一个指向不存在位置（或循环指向自己）的链接，网站无法读取'
          : outside
            ? `这是一个指向内容文件夹以外（${target}）的链接：内容只能来自 content/ 里的文件`
            : '这是一个链接（快捷方式）：内容文件夹里只能放真实的文件',
        fix: '删除这个链接，把真实的文件复制到这里。',
      });
      continue;
    }
    if (!f.hidden) continue;
    const name = f.path.split('/').pop() ?? '';
    if (HARMLESS_HIDDEN.has(name)) continue;
    const entry = ENTRY_EXTENSIONS.has(extname(name).toLowerCase());
    problems.push({
      file,
      severity: entry ? 'error' : 'warning',
      code: 'hidden-file',
      message: `名字以“.”开头的${f.path.includes('/.') || f.path.startsWith('.') ? '文件或文件夹' : '文件'}是隐藏的，网站不会读取它${entry ? '，这个条目不会出现在网站上' : ''}`,
      fix: entry ? '去掉文件名（或所在文件夹名）开头的“.”；不要发布的条目请写 draft: true。' : '不需要的话删除它；需要的话去掉名字开头的“.”。',
    });
  }
  return problems;
};
