/** Every HTML page of a built site, as URL paths (`/people/he-maodong/`), found by walking the folder. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * `offline/` holds the single-file downloads of the slide shows (own inline script and style, fonts inside): files
 * to save to a USB stick, not pages of the site. tests/talks opens them from file:// as a hall PC would.
 */
export const OFFLINE_FOLDER = 'offline';

export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (d === dir && name === OFFLINE_FOLDER) continue;
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/**
 * One of the site's own pages (`/people/he-maodong/`), with the site header and typeset as a page: not a slide show
 * (the 投影 and talk decks), not a file such as 404.html.
 */
export const sitePage = (path: string) => path.endsWith('/') && !path.startsWith('/project/') && !/^\/talks\/.+/.test(path);

export function pagePaths(dir: string): string[] {
  return htmlFiles(dir)
    .map((f) => `/${relative(dir, f).split(sep).join('/')}`)
    .filter((p) => !p.startsWith('/admin/'))
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p));
}
