import { z } from 'astro/zod';
import { type SchemaHelpers, imageWithAlt, partialDate, publishingFields, sourcesSchema, text } from './common.ts';

/** A story or news item: `content/stories/<slug>.md` (or `.mdx`). */
export const storySchema = <I extends z.ZodType, R extends z.ZodType>({ image, reference }: SchemaHelpers<I, R>) =>
  z.strictObject({
    /** 标题，例：施耐德公司工会一年译成集体合同 */
    title: text('标题').describe('标题，例：施耐德公司工会一年译成集体合同'),
    /** 事件时间（可选，可只写年份或年月），例：2022 */
    eventDate: partialDate.optional().describe('事件时间（可选，可只写年份或年月），例：2022'),
    /** 一句话摘要，10～140 字 */
    summary: text('摘要')
      .pipe(z.string().min(10, { error: '太短：摘要至少 10 个字' }).max(140, { error: '太长：摘要最多 140 个字' }))
      .describe('一句话摘要，用于卡片和搜索结果，10～140 字'),
    /** 这篇故事讲到的人物、集体、单位（可选，填文件名） */
    about: z
      .strictObject({
        /** 人物，例：[zhao-yongchun] */
        people: z.array(reference('people')).default([]).describe('人物，例：[zhao-yongchun]'),
        /** 集体，例：[schneider-gonghui] */
        collectives: z.array(reference('collectives')).default([]).describe('集体，例：[schneider-gonghui]'),
        /** 单位，例：[schneider-dianqi] */
        organizations: z.array(reference('organizations')).default([]).describe('单位，例：[schneider-dianqi]'),
      })
      .default({ people: [], collectives: [], organizations: [] })
      .describe('这篇故事讲到的人物、集体、单位（可选，填文件名）'),
    /** 封面图片（可选），必须写图片说明 alt */
    cover: imageWithAlt(image, '封面').optional().describe('封面图片（可选），必须写图片说明 alt'),
    ...publishingFields,
    /** 出处，至少一条 */
    sources: sourcesSchema.describe('出处，至少一条'),
  });
export type Story = z.infer<ReturnType<typeof storySchema<z.ZodString, z.ZodString>>>;
