/**
 * Checks a whole content tree with the very schemas the build uses and reports every problem at once.
 * Used by the build guard (`src/integrations/content-guard.ts`), by `npm run check` and by tests.
 * The steps: walk the content folder (walk.ts), read and validate every entry (load.ts), run every check (checks.ts).
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { contentRoot } from '../settings.ts';
import { CHECKS } from './checks.ts';
import { loadEntries } from './load.ts';
import { readTaxonomy } from './taxonomy.ts';
import { readSiteSettings } from './site.ts';
import { toPosix, walkContent } from './walk.ts';
import type { CheckContext, CheckOptions, CheckResult, Problem } from './types.ts';

export type { CheckedEntry, CheckOptions, CheckResult, ImageValue, RefValue } from './types.ts';

export async function checkContent(options: CheckOptions = {}): Promise<CheckResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const contentDir = resolve(cwd, options.contentDir ?? contentRoot());
  const rel = (abs: string) => toPosix(relative(cwd, abs));

  if (!existsSync(contentDir)) {
    return {
      problems: [{ file: rel(contentDir), severity: 'error', code: 'no-content', message: '找不到内容文件夹', fix: '确认在项目根目录运行，或设置 HONOR_ROLL_CONTENT。' }],
      entries: [],
    };
  }

  const files = walkContent(contentDir);
  const taxonomyProblems: Problem[] = [];
  const taxonomy = readTaxonomy(contentDir, cwd, taxonomyProblems);
  const { entries, problems: readProblems, unreadable } = loadEntries(files.filter((f) => !f.hidden && !f.link), rel, taxonomy.taxonomy);
  const { site, problems: siteProblems } = readSiteSettings(contentDir, rel);
  const context: CheckContext = { cwd, contentDir, rel, files, unreadable, taxonomy, skipImagePixels: options.skipImagePixels ?? false, site };
  const problems: Problem[] = [...siteProblems, ...taxonomyProblems, ...readProblems];
  for (const check of CHECKS) problems.push(...(await check(entries, context)));

  const only = options.only?.map((f) => rel(resolve(cwd, f)));
  const kept = only ? problems.filter((p) => only.includes(p.file)) : problems;
  return { problems: kept, entries };
}
