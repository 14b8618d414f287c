/**
 * `npm run preview:diff -- <base-dist> <new-dist>`: which pages a change adds, changes and removes, for the last lines
 * of a pull request's build log. Pages are compared by the text a reader sees (markup minus hashed asset names).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function pageHashes(dist: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dist)) return out;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(p);
      } else if (name.endsWith('.html')) {
        const page = `/${relative(dist, p).split(sep).join('/')}`.replace(/index\.html$/, '');
        // Asset file names carry content hashes and the CSP lists script hashes: neither is a change a reader sees.
        const text = readFileSync(p, 'utf8').replace(/\/_astro\/[^"')\s]+/g, '/_astro/*').replace(/<meta http-equiv="content-security-policy"[^>]*>/, '');
        out.set(page, createHash('sha256').update(text).digest('hex'));
      }
    }
  };
  walk(dist);
  return out;
}

export interface PageDiff {
  added: string[];
  changed: string[];
  removed: string[];
}

export function diffPages(base: Map<string, string>, next: Map<string, string>): PageDiff {
  const added = [...next.keys()].filter((k) => !base.has(k)).sort();
  const removed = [...base.keys()].filter((k) => !next.has(k)).sort();
  const changed = [...next.keys()].filter((k) => base.has(k) && base.get(k) !== next.get(k)).sort();
  return { added, changed, removed };
}

export function formatDiff(d: PageDiff): string {
  const list = (title: string, pages: string[]) => (pages.length ? [`${title}（${pages.length}）：`, ...pages.map((p) => `  ${p}`)] : [`${title}：无`]);
  return ['与主分支相比：', ...list('新增页面', d.added), ...list('修改页面', d.changed), ...list('删除页面', d.removed)].join('\n');
}

if (import.meta.main) {
  const [base, next = 'dist'] = process.argv.slice(2);
  if (!base) {
    console.error('用法：npm run preview:diff -- <主分支的 dist> [本次的 dist]');
    process.exit(2);
  }
  console.log(formatDiff(diffPages(pageHashes(base), pageHashes(next))));
}
