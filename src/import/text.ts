/**
 * Text as it appears in published lists: full-width and half-width punctuation, names padded with spaces
 * (王　伟), middle-dot names in several dot characters (阿依古丽·买买提), 〇 and 零 in unit names.
 */
import { nameKey } from '../lib/names.ts';

const DOTS = /[·•・‧∙⋅ᐧ•●]/g;
const SPACES = /[\s\u3000\u00a0\u2002-\u200b]+/g;

const FULL_WIDTH_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/g;

/**
 * One line as the parser reads it: every kind of space becomes one space, full-width letters and digits become
 * half-width (ＳＭＣ → SMC), dots become one middle dot. Chinese punctuation is kept: it is stored as written.
 */
export function normaliseLine(text: string): string {
  return text
    .replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(DOTS, '·')
    .replace(SPACES, ' ')
    .trim();
}

/** A comparison key for names of people, units and honours: the site's name key, and no punctuation, 〇 read as 零. */
export function matchKey(text: string): string {
  return nameKey(normaliseLine(text))
    .replace(/〇/g, '零')
    .replace(/[\s·()（）《》“”"'‘’「」【】\[\]、，,.。:：;；\-—_]/g, '')
    .toLowerCase();
}

/** A personal name: 2–4 Han characters, or parts joined by middle dots (阿依古丽·买买提). */
const PERSON_NAME = /^(?:\p{Script=Han}{2,4}|\p{L}+(?:·\p{L}+)+)$/u;
export const isPersonName = (text: string): boolean => PERSON_NAME.test(text);

/** The name as stored: padding removed (王　伟 → 王伟), dots unified. */
export function cleanName(text: string): string {
  return normaliseLine(text).replace(/ /g, '');
}

const CN_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** The first year in a text: 2022, ２０２２ or 二〇二二; undefined when there is none. */
export function findYear(text: string): number | undefined {
  const t = normaliseLine(text);
  const arabic = /(?<!\d)(19[4-9]\d|20\d\d)(?!\d)/.exec(t);
  if (arabic) return Number(arabic[1]);
  const chinese = /([一二][〇零一二三四五六七八九]{3})年/.exec(t);
  if (chinese) {
    const y = Number([...chinese[1]!].map((c) => CN_DIGITS[c]).join(''));
    if (y >= 1949 && y <= 2100) return y;
  }
  return undefined;
}

/**
 * For finding one name inside a line: 〇 read as 零, full-width brackets as half-width, lower case. Keeps the length,
 * so a position found in the result is the same position in the text.
 */
export const looseText = (text: string): string => text.replace(/〇/g, '零').replace(/（/g, '(').replace(/）/g, ')').toLowerCase();
