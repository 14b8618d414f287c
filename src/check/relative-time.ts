/**
 * Words like 今年 or 日前 are true the day a report is printed and wrong a year later. The checker warns (never fails)
 * when a summary, note or description uses one, and suggests the absolute date read off the entry's own source date.
 */
import { fieldPath } from './problem.ts';
import { positionOf } from './read-source.ts';
import type { Check, Problem } from './types.ts';

/** The words, and how far back from the source's year each points (undefined: no year can be said). */
const RELATIVE_WORDS: Record<string, number | undefined> = {
  今年: 0,
  去年: 1,
  前年: 2,
  明年: -1,
  本月: undefined,
  上月: undefined,
  近日: undefined,
  日前: undefined,
  近期: undefined,
};
const PATTERN = new RegExp(Object.keys(RELATIVE_WORDS).join('|'), 'g');

/** The fields a reader sees as running text outside the body. */
const CHECKED_FIELDS = new Set(['summary', 'note', 'description', 'asOfText']);

function sourceYear(raw: Record<string, unknown>): number | undefined {
  const fromValue = (v: unknown) => {
    const m = /^(\d{4})/.exec(v instanceof Date ? v.toISOString() : String(v ?? ''));
    return m ? Number(m[1]) : undefined;
  };
  const sources = raw['sources'];
  if (Array.isArray(sources)) {
    for (const s of sources) {
      const y = s && typeof s === 'object' ? fromValue((s as Record<string, unknown>)['date']) : undefined;
      if (y) return y;
    }
  }
  return undefined;
}

export const checkRelativeTime: Check = (entries) => {
  const problems: Problem[] = [];
  for (const e of entries) {
    const raw = e.source.doc.toJS() as unknown;
    if (!raw || typeof raw !== 'object') continue;
    const base = [...e.base];
    let root: unknown = raw;
    for (const step of base) root = root && typeof root === 'object' ? (root as Record<PropertyKey, unknown>)[step] : undefined;
    if (!root || typeof root !== 'object') continue;
    const year = sourceYear(root as Record<string, unknown>);
    const visit = (value: unknown, path: PropertyKey[]) => {
      if (typeof value === 'string') {
        const key = path[path.length - 1];
        if (typeof key !== 'string' || !CHECKED_FIELDS.has(key)) return;
        // Words inside quotation marks are the source's own words, kept verbatim: “今年4月”公示.
        const own = value.replace(/“[^”]*”|「[^」]*」|"[^"]*"/g, '');
        for (const word of new Set(own.match(PATTERN) ?? [])) {
          const back = RELATIVE_WORDS[word];
          const hint = year !== undefined && back !== undefined ? `按出处日期，“${word}”是 ${year - back}年，可写成“${year - back}年”` : '写成具体的年月日，如“2022年4月”';
          problems.push({
            file: e.file,
            ...positionOf(e.source, [...base, ...path]),
            field: fieldPath(path),
            severity: 'warning',
            code: 'relative-time',
            message: `“${word}”是相对时间：读者看到时已经不是那个时候了`,
            fix: `${hint}。引用原文的话保持原样，可在 note 里注明日期。`,
          });
        }
        return;
      }
      if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
      else if (value && typeof value === 'object' && !(value instanceof Date)) for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
    };
    visit(root, []);
  }
  return problems;
};
