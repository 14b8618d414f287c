/**
 * Detectors for personal data that must never reach the public site (个人信息保护法): mainland ID-card numbers
 * (GB 11643 check digit), mobile numbers. Used by the dist scanner; kept free of Astro so any script can import it.
 */

const ID18 = /(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9A-Za-z])/g;
const ID15 = /(?<![0-9A-Za-z])[1-9]\d{5}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![0-9A-Za-z])/g;
const MOBILE = /(?<![0-9A-Za-z])(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?![0-9A-Za-z])/g;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** GB 11643-1999 check digit of an 18-digit resident ID number. */
export function idCardChecksumOk(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return CHECK[sum % 11] === id[17]!.toUpperCase();
}

export interface PiiHit {
  kind: 'id-card' | 'mobile';
  text: string;
  index: number;
}

export function findPii(text: string): PiiHit[] {
  const hits: PiiHit[] = [];
  for (const m of text.matchAll(ID18)) if (idCardChecksumOk(m[0])) hits.push({ kind: 'id-card', text: m[0], index: m.index });
  for (const m of text.matchAll(ID15)) hits.push({ kind: 'id-card', text: m[0], index: m.index });
  for (const m of text.matchAll(MOBILE)) hits.push({ kind: 'mobile', text: m[0], index: m.index });
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

const BANK_CARD = /(?<![0-9A-Za-z])(?:62|4\d|5[1-5]|3[47])\d{2}(?:[ -]?\d{4}){2,3}(?:[ -]?\d{1,3})?(?![0-9A-Za-z])/g;
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
  for (const m of text.matchAll(BANK_CARD)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= 16 && digits.length <= 19 && luhnOk(digits) && !covered(m.index)) hits.push({ kind: 'bank-card', text: m[0], index: m.index });
  }
  for (const m of text.matchAll(PERSONAL_MAIL)) hits.push({ kind: 'email', text: m[0], index: m.index });
  for (const m of text.matchAll(HOME_ADDRESS)) if (!covered(m.index)) hits.push({ kind: 'address', text: m[0], index: m.index });
  return hits.sort((a, b) => a.index - b.index);
}
