import { z } from 'astro/zod';
import { RECIPIENT_KINDS, sourcesSchema, text } from './common.ts';
import { levelField, type Taxonomy } from './taxonomy.ts';

/** An honour title: `content/honours/<slug>.yaml`. Its level is one of the site's levels (`content/levels.yaml`). */
export const honourSchema = ({ taxonomy }: { taxonomy?: Taxonomy | undefined } = {}) =>
  z.strictObject({
    /** 荣誉正式名称，例：全国五一劳动奖章 */
    name: text('荣誉名称').describe('荣誉正式名称，例：全国五一劳动奖章'),
    /** 别名（可选），搜索时也能找到，例：[五一劳动奖章, 五一奖章] */
    aliases: z.array(text('别名')).default([]).describe('别名（可选），例：[五一劳动奖章]'),
    /** 级别：content/levels.yaml 里的一个名称，例：全国 */
    level: levelField(taxonomy),
    /** 授予机构，例：中华全国总工会 */
    conferrer: text('授予机构').describe('授予机构，例：中华全国总工会'),
    /** 授予对象：个人 或 集体 */
    recipient: z.enum(RECIPIENT_KINDS, { error: '应为“个人”或“集体”' }).describe('授予对象：个人 或 集体'),
    /** 排序号，越小越靠前，例：10 */
    order: z.number({ error: '应为数字，如 10' }).int({ error: '应为整数，如 10' }).describe('排序号，越小越靠前，例：10'),
    /** 简介（可选），例：中华全国总工会授予在社会主义建设中作出突出贡献的职工 */
    description: z.string().trim().min(1).optional().describe('简介（可选）'),
    /** 出处（可选） */
    sources: sourcesSchema.optional().describe('出处（可选）'),
  });
export type Honour = z.infer<ReturnType<typeof honourSchema>>;
