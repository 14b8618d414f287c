/** What the privacy guard takes for personal data, and what it leaves alone (numbers built here, never real ones). */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../src/lib/pii.ts';

/** GB 11643-1999 check character for the first 17 digits. */
function idCheck(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * weights[i]!, 0);
  return '10X98765432'[sum % 11]!;
}
/** Luhn check digit for a card number without its last digit. */
function luhnCheck(body: string): string {
  let sum = 0;
  [...body].reverse().forEach((c, i) => {
    let n = Number(c);
    if (i % 2 === 0) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
    sum += n;
  });
  return String((10 - (sum % 10)) % 10);
}
const other = (digit: string) => (digit === '1' ? '2' : '1');
const kinds = (text: string) => findPersonalData(text).map((h) => h.kind);

describe('the personal-data patterns', () => {
  const id17 = '11010519900307001';
  const card15 = '622202123456789';

  it('an 18-digit ID number is found only when its GB 11643 check character is right', () => {
    const good = id17 + idCheck(id17);
    expect(kinds(`身份证号${good}。`)).toEqual(['id-card']);
    const bad = id17 + (idCheck(id17) === 'X' ? '1' : other(idCheck(id17)));
    expect(kinds(`编号${bad}。`)).not.toContain('id-card');
  });

  it('a 15-digit old ID number with a real birth date is found', () => {
    expect(kinds('老身份证110105900307001。')).toEqual(['id-card']);
  });

  it('a bank card number is found only when its Luhn digit is right, with or without spaces', () => {
    const good = card15 + luhnCheck(card15);
    expect(kinds(`工资卡${good}。`)).toEqual(['bank-card']);
    expect(kinds(`工资卡 ${good.replace(/(\d{4})(?=\d)/g, '$1 ')}。`)).toEqual(['bank-card']);
    expect(kinds(`订单${card15}${other(luhnCheck(card15))}。`)).toEqual([]);
  });

  it('mainland mobile numbers are found in their usual spellings, not inside longer numbers', () => {
    expect(kinds('电话13912345678')).toEqual(['mobile']);
    expect(kinds('电话 +86 139-1234-5678')).toEqual(['mobile']);
    expect(kinds('编号2139123456780')).toEqual([]);
  });

  it('a personal mailbox is found, an organisation mailbox is not', () => {
    expect(kinds('邮箱 ceshi.jia@163.com')).toEqual(['email']);
    expect(kinds('来信请寄 office@example.org')).toEqual([]);
  });

  it('a flat number is taken for a home address', () => {
    expect(kinds('住在示例小区5栋302室')).toEqual(['address']);
  });

  it('dates, counts and money are left alone', () => {
    expect(kinds('2022年4月28日，覆盖职工87399人，投入近632.3亿元，20220428，第7届')).toEqual([]);
  });

  describe('numbers written to slip past a plain pattern are normalised first', () => {
    const id = id17 + idCheck(id17);
    const fullWidth = (t: string) => t.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    it.each([
      ['digit groups split by spaces', `手机 139 1234 5678`, 'mobile'],
      ['digit groups split by dashes and dots', `手机139-1234.5678`, 'mobile'],
      ['full-width digits', `手机${fullWidth('13912345678')}`, 'mobile'],
      ['invisible characters between digits', `手机139\u200b1234\u2060567\u00ad8`, 'mobile'],
      ['an ideographic space between groups', `手机139\u30001234\u30005678`, 'mobile'],
      ['a letter prefix glued to the number', `Tel13912345678`, 'mobile'],
      ['+86 glued to the number', `+8613912345678`, 'mobile'],
      ['0086 with a dash', `0086-139-1234-5678`, 'mobile'],
      ['an ID number in full-width digits', `证件${fullWidth(id)}`, 'id-card'],
      ['an ID number in groups of 6-8-4', `证件 ${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`, 'id-card'],
      ['an ID number after a letter prefix', `ID${id}`, 'id-card'],
    ])('%s', (_name, text, kind) => expect(kinds(text)).toEqual([kind]));

    it('a number outside the mobile numbering plan is not a mobile number', () => {
      expect(kinds('编号 154 1234 5678 与 12012345678')).toEqual([]);
    });

    it('the hit points at the number as it was written', () => {
      const text = '联系：139 1234 5678。';
      const [hit] = findPersonalData(text);
      expect(hit).toMatchObject({ index: 3, text: '139 1234 5678' });
    });
  });
});
