/**
 * Detectors for personal data that must never reach the public site (个人信息保护法): mainland ID-card numbers
 * (GB 11643 check digit), mobile numbers, bank cards, personal mailboxes, flat numbers. One matcher for the privacy guard and `npm run scan:dist`; kept free of Astro so any script can import it.
 */

// Matched on normalised text (see `normalise`): digits are half-width and nothing separates them.
const ID18 = /(?<!\d)[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9])/g;
const ID15 = /(?<!\d)[1-9]\d{5}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?!\d)/g;
/** Mainland mobile numbers by the numbering plan (13x, 145–149, 15x but 154, 162/5/6/7, 170–178, 18x, 19x but 194), with +86 / 0086 / 86. */
const MOBILE = /(?<![\d+])(?:(?:\+|00)?86)?1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9[0-35-9])\d{8}(?!\d)/g;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** GB 11643-1999 check digit of an 18-digit resident ID number. */
export function idCardChecksumOk(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return CHECK[sum % 11] === id[17]!.toUpperCase();
}

/** Characters that hide a number from a plain pattern: zero-width and soft-hyphen characters. */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0]/;
/** What people put between digit groups: spaces of every width, dashes and dots. */
const SEPARATOR = /[\s\u00a0\u3000\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d.\u00b7\u2027\u30fb\uff0e\uff65\u3002]/;

export interface Normalised {
  text: string;
  /** For each character of `text`, its index in the original. */
  from: number[];
}

/**
 * The text as a matcher should see it: full-width letters and digits made half-width, invisible characters removed,
 * and up to three spaces, dashes or dots between two digits (or after +86) removed, so `139 1234 5678`,
 * `１３９１２３４５６７８` and `139\u200b1234\u200b5678` all read `13912345678`.
 */
export function normalise(original: string): Normalised {
  const chars: string[] = [];
  const from: number[] = [];
  const half = (c: string) => {
    const code = c.charCodeAt(0);
    return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : c;
  };
  const isDigitAt = (i: number) => /[0-9\uff10-\uff19]/.test(original[i] ?? '');
  for (let i = 0; i < original.length; i++) {
    const c = original[i]!;
    if (INVISIBLE.test(c)) continue;
    if (SEPARATOR.test(c) && /[0-9]$/.test(chars[chars.length - 1] ?? '')) {
      let j = i;
      while (j < original.length && j - i < 3 && (SEPARATOR.test(original[j]!) || INVISIBLE.test(original[j]!))) j++;
      if (isDigitAt(j)) {
        i = j - 1;
        continue;
      }
    }
    chars.push(half(c));
    from.push(i);
  }
  return { text: chars.join(''), from };
}

export interface PiiHit {
  kind: 'id-card' | 'mobile';
  text: string;
  index: number;
}

/** Maps a match in normalised text back to the original: where it starts and what it looked like there. */
function original(text: string, n: Normalised, index: number, length: number): { text: string; index: number } {
  const start = n.from[index]!;
  const end = n.from[index + length - 1]! + 1;
  return { text: text.slice(start, end), index: start };
}

/** ID-card and mobile numbers, however they are written: the one matcher of the privacy guard and `npm run scan:dist`. */
export function findPii(text: string): PiiHit[] {
  const n = normalise(text);
  const hits: PiiHit[] = [];
  for (const m of n.text.matchAll(ID18)) if (idCardChecksumOk(m[0])) hits.push({ kind: 'id-card', ...original(text, n, m.index, m[0].length) });
  for (const m of n.text.matchAll(ID15)) hits.push({ kind: 'id-card', ...original(text, n, m.index, m[0].length) });
  for (const m of n.text.matchAll(MOBILE)) hits.push({ kind: 'mobile', ...original(text, n, m.index, m[0].length) });
  return hits;
}

/** Luhn check, used by bank cards. */
export function luhnOk(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

const BANK_CARD = /(?<!\d)(?:62|4\d|5[1-5]|3[47])\d{14,17}(?!\d)/g;
/** Personal mailbox providers: an address there belongs to a person, not to a union office. */
const PERSONAL_MAIL = /(?<![\w.+-])[\w.+-]+@(?:qq|foxmail|163|126|yeah|sina|sohu|139|189|aliyun|gmail|hotmail|outlook|live|yahoo|icloud)\.(?:com|cn|net)(?:\.cn)?(?![\w.-])/gi;
/** A home address down to the flat: 3号楼2单元502室, 5栋1201, 6号院3号楼. */
const HOME_ADDRESS = /\d+\s*(?:号楼|栋|幢|座)\s*(?:\d+\s*单元\s*)?\d+\s*(?:室|号|户)?(?![\d年月日])|\d+\s*单元\s*\d+\s*(?:室|号|户)/g;

export interface PersonalDataHit {
  kind: 'id-card' | 'mobile' | 'bank-card' | 'email' | 'address';
  text: string;
  index: number;
}

export const PII_LABELS: Record<PersonalDataHit['kind'], string> = {
  'id-card': '身份证号',
  mobile: '手机号',
  'bank-card': '银行卡号',
  email: '个人邮箱',
  address: '住址（门牌号）',
};

/** Everything the privacy guard looks for in editors' content (broader than what the dist scan needs). */
export function findPersonalData(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = findPii(text).map((h) => ({ ...h }));
  const covered = (i: number) => hits.some((h) => i >= h.index && i < h.index + h.text.length);
  const n = normalise(text);
  for (const m of n.text.matchAll(BANK_CARD)) {
    const at = original(text, n, m.index, m[0].length);
    if (luhnOk(m[0]) && !covered(at.index)) hits.push({ kind: 'bank-card', ...at });
  }
  for (const m of text.matchAll(PERSONAL_MAIL)) hits.push({ kind: 'email', text: m[0], index: m.index });
  for (const m of text.matchAll(HOME_ADDRESS)) if (!covered(m.index)) hits.push({ kind: 'address', text: m[0], index: m.index });
  return hits.sort((a, b) => a.index - b.index);
}
