/** Pinyin for slugs, sorting and search aliases, with surname readings (单 shàn, 曾 zēng, 解 xiè …). */
import { OutputFormat, pinyin, segment } from 'pinyin-pro';

/** Syllables of a Chinese name, reading the first character as a surname: 何茂栋 → ['he', 'mao', 'dong']. */
export function nameSyllables(name: string): string[] {
  return pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
}

/**
 * he-maodong: the surname as one word (a compound surname stays whole: 欧阳修 → ouyang-xiu), then the given name joined.
 * Non-Chinese names become plain lowercase words.
 */
export function nameSlug(name: string): string {
  const syl = nameSyllables(name);
  if (syl.length === 0) return 'entry';
  const clean = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const first = /^\p{Script=Han}/u.test(name)
    ? (segment(name, { format: OutputFormat.PinyinArray, toneType: 'none', surname: 'head', v: true })[0] ?? []).map(clean).join('')
    : '';
  const surname = first && syl.join('').startsWith(first) ? first : (syl[0] ?? '');
  let taken = 0;
  for (let used = ''; taken < syl.length && used.length < surname.length; taken++) used += syl[taken];
  const rest = syl.slice(taken);
  return rest.length ? `${surname}-${rest.join('')}` : surname || 'entry';
}

/** A sort key that orders Chinese names by pinyin, then by the characters themselves. */
export function pinyinSortKey(text: string): string {
  return `${nameSyllables(text).join(' ')}\u0000${text}`;
}

export function byPinyin<T>(key: (item: T) => string) {
  const cache = new Map<T, string>();
  const k = (item: T) => {
    let v = cache.get(item);
    if (v === undefined) {
      v = pinyinSortKey(key(item));
      cache.set(item, v);
    }
    return v;
  };
  return (a: T, b: T) => (k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0);
}

/** Search spellings of a Chinese name: 何茂栋 → hemaodong, he maodong, hmd, maodong, hmaodong (given name 茂栋 is added by the caller). */
export function pinyinVariants(name: string, opts: { surname?: boolean } = {}): string[] {
  const syl = opts.surname === false
    ? pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, '')).filter(Boolean)
    : nameSyllables(name);
  if (syl.length < 2 || !/\p{Script=Han}/u.test(name)) return [];
  const [first = '', ...rest] = syl;
  const out = [syl.join(''), syl.join(' '), syl.map((s) => s[0]).join('')];
  if (opts.surname !== false && rest.length) out.push(`${first} ${rest.join('')}`, rest.join(''), `${first}${rest.map((s) => s[0]).join('')}`);
  return [...new Set(out)];
}
