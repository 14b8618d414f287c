/** A figure with its qualifier, a name's initials and an honour line are each written by one function. */
import { describe, expect, it } from 'vitest';
import { figureParts, formatFigure } from '../../src/lib/format-figure.ts';
import { initials } from '../../src/lib/initials.ts';
import { honourLine } from '../../src/lib/honour-line.ts';

describe('formatFigure', () => {
  it('puts 余 between the number and the unit', () => {
    expect(formatFigure({ value: 800, unit: '名', qualifier: '余' })).toBe('800余名');
  });
  it('puts 近, 约 and 累计 before the number', () => {
    expect(formatFigure({ value: 6, unit: '名', qualifier: '累计' })).toBe('累计6名');
    expect(formatFigure({ value: 1.4, unit: '万名', qualifier: '近' })).toBe('近1.4万名');
    expect(formatFigure({ value: 30, unit: '个', qualifier: '约' })).toBe('约30个');
  });
  it('puts 以上 after the unit', () => {
    expect(formatFigure({ value: 100, unit: '家', qualifier: '以上' })).toBe('100家以上');
  });
  it('writes the number with zh-CN digits', () => {
    expect(formatFigure({ value: 9013, unit: '件' })).toBe('9,013件');
    expect(formatFigure({ value: 632.3, unit: '亿元' })).toBe('632.3亿元');
  });
  it('gives the same text in parts for markup that draws the number big', () => {
    const p = figureParts({ value: 800, unit: '名', qualifier: '余' });
    expect(p).toEqual({ before: '', number: '800', afterNumber: '余', unit: '名', afterUnit: '' });
  });
});

describe('initials', () => {
  it('are the last two characters of a name, without a bracketed note', () => {
    expect(initials('何茂栋')).toBe('茂栋');
    expect(initials('王伟')).toBe('王伟');
    expect(initials('首都劳动奖章（集体）')).toBe('奖章');
  });
});

describe('honourLine', () => {
  it('writes the year with 年 and a space before the honour', () => {
    expect(honourLine(2022, '全国五一劳动奖章')).toBe('2022年 全国五一劳动奖章');
  });
  it('is the honour alone when the year is not known', () => {
    expect(honourLine(undefined, '全国五一劳动奖章')).toBe('全国五一劳动奖章');
  });
});
