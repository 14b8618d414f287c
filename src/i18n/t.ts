/** The one zh-CN UI dictionary, read through a typed `t()`: a missing key is a type error, never empty text. */
import dict from './zh-CN.json' with { type: 'json' };

export type UiKey = keyof typeof dict;
export const ui: Readonly<Record<UiKey, string>> = dict;

/** `t('common.count', { n: 3 })` → `共 3 条`. */
export function t(key: UiKey, params?: Record<string, string | number>): string {
  const text = ui[key];
  if (text === undefined) throw new Error(`界面文字缺少键：${key}`);
  return params ? text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`)) : text;
}
