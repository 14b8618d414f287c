/**
 * Pictures in a Markdown/MDX body: only local files inside the content folder, no SVG, nothing from the web (the site
 * works offline, and the CSP would block it anyway). A missing picture is a problem here, not a crash in the build.
 */
import { localImageProblem } from './images.ts';
import { bodyPositionOf } from './read-source.ts';
import type { Check, Problem } from './types.ts';

/** `![alt](src "title")` and `<img src="…">` (in Markdown's raw HTML and in MDX). */
const PATTERNS = [/!\[(?:[^\]\\]|\\.)*\]\(\s*(?:<([^>\n]*)>|([^)\s]+))/g, /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi];

export function bodyImages(body: string): { src: string; index: number }[] {
  const out: { src: string; index: number }[] = [];
  for (const re of PATTERNS) for (const m of body.matchAll(re)) {
    const src = m.slice(1).find((g) => g !== undefined);
    if (src !== undefined) out.push({ src, index: m.index });
  }
  return out;
}

export const checkBodyImages: Check = (entries, context) => {
  const problems: Problem[] = [];
  for (const e of entries) {
    const body = e.source.body;
    if (!body) continue;
    for (const { src, index } of bodyImages(body)) {
      const wrong = localImageProblem(src.trim(), e.file, context);
      if (!wrong) continue;
      problems.push({
        file: e.file,
        ...bodyPositionOf(e.source, index),
        field: '正文',
        severity: 'error',
        ...wrong,
      });
    }
  }
  return problems;
};
