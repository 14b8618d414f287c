/**
 * Chinese typesetting rules of docs/排版规范.md that read a whole page's text, for the sweep of every page
 * (tests/quality/every-page-is-accessible-on-a-desktop.test.ts) to run on each page while it is open.
 */
import type { Page } from 'playwright-core';

/** Text nodes with Han characters set in italics (or oblique): each as `tag “first 12 characters” style`. */
export function slantedHan(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!/\p{Script=Han}/u.test(n.textContent ?? '') || !n.parentElement) continue;
      const style = getComputedStyle(n.parentElement).fontStyle;
      if (style !== 'normal') out.push(`${n.parentElement.tagName.toLowerCase()} “${n.textContent!.trim().slice(0, 12)}” ${style}`);
    }
    return out;
  });
}

/** Full-width brackets inside full-width brackets in the main text a reader sees: （…（…）…）. */
export async function nestedBrackets(page: Page): Promise<string[]> {
  const text = await page.locator('main').innerText();
  return [...text.matchAll(/（[^（）\n]*（[^（）\n]*）[^（）\n]*）/g)].map((m) => m[0]);
}
