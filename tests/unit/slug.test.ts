/** The one slug rule (src/lib/slug.ts): word-level pinyin, never cut inside a word; people surname-first. */
import { describe, expect, it } from 'vitest';
import { MAX_SLUG_WORDS, slugFor, titleSlug } from '../../src/lib/slug.ts';

describe('the slug rule', () => {
  it('writes an honour name as word-level pinyin: 全国劳动模范 → quanguo-laodong-mofan', () => {
    expect(titleSlug('全国劳动模范')).toBe('quanguo-laodong-mofan');
    expect(titleSlug('全国五一劳动奖章')).toBe('quanguo-wuyi-laodong-jiangzhang');
  });

  it('never cuts a word: 劳模 stays laomo in a studio name', () => {
    expect(titleSlug('刘加良劳模创新工作室').split('-')).toContain('laomo');
  });

  it('stops at six words, at a word boundary', () => {
    const slug = titleSlug('北京京仪自动化装备技术股份有限公司');
    expect(slug.split('-')).toHaveLength(MAX_SLUG_WORDS);
    expect(slug).toBe('beijing-jingyi-zidonghua-zhuangbei-jishu-gufen');
  });

  it('keeps Latin letters and digits as words, full-width or not', () => {
    expect(titleSlug('ＳＭＣ（中国）有限公司')).toBe('smc-zhongguo-youxian-gongsi');
    expect(titleSlug('2022年全国五一表彰')).toBe('2022-nian-quanguo-wuyi-biaozhang');
  });

  it('names people surname first, a compound surname whole', () => {
    expect(slugFor('person', '欧阳修')).toBe('ouyang-xiu');
    expect(slugFor('person', '何茂栋')).toBe('he-maodong');
    expect(slugFor('honour', '全国劳动模范')).toBe('quanguo-laodong-mofan');
  });

  it("cuts a person's surname off by the name alone, whatever was asked before in the same process", () => {
    // A title slug loads the word dictionary; 高明 and 测试 are words in it, and must still not merge a surname with
    // the given name (the same name got two different slugs depending on what ran first).
    titleSlug('全国劳动模范');
    expect(slugFor('person', '高明亮')).toBe('gao-mingliang');
    expect(slugFor('person', '测试甲')).toBe('ce-shijia');
    expect(slugFor('person', '司马光')).toBe('sima-guang');
    expect(slugFor('person', '单雄信')).toBe('shan-xiongxin');
  });
});
