/**
 * The filter names, also the URL parameter names on /search/. A module of its own: the search page's script reads it,
 * and must not pull in the build's pinyin code (and its Node-only dictionary loading) with it.
 */
export const FILTER_KEYS = ['类型', '荣誉', '级别', '年份', '单位', '行业'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
