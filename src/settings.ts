/**
 * Every setting in one place: the site's own (`content/site.yaml`, validated with the shared schema) and the
 * `HONOR_ROLL_*` environment variables that tests, benchmarks and deployments use. No other module reads them.
 *
 * | variable | what it does | default |
 * | --- | --- | --- |
 * | HONOR_ROLL_CONTENT | the content folder (fixtures, benchmarks) | `content` |
 * | HONOR_ROLL_OUT_DIR | where `astro build` writes the site | Astro's `dist` |
 * | HONOR_ROLL_CACHE_DIR | Astro's cache folder, also for drawn share images | `node_modules/.astro` |
 * | HONOR_ROLL_NOW | "now" of the publishing rule (tests, reproducible builds) | the clock |
 * | HONOR_ROLL_PROGRESS_MS | how often long build phases report, ms; 0 = never | 5000 |
 * | HONOR_ROLL_PROGRESS_MEMORY | also print a memory breakdown with each report | off |
 * | HONOR_ROLL_ROOT | the project folder; set by astro.config.mjs for the share-image workers | unset (draw in-thread) |
 * | HONOR_ROLL_CMS_BACKEND / _REPO / _BRANCH / _BASE_URL | the `/admin/` editor's git backend | github, OWNER/honor-roll, main |
 * | HONOR_ROLL_MDX | `safe` forces safe MDX even when site.yaml sets freeMdx (pull-request workflows) | — |
 */
import { relative, resolve, sep } from 'node:path';
import type { Site } from './schemas/site.ts';
import { formatReport } from './check/problem.ts';
import { readSiteSettings } from './check/site.ts';

export type Env = Record<string, string | undefined>;

/** The `HONOR_ROLL_*` variables of `env`, read when asked (tests change them between builds). */
export function envSettings(env: Env = process.env) {
  return {
    contentDir: env['HONOR_ROLL_CONTENT'] ?? 'content',
    outDir: env['HONOR_ROLL_OUT_DIR'],
    cacheDir: env['HONOR_ROLL_CACHE_DIR'],
    now: env['HONOR_ROLL_NOW'],
    progressMs: Number(env['HONOR_ROLL_PROGRESS_MS'] ?? 5000),
    progressMemory: Boolean(env['HONOR_ROLL_PROGRESS_MEMORY']),
    root: env['HONOR_ROLL_ROOT'],
    /** `safe`: free MDX is never compiled, whatever site.yaml says. */
    forceSafeMdx: env['HONOR_ROLL_MDX'] === 'safe',
    cms: {
      backend: env['HONOR_ROLL_CMS_BACKEND'],
      repo: env['HONOR_ROLL_CMS_REPO'],
      branch: env['HONOR_ROLL_CMS_BRANCH'],
      baseUrl: env['HONOR_ROLL_CMS_BASE_URL'],
    },
  };
}

/** Records the project folder for code the build bundles elsewhere (astro.config.mjs calls it). */
export function markProjectRoot(dir: string, env: Env = process.env): void {
  env['HONOR_ROLL_ROOT'] = dir;
}

/** The content folder: `content/` unless HONOR_ROLL_CONTENT points elsewhere. */
export const contentRoot = (env: Env = process.env): string => envSettings(env).contentDir;

/** The site's own words for the UI dictionary's placeholders: `{region}` in 数说{region}. */
export function siteWords(): { region: string } {
  const site = siteSettings();
  return { region: site.region ?? site.unionShort ?? site.union };
}

let cached: Site | undefined;
/** Site settings from `<content>/site.yaml`, read once by the checker's own reader: a bad file stops with its Chinese problems. */
export function siteSettings(): Site {
  if (cached) return cached;
  const { site, problems } = readSiteSettings(resolve(contentRoot()), (abs) => relative(process.cwd(), abs).split(sep).join('/'));
  if (!site) throw new Error(`网站设置有错误，网站没有生成：\n${formatReport(problems)}`);
  cached = site;
  return site;
}
