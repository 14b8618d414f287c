/** Two entries of one collection with the same id would fight over one URL. */
import type { Check, CheckedEntry, Problem } from './types.ts';

export const checkDuplicates: Check = (entries) => {
  const problems: Problem[] = [];
  const seen = new Map<string, CheckedEntry>();
  for (const e of entries) {
    const key = `${e.collection}/${e.id}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, e);
      continue;
    }
    problems.push({
      file: e.file,
      severity: 'error',
      code: 'duplicate-slug',
      message: `网址重复：与 ${first.file} 的文件名都是“${e.id}”，两个条目会争用同一个网址`,
      fix: `给其中一个改名，如 ${e.id}-2。`,
    });
  }
  return problems;
};
