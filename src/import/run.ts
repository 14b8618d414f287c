/**
 * One import, start to finish: read the file, read the site, parse, plan, and (with `write`) write the drafts.
 * `scripts/import.ts` is the command line around it; tests call it directly.
 */
import { basename } from 'node:path';
import { honourAwardSchema, plainHelpers, sourceSchema, type Source } from '../schemas/common.ts';
import { parseList } from './parse.ts';
import { type Plan, planImport } from './plan.ts';
import { readList } from './read.ts';
import { formatPlan, formatWrite } from './report.ts';
import { loadSite } from './site.ts';
import { loadTaxonomy } from '../lib/taxonomy.ts';
import { type WriteResult, writePlan } from './write.ts';

export interface ImportOptions {
  cwd?: string;
  contentDir?: string;
  write?: boolean;
  /** The list's source: --title --publisher --date --url. The title defaults to the list's first heading. */
  source?: Partial<Source>;
  honour?: string;
  year?: number;
  today: string;
  /** The scaffold's organization file, for the site's content folder. */
  organizationTemplate: (name: string, today: string, contentDir: string) => string;
}

export interface ImportResult {
  lines: string[];
  plan: Plan;
  written?: WriteResult;
  /** A problem that stopped the import before anything was written. */
  error?: string;
}

/** Whether this site's award schema accepts an award without a year. */
const yearOptional = () => honourAwardSchema(plainHelpers.reference).safeParse({ honour: 'x' }).success;

const FLAG: Record<string, string> = { title: '--title', publisher: '--publisher', date: '--date', url: '--url' };

export async function importList(file: string, opts: ImportOptions): Promise<ImportResult> {
  const started = performance.now();
  const list = await readList(file);
  const site = await loadSite({ ...(opts.cwd ? { cwd: opts.cwd } : {}), ...(opts.contentDir ? { contentDir: opts.contentDir } : {}) });
  const lines = [`读取 ${basename(file)}（${list.format}）`];
  if (site.errors.length) lines.push(`注意：网站内容现在有 ${site.errors.length} 个错误（npm run check 可看），导入照常进行。`);
  if (opts.honour && !site.honours.some((h) => h.id === opts.honour)) {
    const error = `找不到荣誉“${opts.honour}”：--honour 要写 content/honours/ 里的文件名，如 ${site.honours[0]?.id ?? 'quanguo-laodong-mofan'}`;
    return { lines: [...lines, error], plan: { steps: [], organizations: [], holders: [] }, error };
  }
  const items = parseList(list.blocks, site, { ...(opts.honour ? { honour: opts.honour } : {}), ...(opts.year ? { year: opts.year } : {}) });
  const plan = planImport(items, site, { yearOptional: yearOptional() });
  lines.push(...formatPlan(plan, Boolean(opts.write)));
  let written: WriteResult | undefined;
  if (opts.write) {
    const title = opts.source?.title ?? items.find((i) => i.kind === 'heading')?.text;
    const source = sourceSchema.safeParse({ ...opts.source, ...(title ? { title } : {}) });
    if (!source.success) {
      const order = ['title', 'publisher', 'date'];
      const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
      const missing = [...source.error.issues].sort((a, b) => rank(String(a.path[0])) - rank(String(b.path[0]))).map((i) => `${FLAG[String(i.path[0])] ?? String(i.path[0])}（${i.message}）`).join('、');
      const error = `没有写入：--write 要写明名单的出处：${missing}。例：--publisher 中华全国总工会 --date 2022-04-28`;
      return { lines: [...lines, error], plan, error };
    }
    const otherIndustry = loadTaxonomy(site.contentDir).industries.find((i) => i.name === '其他')?.slug;
    written = writePlan(plan, {
      cwd: site.cwd,
      source: source.data,
      today: opts.today,
      organizationTemplate: (name, today) => opts.organizationTemplate(name, today, site.contentDir),
      otherIndustry,
    });
    lines.push(...formatWrite(written));
  } else {
    lines.push('这是试运行，没有改动任何文件。确认无误后加 --write 写入（要写明出处：--title --publisher --date，可加 --url）。');
  }
  lines.push(`（用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
  return { lines, plan, ...(written ? { written } : {}) };
}
