import { z } from 'astro/zod';
import { sourcesSchema, text, webUrl } from './common.ts';
import { industryField, type Taxonomy } from './taxonomy.ts';

/** An enterprise, institution or union: `content/organizations/<slug>.yaml`. Its industry is one of the site's. */
export const organizationSchema = ({ taxonomy }: { taxonomy?: Taxonomy | undefined } = {}) =>
  z.strictObject({
    /** 单位全称，例：北京京仪自动化装备技术股份有限公司 */
    name: text('单位全称').describe('单位全称，例：北京京仪自动化装备技术股份有限公司'),
    /** 简称（可选），例：京仪装备 */
    shortName: z.string().trim().min(1).optional().describe('简称（可选），例：京仪装备'),
    /** 别名，搜索时也能找到（可选），例：[京仪] */
    aliases: z.array(text('别名')).default([]).describe('别名，搜索时也能找到（可选），例：[京仪]'),
    /** 行业：content/industries.yaml 里的一个 slug，例：zhizao */
    industry: industryField(taxonomy),
    /** 一句话介绍（可选），例：集成电路专用设备企业 */
    summary: z.string().trim().min(1).optional().describe('一句话介绍（可选）'),
    /** 网址（可选），例：https://www.example.com/ */
    website: webUrl().optional().describe('网址（可选），例：https://www.example.com/'),
    /** 允许公开的个人信息字段（可选，慎用），例：[website] */
    allowPersonalData: z.array(text('字段名')).default([]).describe('允许公开的个人信息字段（可选，慎用），例：[summary]'),
    /** 出处（可选），例：- title: … */
    sources: sourcesSchema.optional().describe('出处（可选）'),
  });
export type Organization = z.infer<ReturnType<typeof organizationSchema>>;
