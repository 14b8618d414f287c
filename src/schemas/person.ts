import { z } from 'astro/zod';
import {
  type SchemaHelpers,
  consentRecordSchema,
  honourAwardSchema,
  imageWithAlt,
  lifeYear,
  positionSchema,
  publishingFields,
  sourcesSchema,
  summaryField,
  completeWhenPublished,
  text,
} from './common.ts';

/** A role model: `content/people/<pinyin-slug>.md` (or `.mdx`); the body tells the deeds. */
export const personSchema = <I extends z.ZodType, R extends z.ZodType>({ image, reference }: SchemaHelpers<I, R>) =>
  z.strictObject({
    /** 姓名，例：何茂栋 */
    name: text('姓名').describe('姓名，例：何茂栋'),
    /** 别名或曾用名（可选），搜索时也能找到，例：[] */
    aliases: z.array(text('别名')).default([]).describe('别名或曾用名（可选）'),
    /** 所在单位（填 content/organizations/ 中的文件名），例：beijing-jingyi */
    organization: reference('organizations').describe('所在单位（填 content/organizations/ 中的文件名），例：beijing-jingyi'),
    /** 职务（可选），例：工会主席 */
    position: z.string().trim().min(1).optional().describe('职务（可选），例：工会主席'),
    /** 此前和兼任的职务（可选），每项写单位（organization 文件名或 unit 名称）、title、from、to；不写 to 表示现在兼任 */
    positions: z.array(positionSchema(reference)).default([]).describe('此前和兼任的职务（可选），每项写 organization 或 unit、title、from、to；不写 to 表示现在兼任'),
    /** 出生年份（可选，出处写了才写），例：1950 */
    born: lifeYear.optional().describe('出生年份（可选，出处写了才写），例：1950'),
    /** 去世年份（可选；写了就表示已故），例：2020 */
    died: lifeYear.optional().describe('去世年份（可选；写了就表示已故），例：2020'),
    /** 工种或专业（可选），例：工程师 */
    trade: z.string().trim().min(1).optional().describe('工种或专业（可选），例：工程师'),
    /** 获得的荣誉（可选），例：- honour: quanguo-wuyi-laodong-jiangzhang，year: 2022 */
    honours: z.array(honourAwardSchema(reference)).default([]).describe('获得的荣誉（可选），每项写 honour 和 year'),
    /** 一句话简介，用于卡片和搜索结果，10～120 字，例：打破国外厂家的技术垄断，解决集成电路专用温控设备“卡脖子”问题。 */
    summary: summaryField,
    /** 肖像照片（可选），必须写图片说明 alt，例：{ src: ./he-maodong.jpg, alt: 何茂栋在实验室 } */
    portrait: imageWithAlt(image, '肖像').optional().describe('肖像照片（可选），必须写图片说明 alt'),
    /** 已故（可选）：知道去世年份时写 died 即可；不知道年份时写 true。已故人物不要求本人同意记录，例：false */
    deceased: z.boolean({ error: '应为 true 或 false' }).optional().describe('已故（可选）：知道去世年份写 died 即可，不知道年份时写 true'),
    /** 同意记录：在世人物的事迹（biography）必须有；有肖像时 portrait 也必须有（本人或家属同意） */
    consent: z
      .strictObject({
        /** 事迹公开的同意记录，例：{ basis: 公开报道, by: 依据已公开报道, date: 2026-11-28 } */
        biography: consentRecordSchema.optional().describe('事迹公开的同意记录'),
        /** 肖像使用的同意记录，例：{ basis: 本人书面同意, by: 本人, date: 2026-11-28 } */
        portrait: consentRecordSchema.optional().describe('肖像使用的同意记录'),
      })
      .optional()
      .describe('同意记录（个人信息保护法）'),
    ...publishingFields,
    /** 出处，至少一条，例：- title: …，publisher: 本报，date: 2022 */
    sources: sourcesSchema.describe('出处，至少一条'),
  })
    .superRefine(...completeWhenPublished)
    .superRefine((p, ctx) => {
      if (p.died !== undefined && p.deceased === false) ctx.addIssue({ code: 'custom', path: ['deceased'], message: `写了去世年份 died: ${p.died}，deceased 就不能是 false` });
      if (p.born !== undefined && p.died !== undefined && p.died < p.born) ctx.addIssue({ code: 'custom', path: ['died'], message: `去世年份 ${p.died} 早于出生年份 ${p.born}` });
    });
export type Person = z.infer<ReturnType<typeof personSchema<z.ZodString, z.ZodString>>>;
