/**
 * Text hygiene: control characters (other than tab and line breaks) break RSS/XML and reach HTML and CSV, so they are
 * an error naming the field; a `published` date more than a year ahead is most likely a typo that hides the entry.
 */
import { fieldPath } from './problem.ts';
import { bodyPositionOf, positionOf } from './read-source.ts';
import { eachValue } from './walk.ts';
import type { Check, Problem } from './types.ts';

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const show = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
const YEAR_MS = 366 * 24 * 3600 * 1000;

export const checkText: Check = (entries) => {
  const problems: Problem[] = [];
  for (const e of entries) {
    eachValue(e.raw, (v, path) => {
      if (typeof v !== 'string') return;
      const c = CONTROL.exec(v)?.[0];
      if (!c) return;
      problems.push({
        file: e.file,
        ...positionOf(e.source, [...e.base, ...path]),
        field: fieldPath(path),
        severity: 'error',
        code: 'control-character',
        message: `含有看不见的控制字符 ${show(c)}，会让订阅源和表格出错`,
        fix: '删掉这个字段的文字重新输入（从别处粘贴时常带进这种字符）。',
      });
    });
    const body = e.source.body ?? '';
    const m = CONTROL.exec(body);
    if (m) {
      problems.push({
        file: e.file,
        ...bodyPositionOf(e.source, m.index),
        field: '正文',
        severity: 'error',
        code: 'control-character',
        message: `正文含有看不见的控制字符 ${show(m[0])}`,
        fix: '删掉这一行重新输入（从别处粘贴时常带进这种字符）。',
      });
    }
    const published = e.valid ? e.data['published'] : undefined;
    if (published instanceof Date && published.getTime() - Date.now() > YEAR_MS) {
      problems.push({
        file: e.file,
        ...positionOf(e.source, [...e.base, 'published']),
        field: 'published',
        severity: 'warning',
        code: 'far-future',
        message: `发布日期 ${published.toISOString().slice(0, 10)} 在一年以后：到那天之前这个条目不会出现在网站上`,
        fix: '核对年份（常见笔误如 3026 写成了 2026）。',
      });
    }
  }
  return problems;
};
