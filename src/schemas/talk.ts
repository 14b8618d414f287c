import { z } from 'astro/zod';
import { type SchemaHelpers, calendarDate, imageWithAlt, publishingFields, sourcesSchema, text } from './common.ts';

/** Slides are projected under a strict CSP and exported to one file: Markdown only, no HTML tags. */
const markdownOnly = (what: string) =>
  z
    .string()
    .trim()
    .min(1)
    .refine((v) => !/<\/?[a-zA-Z][^>]*>/.test(v), { error: `${what}只支持 Markdown，不能写 HTML 标签（如 <p>、<script>）` });

/** Speaker notes: seen in the presenter window only (and in print when asked), never on the projector. */
const notes = markdownOnly('讲稿备注').optional().describe('讲稿备注（可选），只在演讲者窗口显示，例：请何茂栋的同事讲讲温控设备');

/** The kinds of entry a slide can show, with the field name editors write. */
export const ENTRY_SLIDE_KINDS = ['person', 'collective', 'story', 'honour', 'figure'] as const;
export type EntrySlideKind = (typeof ENTRY_SLIDE_KINDS)[number];

/** A line quoted from the entry's sources, shown big under the entry (one quote per slide). */
const quote = z
  .string()
  .trim()
  .min(1)
  .max(80, { error: '太长：引语最多 80 个字，放映时要一眼读完' })
  .optional()
  .describe('引语（可选，须出自该条目的出处，最多 80 字），例：他们是高质量发展的开路先锋。');

const SLIDE_ERROR =
  '每张幻灯片只写一种：person（人物）、collective（集体）、story（故事）、honour（荣誉）、figure（数字）之一，或写 title 加 body（自定义页），或写 image（图片页，含 src 和 alt）；都可另加 notes，人物、集体、故事还可加 quote';

/**
 * One slide: an entry shown as a big-type slide (`{ person: he-maodong }`, `{ figure: quanguo-laomo }` …)
 * or a custom Markdown slide (`{ title, body }`). Each option is strict, so exactly one form matches.
 */
export const slideSchema = <I extends z.ZodType, R extends z.ZodType>({ image, reference }: SchemaHelpers<I, R>) =>
  z.union(
    [
      z.strictObject({
        /** 人物（填 content/people/ 中的文件名），例：he-maodong */
        person: reference('people').describe('人物（填 content/people/ 中的文件名），例：he-maodong'),
        quote,
        notes,
      }),
      z.strictObject({
        /** 集体（填 content/collectives/ 中的文件名），例：schneider-gonghui */
        collective: reference('collectives').describe('集体（填 content/collectives/ 中的文件名），例：schneider-gonghui'),
        quote,
        notes,
      }),
      z.strictObject({
        /** 故事（填 content/stories/ 中的文件名），例：schneider-jiti-hetong */
        story: reference('stories').describe('故事（填 content/stories/ 中的文件名），例：schneider-jiti-hetong'),
        quote,
        notes,
      }),
      z.strictObject({
        /** 荣誉（填 content/honours/ 中的文件名），例：quanguo-wuyi-laodong-jiangzhang */
        honour: reference('honours').describe('荣誉（填 content/honours/ 中的文件名），例：quanguo-wuyi-laodong-jiangzhang'),
        notes,
      }),
      z.strictObject({
        /** 数字（填 content/figures.yaml 中的编号），例：quanguo-laomo */
        figure: reference('figures').describe('数字（填 content/figures.yaml 中的编号），例：quanguo-laomo'),
        notes,
      }),
      z.strictObject({
        /** 自定义页标题，例：榜样的力量 */
        title: text('幻灯片标题').describe('自定义页标题，例：榜样的力量'),
        /** 自定义页正文（Markdown，可选），例：“榜样的力量是无穷的。” */
        body: markdownOnly('幻灯片正文').optional().describe('自定义页正文（Markdown，可选），例：“榜样的力量是无穷的。”'),
        notes,
      }),
      z.strictObject({
        /** 图片页：图片文件（放在 content/talks/ 里，相对本文件的路径）和图片说明 */
        image: imageWithAlt(image, '幻灯片').describe('图片页：{ src: ./图片.jpg, alt: 图片说明 }'),
        /** 图片下方的一行说明（可选），例：何茂栋在实验室 */
        caption: z.string().trim().min(1).max(60, { error: '太长：图片说明最多 60 个字' }).optional().describe('图片下方的一行说明（可选，最多 60 字）'),
        notes,
      }),
    ],
    { error: SLIDE_ERROR },
  ).describe('一张幻灯片：引用一个条目，或写 title 和 body');

/** A talk of the 劳模工匠宣讲团: `content/talks/<slug>.yaml`, shown at `/talks/<slug>/`. */
export const talkSchema = <I extends z.ZodType, R extends z.ZodType>({ image, reference }: SchemaHelpers<I, R>) =>
  z.strictObject({
    /** 宣讲题目，例：榜样的力量——劳模工匠 */
    title: text('宣讲题目').describe('宣讲题目，例：榜样的力量——劳模工匠'),
    /** 副标题或一句话介绍（可选），例：市总工会劳模工匠宣讲团 */
    subtitle: z.string().trim().min(1).optional().describe('副标题或一句话介绍（可选），例：市总工会劳模工匠宣讲团'),
    /** 宣讲人（可写姓名或“某某宣讲团”），至少一位，例：[市总工会劳模工匠宣讲团] */
    speakers: z.array(text('宣讲人')).min(1, { error: '至少写一位宣讲人（speakers）' }).describe('宣讲人，至少一位，例：[市总工会劳模工匠宣讲团]'),
    /** 宣讲日期（可选），例：2026-12-01 或 2026年12月1日 */
    date: calendarDate.optional().describe('宣讲日期（可选），例：2026-12-01 或 2026年12月1日'),
    /** 地点（可选），例：职工之家报告厅 */
    venue: z.string().trim().min(1).optional().describe('地点（可选），例：职工之家报告厅'),
    /** 计划时长（分钟），演讲者窗口据此显示剩余时间，例：20 */
    duration: z
      .number({ error: '应为分钟数，如 20' })
      .int({ error: '应为整数分钟，如 20' })
      .min(1, { error: '至少 1 分钟' })
      .max(600, { error: '最多 600 分钟' })
      .describe('计划时长（分钟），演讲者窗口据此显示剩余时间，例：20'),
    /** 幻灯片，按放映顺序，至少一张 */
    slides: z.array(slideSchema({ image, reference })).min(1, { error: '至少要有一张幻灯片（slides）' }).describe('幻灯片，按放映顺序，至少一张'),
    /** 自定义页内容的出处（可选，引用条目的出处随条目显示），例：- { title: …, publisher: 本报, date: 2022 } */
    sources: sourcesSchema.optional().describe('自定义页内容的出处（可选，引用条目的出处随条目显示）'),
    ...publishingFields,
  });
export type Talk = z.infer<ReturnType<typeof talkSchema<z.ZodString, z.ZodString>>>;
export type Slide = Talk['slides'][number];
