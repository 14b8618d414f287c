import { z } from 'astro/zod';
import { HONOUR_LEVELS, RECIPIENT_KINDS, sourcesSchema, text } from './common.ts';

/** An honour title: `content/honours/<slug>.yaml`. */
export const honourSchema = () =>
  z.strictObject({
    /** 荣誉正式名称，例：全国五一劳动奖章 */
    name: text('荣誉名称').describe('荣誉正式名称，例：全国五一劳动奖章'),
    /** 别名（可选），搜索时也能找到，例：[五一劳动奖章, 五一奖章] */
    aliases: z.array(text('别名')).default([]).describe('别名（可选），例：[五一劳动奖章]'),
    /** 级别：全国、北京市、经开区、企业 */
    level: z.enum(HONOUR_LEVELS, { error: `应为以下之一：${HONOUR_LEVELS.join('、')}` }).describe(`级别：${HONOUR_LEVELS.join('、')}`),
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
