/**
 * Reads the site's levels and industries (`content/levels.yaml`, `content/industries.yaml`), falling back to the
 * starter lists in `starter/` when a file is missing. The checker reports a broken file with positions; here a broken
 * file throws a Chinese message naming it (the build's content guard has already listed the details).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { contentRoot, envSettings } from '../settings.ts';
import { industriesSchema, levelsSchema, TAXONOMY_FILES, type Industry, type Level, type Taxonomy } from '../schemas/taxonomy.ts';

/** The starter lists a new site begins with (GB/T 4754-2017 门类 as industries). */
export const STARTER_DIR = 'starter';

/** Where a taxonomy list comes from: the site's own file, or the starter file when the site has none. */
export function taxonomyFile(which: keyof typeof TAXONOMY_FILES, contentDir: string = contentRoot()): { path: string; starter: boolean } {
  const own = resolve(contentDir, TAXONOMY_FILES[which]);
  if (existsSync(own)) return { path: own, starter: false };
  // The project's own starter/ (HONOR_ROLL_ROOT, set by astro.config.mjs: the build may run in another folder), else
  // the working folder's (npm scripts run in the project).
  return { path: resolve(envSettings().root ?? '.', STARTER_DIR, TAXONOMY_FILES[which]), starter: true };
}

const cache = new Map<string, Taxonomy>();

export function loadTaxonomy(contentDir: string = contentRoot()): Taxonomy {
  const key = resolve(contentDir);
  let t = cache.get(key);
  if (!t) {
    t = { levels: readList('levels', contentDir, levelsSchema()), industries: readList('industries', contentDir, industriesSchema()) };
    cache.set(key, t);
  }
  return t;
}

function readList<T>(which: keyof typeof TAXONOMY_FILES, contentDir: string, schema: { safeParse: (v: unknown) => { success: boolean; data?: T } }): T {
  const { path } = taxonomyFile(which, contentDir);
  const result = schema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) throw new Error(`${path} 有错误，运行 npm run check 查看详情。`);
  return result.data as T;
}

/** Rank of a level, 0 = highest; unknown levels go last. */
export function levelRank(taxonomy: Taxonomy, level: string): number {
  const i = taxonomy.levels.findIndex((l) => l.name === level);
  return i < 0 ? taxonomy.levels.length : i;
}

/** Levels grouped into their tiers, in order: adjacent levels with the same tier form one group. */
export function levelTiers(taxonomy: Taxonomy): { tier: string; levels: Level[] }[] {
  const groups: { tier: string; levels: Level[] }[] = [];
  for (const level of taxonomy.levels) {
    const tier = level.tier ?? level.name;
    const last = groups[groups.length - 1];
    if (last && last.tier === tier) last.levels.push(level);
    else groups.push({ tier, levels: [level] });
  }
  return groups;
}

export function industryOf(taxonomy: Taxonomy, slug: string): Industry | undefined {
  return taxonomy.industries.find((i) => i.slug === slug);
}

/** The display name of an industry slug (the slug itself when the list does not know it). */
export function industryName(taxonomy: Taxonomy, slug: string): string {
  return industryOf(taxonomy, slug)?.name ?? slug;
}
