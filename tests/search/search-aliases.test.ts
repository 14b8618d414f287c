/** Alias spellings computed at build time: pinyin with surname readings, initials, given name, short names, full-width Latin. */
import { describe, expect, it } from 'vitest';
import { givenName, nameTerms, searchMeta, toFullWidth } from '../../src/lib/search-meta.ts';
import { pinyinVariants } from '../../src/lib/pinyin.ts';

describe('search aliases', () => {
  it('a person is found by full pinyin, spaced pinyin, initials and given name', () => {
    const terms = nameTerms('何茂栋', true);
    for (const t of ['hemaodong', 'he maodong', 'hmd', '茂栋', 'maodong']) expect(terms).toContain(t);
  });
  it('surnames take their surname readings (单 shan, 曾 zeng, 解 xie)', () => {
    expect(pinyinVariants('单雄信')[0]).toBe('shanxiongxin');
    expect(pinyinVariants('曾测试')[0]?.startsWith('zeng')).toBe(true);
    expect(pinyinVariants('解测试')[0]?.startsWith('xie')).toBe(true);
  });
  it('a compound surname leaves a two-character given name', () => {
    expect(givenName('欧阳测试')).toBe('测试');
    expect(givenName('测试甲一')).toBe('试甲一');
    expect(givenName('SMC')).toBeUndefined();
  });
  it('Latin names get a full-width twin so ＳＭＣ finds SMC', () => {
    expect(toFullWidth('SMC')).toBe('ＳＭＣ');
    expect(nameTerms('SMC')).toContain('ＳＭＣ');
  });
  it('an enterprise short name is searchable with and without 公司', () => {
    const m = searchMeta({ kind: 'person', kindLabel: '人物', name: '测试甲一', personal: true, enterprise: { name: '示例科技有限公司', shortName: '示例科技公司', aliases: ['示例'] } });
    expect(m.terms).toEqual(expect.arrayContaining(['示例科技公司', '示例科技', '示例']));
    expect(m.meta['enterprise']).toBe('示例科技有限公司');
    expect(m.filters['单位']).toEqual(['示例科技有限公司']);
  });
  it('filters and what a sort reads come from honours and years, newest year first', () => {
    const m = searchMeta({
      kind: 'person', kindLabel: '人物', name: '测试甲一', personal: true,
      honours: [{ name: '测试奖章', level: '全国', year: 2020 }, { name: '示例奖状', level: '企业', year: 2023 }], years: [2020, 2023],
    });
    expect(m.filters['荣誉']).toEqual(['测试奖章', '示例奖状']);
    expect(m.filters['级别']).toEqual(['全国', '企业']);
    expect(m.filters['年份']).toEqual(['2023', '2020']);
    expect(m.meta['year']).toBe('2023');
    expect(m.meta['sortName']).toBe('ce shi jia yi');
  });
  it('the visible name itself is not repeated as hidden text', () => {
    expect(searchMeta({ kind: 'person', kindLabel: '人物', name: '测试甲一', personal: true }).terms).not.toContain('测试甲一');
  });
});
