/**
 * The site's levels and industries, as the checker reads them: each list file is validated with positions, and a
 * level or industry that is not (or no longer) in the list while files still use it is reported once on the list
 * file, naming every file that uses it — so removing a level in use is an error that says what would break.
 */
import { existsSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fieldPath, type Problem } from './problem.ts';
import { positionOf, readSourceFile } from './read-source.ts';
import { industriesSchema, levelsSchema, TAXONOMY_FILES, type Taxonomy } from '../schemas/taxonomy.ts';
import { taxonomyFile } from '../lib/taxonomy.ts';
import type { Check, SourceText } from './types.ts';

export interface TaxonomyRead {
  /** Undefined for a list whose file is broken: then its field accepts any text and only the file is reported. */
  taxonomy: Taxonomy | undefined;
  /** Project-relative paths of the two list files in use (own or starter). */
  files: Record<keyof typeof TAXONOMY_FILES, string>;
}

/** Reads and validates `levels.yaml` and `industries.yaml` of a content folder (or the starter lists). */
export function readTaxonomy(contentDir: string, cwd: string, problems: Problem[]): TaxonomyRead {
  const rel = (abs: string) => relative(cwd, abs).split(sep).join('/');
  const read = <T>(which: keyof typeof TAXONOMY_FILES, schema: { safeParse: (v: unknown) => { success: boolean; data?: T; error?: { issues: { path: PropertyKey[]; message: string }[] } } }) => {
    const { path } = taxonomyFile(which, contentDir);
    const file = rel(path);
    if (!existsSync(path)) {
      problems.push({ file, severity: 'error', code: 'no-taxonomy', message: `找不到${which === 'levels' ? '级别' : '行业'}清单`, fix: `从 starter/${TAXONOMY_FILES[which]} 复制一份到内容文件夹。` });
      return { file, data: undefined };
    }
    const read = readSourceFile(path, file, 'yaml', problems);
    if (!read) return { file, data: undefined };
    const src: SourceText = read.source;
    const result = schema.safeParse(read.value);
    if (result.success) return { file, data: result.data };
    for (const issue of result.error?.issues ?? []) {
      problems.push({ file, ...positionOf(src, issue.path), field: fieldPath(issue.path) || undefined, severity: 'error', code: 'bad-taxonomy', message: issue.message } as Problem);
    }
    return { file, data: undefined };
  };
  const levels = read('levels', levelsSchema());
  const industries = read('industries', industriesSchema());
  const taxonomy = levels.data && industries.data ? { levels: levels.data, industries: industries.data } : undefined;
  return { taxonomy, files: { levels: levels.file, industries: industries.file } };
}

/** One error on the list file for every value in use that the list does not hold, naming the files that use it. */
export const checkTaxonomyInUse: Check = (entries, { taxonomy: read }) => {
  if (!read.taxonomy) return [];
  const problems: Problem[] = [];
  const kinds = [
    { collection: 'honours', field: 'level', file: read.files.levels, what: '级别', known: new Set(read.taxonomy.levels.map((l) => l.name)) },
    { collection: 'organizations', field: 'industry', file: read.files.industries, what: '行业', known: new Set(read.taxonomy.industries.map((i) => i.slug)) },
  ];
  for (const k of kinds) {
    const users = new Map<string, string[]>();
    for (const e of entries) {
      if (e.collection !== k.collection) continue;
      const raw = e.source.doc.toJS() as Record<string, unknown> | null;
      const value = raw?.[k.field];
      if (typeof value !== 'string' || !value.trim() || k.known.has(value)) continue;
      users.set(value, [...(users.get(value) ?? []), e.file]);
    }
    for (const [value, files] of users) {
      problems.push({
        file: k.file,
        severity: 'error',
        code: 'taxonomy-in-use',
        message: `${k.what}“${value}”不在本站的${k.what}清单里，但有 ${files.length} 个文件在用：${files.join('、')}`,
        fix: `把“${value}”加回 ${k.file}，或先把这些文件的 ${k.field} 改成清单里的${k.what}。`,
      });
    }
  }
  return problems;
};


