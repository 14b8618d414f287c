/** Pinyin for slugs, sorting and search aliases, with surname readings (单 shàn, 曾 zēng, 解 xiè …). */
import { createRequire } from 'node:module';
import { addDict, pinyin } from 'pinyin-pro';

/**
 * Words the modern dictionary does not hold but union names are made of. Place names of provinces and
 * provincial capitals only (no region of any particular site).
 */
const UNION_WORDS: Record<string, string> = {
  全国: 'quán guó',
  总工会: 'zǒng gōng huì',
  工作室: 'gōng zuò shì',
  先锋号: 'xiān fēng hào',
  开发区: 'kāi fā qū',
  劳模: 'láo mó',
  工匠: 'gōng jiàng',
  北京: 'běi jīng',
  天津: 'tiān jīn',
  上海: 'shàng hǎi',
  重庆: 'chóng qìng',
  河北: 'hé běi',
  山西: 'shān xī',
  辽宁: 'liáo níng',
  吉林: 'jí lín',
  黑龙江: 'hēi lóng jiāng',
  江苏: 'jiāng sū',
  浙江: 'zhè jiāng',
  安徽: 'ān huī',
  福建: 'fú jiàn',
  江西: 'jiāng xī',
  山东: 'shān dōng',
  河南: 'hé nán',
  湖北: 'hú běi',
  湖南: 'hú nán',
  广东: 'guǎng dōng',
  海南: 'hǎi nán',
  四川: 'sì chuān',
  贵州: 'guì zhōu',
  云南: 'yún nán',
  陕西: 'shǎn xī',
  甘肃: 'gān sù',
  青海: 'qīng hǎi',
  台湾: 'tái wān',
  内蒙古: 'nèi méng gǔ',
  广西: 'guǎng xī',
  西藏: 'xī zàng',
  宁夏: 'níng xià',
  新疆: 'xīn jiāng',
  香港: 'xiāng gǎng',
  澳门: 'ào mén',
  青岛: 'qīng dǎo',
  广州: 'guǎng zhōu',
  深圳: 'shēn zhèn',
};

let dictionaryLoaded = false;
/**
 * pinyin-pro's dictionaries are global to the process: once added they change every later reading and every word
 * cut. So every function here loads them first: no answer depends on what the process happened to ask before (a
 * build, an import of a long list, a test run). The modern dictionary (~2 MB) is read on the first call.
 */
export function loadDictionary(): void {
  if (dictionaryLoaded) return;
  const require = createRequire(import.meta.url);
  addDict(require('@pinyin-pro/data/modern') as Record<string, string>, 'modern');
  addDict(UNION_WORDS, 'union-words');
  dictionaryLoaded = true;
}

/** Two-character surnames (复姓): the surname of 欧阳修 is 欧阳, of 司马光 司马. */
const COMPOUND_SURNAMES = new Set(
  ('欧阳 太史 端木 上官 司马 东方 独孤 南宫 万俟 闻人 夏侯 诸葛 尉迟 公羊 赫连 澹台 皇甫 宗政 濮阳 公冶 太叔 申屠 公孙 慕容 仲孙 ' +
    '钟离 长孙 宇文 司徒 鲜于 司空 闾丘 子车 亓官 司寇 巫马 公西 颛孙 壤驷 公良 漆雕 乐正 宰父 谷梁 拓跋 夹谷 轩辕 令狐 段干 ' +
    '百里 呼延 东郭 南门 羊舌 微生 梁丘 左丘 东门 西门 第五 单于 即墨 达奚 褚师').split(' '),
);

/** Syllables of a Chinese name, reading the first character as a surname: 何茂栋 → ['he', 'mao', 'dong']. */
export function nameSyllables(name: string): string[] {
  loadDictionary();
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
  // One syllable per Han character: the surname is the first one, or the first two for a 复姓. A name in Latin
  // letters keeps its first word apart.
  const taken = /^\p{Script=Han}/u.test(name) && COMPOUND_SURNAMES.has([...name].slice(0, 2).join('')) ? 2 : 1;
  const surname = syl.slice(0, taken).join('');
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
  loadDictionary();
  const syl = opts.surname === false
    ? pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, '')).filter(Boolean)
    : nameSyllables(name);
  if (syl.length < 2 || !/\p{Script=Han}/u.test(name)) return [];
  const [first = '', ...rest] = syl;
  const out = [syl.join(''), syl.join(' '), syl.map((s) => s[0]).join('')];
  if (opts.surname !== false && rest.length) out.push(`${first} ${rest.join('')}`, rest.join(''), `${first}${rest.map((s) => s[0]).join('')}`);
  return [...new Set(out)];
}
