/** MDX bodies stay within safe MDX (src/markdown/mdx-policy.ts) unless the site allows free MDX. */
import { checkMdxBody, freeMdxAllowed } from '../markdown/mdx-policy.ts';
import type { Check, Problem } from './types.ts';

export const checkMdx: Check = (entries, { site }) => {
  if (freeMdxAllowed(site?.freeMdx ?? false)) return [];
  const problems: Problem[] = [];
  for (const e of entries) {
    if (!e.file.endsWith('.mdx') || e.source.body === undefined) continue;
    for (const f of checkMdxBody(e.source.body)) {
      problems.push({ file: e.file, line: (e.source.bodyLine ?? 1) + f.line - 1, column: f.column, field: '正文', severity: 'error', code: 'unsafe-mdx', message: f.message, fix: f.fix });
    }
  }
  return problems;
};
