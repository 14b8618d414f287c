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
