/**
 * The one slug rule, for every kind of entry (file name = URL):
 *
 * - A person: surname, a hyphen, then the given name joined, with surname readings (何茂栋 → he-maodong,
 *   单雄信 → shan-xiongxin, 欧阳修 → ouyang-xiu).
 * - Anything else (honour, organization, collective, story, talk): word-level pinyin. The name is cut into words
 *   with pinyin-pro's segmenter over the modern Chinese dictionary (@pinyin-pro/data/modern) plus a few words trade
 *   unions use; each word becomes one lowercase pinyin part: 全国劳动模范 → quanguo-laodong-mofan.
 *   - A word of four or more characters is split into two-character parts (劳动模范 → laodong-mofan), never one
 *     character off a word.
 *   - Characters the dictionary leaves on their own are joined with their single-character neighbours
 *     (黄埔 → huangpu).
 *   - Latin letters and digits stay as they are, lower-cased (SMC → smc, 2022 → 2022); punctuation separates words.
 *   - At most six parts; the rest is left off at a word boundary, never inside a word.
 *
 * Used by `npm run new`, the importers and anything else that names a new file. Existing files keep their names.
 * The dictionary (~2 MB) is loaded by src/lib/pinyin.ts on the first reading of any kind, not at import.
 */
import { OutputFormat, segment } from 'pinyin-pro';
import { loadDictionary, nameSlug } from './pinyin.ts';

export { nameSlug };

/** The longest slug, in words. */
export const MAX_SLUG_WORDS = 6;



const FULL_WIDTH = /[\uff01-\uff5e]/g;
const han = /\p{Script=Han}/u;

/** The words of a name as pinyin parts, before the six-word limit: 全国劳动模范 → ['quanguo', 'laodong', 'mofan']. */
export function slugWords(name: string): string[] {
  loadDictionary();
  const text = name.normalize('NFKC').replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const words: string[] = [];
  let singles = '';
  let latin = '';
  const flushSingles = () => {
    if (singles) words.push(singles);
    singles = '';
  };
  const flushLatin = () => {
    if (latin) words.push(latin);
    latin = '';
  };
  // One array per word, one { origin, result } per character.
  for (const word of segment(text, { format: OutputFormat.AllArray, toneType: 'none', segmentit: 2, v: true })) {
    const origin = word.map((c) => c.origin).join('');
    if (han.test(origin)) {
      flushLatin();
      const parts = word.map((c) => c.result.toLowerCase().replace(/[^a-z0-9]/g, ''));
      if (parts.length === 1) {
        singles += parts[0];
        continue;
      }
      flushSingles();
      if (parts.length < 4) words.push(parts.join(''));
      // A long word splits into two-character parts; an odd last character stays with the part before it.
      else {
        for (let i = 0; i < parts.length; ) {
          const take = parts.length - i === 3 ? 3 : 2;
          words.push(parts.slice(i, i + take).join(''));
          i += take;
        }
      }
      continue;
    }
    flushSingles();
    const ascii = origin.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (ascii) latin += ascii;
    else flushLatin();
  }
  flushSingles();
  flushLatin();
  return words.filter(Boolean);
}

/** Slug of a name that is not a person's: word-level pinyin, at most six words, never cut inside a word. */
export function titleSlug(name: string): string {
  return slugWords(name).slice(0, MAX_SLUG_WORDS).join('-') || 'entry';
}

/** The kinds that name files; only people use the surname rule. */
export type SlugKind = 'person' | 'collective' | 'story' | 'organization' | 'honour' | 'talk';

/** The slug of a new entry of this kind. */
export function slugFor(kind: SlugKind, name: string): string {
  return kind === 'person' ? nameSlug(name) : titleSlug(name);
}
