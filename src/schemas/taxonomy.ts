/**
 * The site's own taxonomy: honour levels (`content/levels.yaml`, highest first, grouped into tiers on /honours/)
 * and industries (`content/industries.yaml`). A site without these files uses the starter lists in `starter/`:
 * five generic levels and the 20 门类 of GB/T 4754-2017. Honour and organization schemas take the lists, so a
 * `level` or `industry` outside them is an error that names the allowed values.
 */
import { z } from 'astro/zod';
import { text } from './common.ts';

export const levelSchema = z.strictObject({
  /** 级别名称，荣誉文件的 level 写它，例：全国 */
  name: text('级别名称').describe('级别名称，荣誉文件的 level 写它，例：全国'),
  /** “荣誉”页上的分组标题（可选，缺省为级别名本身；相邻级别写同一个 tier 即归为一组），例：省市级 */
  tier: z.string().trim().min(1).optional().describe('“荣誉”页上的分组标题（可选，缺省为级别名本身），例：省市级'),
});
export type Level = z.infer<typeof levelSchema>;

export const levelsSchema = () =>
  z
    .array(levelSchema, { error: '应为列表：每个级别一行，以“- name: ”开头' })
    .min(1, { error: '至少要有一个级别' })
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((l, i) => {
        if (seen.has(l.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `级别“${l.name}”写了两次` });
        seen.add(l.name);
      });
    })
    .describe('荣誉级别，从高到低');

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const industrySchema = z.strictObject({
  /** 行业的网址名，单位文件的 industry 写它，只用小写拼音、数字和减号，例：zhizao */
  slug: z
    .string({ error: '应为小写拼音、数字和减号，如 zhizao' })
    .regex(SLUG, { error: '只能用小写拼音、数字和减号，如 zhizao' })
    .describe('行业的网址名，单位文件的 industry 写它，例：zhizao'),
  /** 行业名称，显示在网页上，例：制造业 */
  name: text('行业名称').describe('行业名称，显示在网页上，例：制造业'),
  /** 国标门类代码（可选），例：C */
  code: z.string().trim().min(1).optional().describe('国标门类代码（可选），例：C'),
});
export type Industry = z.infer<typeof industrySchema>;

export const industriesSchema = () =>
  z
    .array(industrySchema, { error: '应为列表：每个行业以“- slug: ”开头' })
    .min(1, { error: '至少要有一个行业' })
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((x, i) => {
        if (seen.has(x.slug)) ctx.addIssue({ code: 'custom', path: [i, 'slug'], message: `行业“${x.slug}”写了两次` });
        seen.add(x.slug);
      });
    })
    .describe('行业');

export interface Taxonomy {
  levels: readonly Level[];
  industries: readonly Industry[];
}

/** The files, in `content/` (and in `starter/` for a site that has none yet). */
export const TAXONOMY_FILES = { levels: 'levels.yaml', industries: 'industries.yaml' } as const;

/** `level` of an honour: one of the site's levels when they are known, else any text (checked later). */
export function levelField(taxonomy: Taxonomy | undefined) {
  const names = taxonomy?.levels.map((l) => l.name) ?? [];
  const list = names.join('、');
  if (!names.length) return text('级别').describe('级别，写 content/levels.yaml 里的一个名称');
  return z
    .enum(names as [string, ...string[]], { error: `应为本站的级别之一（content/levels.yaml）：${list}` })
    .describe(`级别，本站的级别（content/levels.yaml）：${list}`);
}

/** `industry` of an organization: one of the site's industry slugs when they are known, else any slug. */
export function industryField(taxonomy: Taxonomy | undefined) {
  const list = taxonomy?.industries ?? [];
  if (!list.length) return text('行业').describe('行业，写 content/industries.yaml 里的一个 slug');
  const shown = list.map((i) => `${i.slug}（${i.name}）`).join('、');
  return z
    .enum(list.map((i) => i.slug) as [string, ...string[]], { error: `应为本站的行业之一（content/industries.yaml）：${shown}` })
    .describe(`行业，本站的行业（content/industries.yaml）：${list.map((i) => `${i.slug}=${i.name}`).join('，')}`);
}
