/**
 * Sorting search results by name or by year, in the visitor's browser, from each result's own data.
 *
 * Pagefind can sort by itself, but every sort key puts the order of every page of the site into the metadata file
 * that each search downloads first: two keys were half of it (62 of 120 KB at 10 000 entries, about 300 KB at
 * 50 000, docs/performance.md). Here a sort reads the data of the most relevant results instead (one small file
 * each, only when the visitor asks for a sort) and orders those; a search with more results than that says so, and
 * the filters narrow it down.
 */

/** How many of the most relevant results a sort reads and orders. */
export const SORT_LIMIT = 100;

export type SortBy = 'year' | 'name';

/** The sort a URL parameter or the sort menu asks for; anything else (or nothing) is relevance, ''. */
export const asSort = (value: string | null | undefined): SortBy | '' => (value === 'year' || value === 'name' ? value : '');

/** What a sort reads from a result: its `sortName` (the name in pinyin syllables), `year` (the latest) and `title`. */
export interface Sortable {
  meta: Record<string, string | undefined>;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const nameKey = (r: Sortable) => r.meta['sortName'] ?? r.meta['title'] ?? '';
const yearOf = (r: Sortable) => Number(r.meta['year'] ?? 0) || 0;

/**
 * The results in the order asked for: by name A–Z (pinyin, then the characters), or newest year first with the
 * same year by name and entries without a year last. A new array; equal entries keep their relevance order.
 */
export function sortResults<T extends Sortable>(results: readonly T[], by: SortBy): T[] {
  const byName = (a: T, b: T) => byText(nameKey(a), nameKey(b)) || byText(a.meta['title'] ?? '', b.meta['title'] ?? '');
  return [...results].sort(by === 'name' ? byName : (a, b) => yearOf(b) - yearOf(a) || byName(a, b));
}
