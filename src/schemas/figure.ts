import { z } from 'astro/zod';
import { partialDate, sourceSchema, text } from './common.ts';

/** The groups of figures, as the seed report groups them. */
export const FIGURE_GROUPS = ['区域概况', '选树先进', '促进和谐', '创新赋能', '示范创建'] as const;
/** 近 (nearly), 余 (more than), 约 (about), 累计 (in all), 以上 (or more): the qualifier the source puts on a number (placed by src/lib/format-figure.ts). */
export const FIGURE_QUALIFIERS = ['近', '余', '约', '累计', '以上'] as const;

/** One reported aggregate figure or target: an entry of `content/figures.yaml`, keyed by its id. */
export const figureSchema = () =>
  z.strictObject({
    /** 分组：区域概况、选树先进、促进和谐、创新赋能、示范创建 */
    group: z.enum(FIGURE_GROUPS, { error: `应为以下之一：${FIGURE_GROUPS.join('、')}` }).describe(`分组：${FIGURE_GROUPS.join('、')}`),
    /** 名称，例：全国劳动模范 */
    label: text('名称').describe('名称，例：全国劳动模范'),
    /** 数值，只写数字，例：6 */
    value: z.number({ error: '应为数字，如 6 或 632.3' }).describe('数值，只写数字，例：6'),
    /** 单位，例：名 */
    unit: text('单位').describe('单位，例：名'),
    /** 原文的限定词（可选）：近、余、约、累计、以上，例：近 */
    qualifier: z.enum(FIGURE_QUALIFIERS, { error: `应为以下之一：${FIGURE_QUALIFIERS.join('、')}` }).optional().describe(`原文的限定词（可选）：${FIGURE_QUALIFIERS.join('、')}`),
    /** 截至日期，可只写年份或年月，例：2021-12-31 */
    asOf: partialDate.describe('截至日期，可只写年份或年月，例：2021-12-31'),
    /** 截至日期的原文说法（可选），例：截至目前 */
    asOfText: z.string().trim().min(1).optional().describe('截至日期的原文说法（可选），例：截至目前'),
    /** 是目标而非已完成的数字时写 true（可选），例：true */
    target: z.boolean({ error: '应为 true 或 false' }).default(false).describe('是目标而非已完成的数字时写 true（可选）'),
    /** 目标年份（target 为 true 时填写），例：2025 */
    targetYear: z.number().int().optional().describe('目标年份（target 为 true 时填写），例：2025'),
    /** 与目标对应的最新完成数（可选，填另一个数字的 id），例：chuangxin-gongzuoshi */
    latest: z.string().trim().min(1).optional().describe('与目标对应的最新完成数（可选，填另一个数字的 id）'),
    /** 排序号，越小越靠前，例：10 */
    order: z.number({ error: '应为数字，如 10' }).int().describe('排序号，越小越靠前，例：10'),
    /** 说明（可选），例：原文如此 */
    note: z.string().trim().min(1).optional().describe('说明（可选）'),
    /** 出处 */
    source: sourceSchema.describe('出处'),
  });
export type Figure = z.infer<ReturnType<typeof figureSchema>>;
