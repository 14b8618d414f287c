/** The checker's two walkers: one over the files of the content folder, one over the values of an entry. */
import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from './types.ts';

export const toPosix = (p: string) => p.split(sep).join('/');

/**
 * Every file under `dir`, sorted, as absolute and content-relative paths — hidden ones (marked) and symbolic links
 * (marked, never followed, so a link loop or a link out of the repository cannot lead the walk astray) included.
 */
export function walkContent(dir: string): ContentFile[] {
  const out: ContentFile[] = [];
  const visit = (d: string, hidden: boolean) => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      const isHidden = hidden || name.startsWith('.');
      const stat = lstatSync(abs);
      if (stat.isSymbolicLink()) {
        let target: string | undefined;
        try {
          target = realpathSync(abs);
        } catch {
          target = undefined;
        }
        out.push({ abs, path: toPosix(relative(dir, abs)), hidden: isHidden, link: { target } });
      } else if (stat.isDirectory()) visit(abs, isHidden);
      else out.push({ abs, path: toPosix(relative(dir, abs)), hidden: isHidden });
    }
  };
  if (existsSync(dir)) visit(dir, false);
  return out;
}

/**
 * Calls `visit` for every value inside `value` (depth first, the value itself first) with its path.
 * Returning `false` from `visit` skips that value's children.
 */
export function eachValue(value: unknown, visit: (v: unknown, path: PropertyKey[]) => boolean | void, path: PropertyKey[] = []): void {
  if (visit(value, path) === false) return;
  if (Array.isArray(value)) value.forEach((v, i) => eachValue(v, visit, [...path, i]));
  else if (value && typeof value === 'object' && !(value instanceof Date)) for (const [k, v] of Object.entries(value)) eachValue(v, visit, [...path, k]);
}
