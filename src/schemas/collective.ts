import { z } from 'astro/zod';
import { type SchemaHelpers, completeWhenPublished, honourAwardSchema, imageWithAlt, publishingFields, sourcesSchema, summaryField, text } from './common.ts';

/** The kinds of collective the site knows. */
export const COLLECTIVE_KINDS = ['班组', '车间', '创新工作室', '工会', '部门', '项目部', '企业', '其他'] as const;

/** An award-winning collective, team, studio or union: `content/collectives/<slug>.md`. */
export const collectiveSchema = <I extends z.ZodType, R extends z.ZodType>({ image, reference }: SchemaHelpers<I, R>) =>
  z.strictObject({
    /** 集体名称，例：施耐德低压电器有限公司工会 */
    name: text('集体名称').describe('集体名称，例：施耐德低压电器有限公司工会'),
    /** 别名（可选），例：[施耐德工会] */
    aliases: z.array(text('别名')).default([]).describe('别名（可选）'),
    /** 类型：班组、车间、创新工作室、工会、部门、项目部、企业、其他 */
    kind: z.enum(COLLECTIVE_KINDS, { error: `应为以下之一：${COLLECTIVE_KINDS.join('、')}` }).describe(`类型：${COLLECTIVE_KINDS.join('、')}`),
    /** 所属单位（填 content/organizations/ 中的文件名），例：schneider-dianqi */
    organization: reference('organizations').describe('所属单位（填 content/organizations/ 中的文件名）'),
    /** 负责人（可选，填 content/people/ 中的文件名），例：zhao-yongchun */
    leader: reference('people').optional().describe('负责人（可选，填 content/people/ 中的文件名）'),
    /** 成员（可选，填 content/people/ 中的文件名），例：[he-maodong] */
    members: z.array(reference('people')).default([]).describe('成员（可选，填 content/people/ 中的文件名）'),
    /** 获得的荣誉（可选） */
    honours: z.array(honourAwardSchema(reference)).default([]).describe('获得的荣誉（可选），每项写 honour 和 year'),
    /** 一句话简介，10～120 字 */
    summary: summaryField,
    /** 集体照片（可选），必须写图片说明 alt */
    photo: imageWithAlt(image, '集体').optional().describe('集体照片（可选），必须写图片说明 alt'),
    ...publishingFields,
    /** 出处，至少一条 */
    sources: sourcesSchema.describe('出处，至少一条'),
  }).superRefine(...completeWhenPublished);
export type Collective = z.infer<ReturnType<typeof collectiveSchema<z.ZodString, z.ZodString>>>;
