/**
 * Headlines break between words, never inside one: the words (ICU's dictionary, as the build's Node has it) are
 * joined with <wbr> and the headline is set `word-break: keep-all`, so "劳模工匠" never ends a line as "劳模工 / 匠".
 */
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const OPENING = /[（(《“‘「『【〔]$/;

/** The headline as words; a break is allowed before a word, except right after opening punctuation. */
export function phrases(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text)) {
    const prev = out.at(-1);
    if (prev !== undefined && (!s.isWordLike || OPENING.test(prev))) out[out.length - 1] = prev + s.segment;
    else out.push(s.segment);
  }
  return out;
}
