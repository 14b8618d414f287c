/**
 * Reads `content/site.yaml` with the shared schema: the checker reports its problems like any other file's, and the
 * build (siteSettings() in src/settings.ts) stops with the same Chinese message instead of a stack trace.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteSchema, type Site } from '../schemas/site.ts';
import { issueToProblems } from './load.ts';
import { readSourceFile } from './read-source.ts';
import type { Problem } from './types.ts';

export const SITE_FILE = 'site.yaml';

export function readSiteSettings(contentDir: string, rel: (abs: string) => string): { site?: Site; problems: Problem[] } {
  const abs = join(contentDir, SITE_FILE);
  const file = rel(abs);
  const problems: Problem[] = [];
  if (!existsSync(abs)) {
    return { problems: [{ file, severity: 'error', code: 'no-site-settings', message: '缺少网站设置文件 site.yaml', fix: '从示例项目复制 content/site.yaml，改成本工会的名称和网址。' }] };
  }
  const read = readSourceFile(abs, file, 'yaml', problems);
  if (!read) return { problems };
  const { source, value } = read;
  const result = siteSchema().safeParse(value ?? {});
  if (result.success) return { site: result.data, problems };
  problems.push(...result.error.issues.flatMap((issue) => issueToProblems(issue, { file, source, value, base: [] }, Object.keys(siteSchema().shape))));
  return { problems };
}
