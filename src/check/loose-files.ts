/** Every file in content/ must belong somewhere: nothing is silently ignored. */
import { KINDS } from '../kinds.ts';
import { isImageFile } from './load.ts';
import { nearest } from './suggest.ts';
import type { Check } from './types.ts';

/** Files editors may keep in content/ that are not entries. */
const ALLOWED_LOOSE = new Set(['site.yaml', 'README.md', 'levels.yaml', 'industries.yaml']);

export const checkLooseFiles: Check = (_entries, { files, rel }) => {
  const folders: string[] = Object.values(KINDS).map((s) => s.path);
  return files
    .filter((f) => !f.hidden && !f.link && !isImageFile(f.path) && !ALLOWED_LOOSE.has(f.path) && !folders.includes(f.path.split('/')[0] ?? ''))
    .map((f) => {
      const top = f.path.split('/')[0] ?? '';
      const guess = nearest(top, folders);
      return {
        file: rel(f.abs),
        severity: 'error' as const,
        code: 'unknown-file',
        message: `这个文件不在任何栏目里，网站不会读取它`,
        fix: `把它移到这些文件夹之一：${folders.join('、')}${guess ? `（是不是想放在 ${guess}？）` : ''}。`,
      };
    });
};
