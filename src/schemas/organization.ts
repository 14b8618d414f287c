import { z } from 'astro/zod';
import { sourcesSchema, text } from './common.ts';
import { INDUSTRIES, INDUSTRY_SLUGS } from './industries.ts';

/** An enterprise, institution or union: `content/organizations/<slug>.yaml`. */
export const organizationSchema = () =>
  z.strictObject({
    /** 单位全称，例：北京京仪自动化装备技术股份有限公司 */
    name: text('单位全称').describe('单位全称，例：北京京仪自动化装备技术股份有限公司'),
    /** 简称（可选），例：京仪装备 */
    shortName: z.string().trim().min(1).optional().describe('简称（可选），例：京仪装备'),
    /** 别名，搜索时也能找到（可选），例：[京仪] */
    aliases: z.array(text('别名')).default([]).describe('别名，搜索时也能找到（可选），例：[京仪]'),
    /** 行业，从固定列表中选一个 */
    industry: z
      .enum(INDUSTRY_SLUGS, { error: `应为以下行业之一：${INDUSTRIES.map((i) => `${i.slug}（${i.name}）`).join('、')}` })
      .describe(`行业，从固定列表中选一个：${INDUSTRIES.map((i) => `${i.slug}=${i.name}`).join('，')}`),
    /** 一句话介绍（可选），例：集成电路专用设备企业 */
    summary: z.string().trim().min(1).optional().describe('一句话介绍（可选）'),
    /** 网址（可选），例：https://www.example.com/ */
    website: z.url({ error: '应为以 http:// 或 https:// 开头的网址' }).optional().describe('网址（可选），例：https://www.example.com/'),
    /** 允许公开的个人信息字段（可选，慎用），例：[website] */
    allowPersonalData: z.array(text('字段名')).default([]).describe('允许公开的个人信息字段（可选，慎用），例：[summary]'),
    /** 出处（可选），例：- title: … */
    sources: sourcesSchema.optional().describe('出处（可选）'),
  });
export type Organization = z.infer<ReturnType<typeof organizationSchema>>;
