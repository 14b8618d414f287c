/**
 * Where a Chinese headline may break: between words of two or more characters (全国/五一/劳动/奖章), found with the
 * ICU word segmenter built into Node. Single characters stay with their neighbours (十四五, 先锋号, 3人), so
 * with `word-break: keep-all` a headline never breaks inside a word or between a number and its unit.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN2 = /^\p{Script=Han}{2,}$/u;

/** The headline in pieces; a line may break only between two pieces (the caller puts a <wbr> there). */
export function phrasePieces(text: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let last = '';
  for (const { segment } of segmenter.segment(text)) {
    if (current && HAN2.test(last) && HAN2.test(segment)) {
      pieces.push(current);
      current = '';
    }
    current += segment;
    last = segment;
  }
  if (current) pieces.push(current);
  return pieces;
}
