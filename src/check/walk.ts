/** The checker's two walkers: one over the files of the content folder, one over the values of an entry. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from './types.ts';

export const toPosix = (p: string) => p.split(sep).join('/');

/** Every regular file under `dir`, sorted, as absolute and content-relative paths. */
export function walkContent(dir: string): ContentFile[] {
  const out: ContentFile[] = [];
  const visit = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) visit(abs);
      else out.push({ abs, path: toPosix(relative(dir, abs)) });
    }
  };
  if (existsSync(dir)) visit(dir);
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
