/** Sorting search results by name or year in the browser, from each result's own data (src/search/sort-results.ts). */
import { describe, expect, it } from 'vitest';
import { asSort, sortResults } from '../../src/search/sort-results.ts';

const r = (title: string, sortName: string, year?: number) => ({ meta: { title, sortName, ...(year ? { year: String(year) } : {}) } });
const titles = (list: { meta: Record<string, string | undefined> }[]) => list.map((x) => x.meta['title']);

describe('sorting search results', () => {
  const found = [r('张子康', 'zhang zi kang', 2020), r('何茂栋', 'he mao dong', 2022), r('示例班组', 'shi li ban zu'), r('赵永纯', 'zhao yong chun', 2022)];

  it('by name puts the pinyin of the names in A–Z order', () => {
    expect(titles(sortResults(found, 'name'))).toEqual(['何茂栋', '示例班组', '张子康', '赵永纯']);
  });

  it('by year puts the newest year first, the same year by name, and entries without a year last', () => {
    expect(titles(sortResults(found, 'year'))).toEqual(['何茂栋', '赵永纯', '张子康', '示例班组']);
  });

  it('leaves the results it was given in their relevance order', () => {
    sortResults(found, 'name');
    expect(titles(found)).toEqual(['张子康', '何茂栋', '示例班组', '赵永纯']);
  });

  it('reads only year or name as a sort from the URL or the menu; anything else is relevance', () => {
    expect([asSort('year'), asSort('name'), asSort(''), asSort(null), asSort('Name'), asSort('date')]).toEqual(['year', 'name', '', '', '', '']);
  });

  it('tells apart two names with the same pinyin by their characters', () => {
    expect(titles(sortResults([r('李明', 'li ming', 2021), r('黎明', 'li ming', 2021)], 'name'))).toEqual(['李明', '黎明'].sort());
  });
});
