/**
 * Building blocks shared by every content kind. Imported by `src/content.config.ts` (the build),
 * by `scripts/` (checker, scaffold, JSON Schema, CMS config) and by tests: one source of truth.
 * Only `astro/zod` here, never the `astro:content` runtime, so plain Node can import it.
 */
import { z } from 'astro/zod';
import type { Taxonomy } from './taxonomy.ts';

/** The collections whose entries can be referenced from other entries. */
export type CollectionName =
  | 'organizations'
  | 'honours'
  | 'people'
  | 'collectives'
  | 'stories'
  | 'figures'
  | 'talks';

/**
 * What a schema factory needs from its caller. The build passes Astro's `image()` and `reference()`;
 * scripts and tests pass stand-ins that accept a path / an id string and check them separately.
 */
export interface SchemaHelpers<I extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  image: () => I;
  reference: (collection: CollectionName) => R;
  /** The site's levels and industries; without it `level` and `industry` accept any text (checked elsewhere). */
  taxonomy?: Taxonomy | undefined;
}

/** Helpers for plain Node (checker, scaffold, tests): image paths and ids stay strings. */
export const plainHelpers: SchemaHelpers<z.ZodString, z.ZodString> = {
  image: () => z.string().min(1),
  reference: () => z.string().min(1),
};

const FULL_WIDTH_DIGITS = /[０-９]/g;
/** Turns full-width digits (２０２２) into ASCII so editors typing in a Chinese IME are not punished. */
export function halfWidthDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * Accepts the date forms editors type: 2022-04-28, 2022/4/28, 2022.4.28, 2022年4月28日, full-width digits.
 * Returns an ISO `YYYY-MM-DD` string, or `undefined` when the text is not such a date.
 */
export function normaliseDateText(text: string): string | undefined {
  const t = halfWidthDigits(text.trim()).replace(/\s+/g, '');
  const m = /^(\d{4})(?:[-/.年])(\d{1,2})(?:[-/.月])(\d{1,2})日?$/.exec(t);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A calendar day. YAML gives `2022-04-28` as a Date already; Chinese forms arrive as strings and are normalised.
 * The result is a `Date` at 00:00 Asia/Shanghai, so "today" means today in Beijing whatever the build machine says.
 */
export const calendarDate = z.preprocess((value) => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return value;
    const iso = value.toISOString().slice(0, 10);
    return new Date(`${iso}T00:00:00+08:00`);
  }
  if (typeof value === 'string') {
    const iso = normaliseDateText(value);
    if (iso) return new Date(`${iso}T00:00:00+08:00`);
  }
  return value;
}, z.date({ error: '应为日期，如 2022-04-28（也可写 2022年4月28日）' }));

/** A date that may be only a year or a month: 2022, 2022-04, 2022-04-28 (when the source gives no day). */
export const partialDate = z.preprocess(
  (value) => {
    if (typeof value === 'number') return String(value);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string') {
      const t = halfWidthDigits(value.trim());
      const full = normaliseDateText(t);
      if (full) return full;
      const ym = /^(\d{4})(?:[-/.年](\d{1,2})月?)?年?$/.exec(t);
      if (ym) return ym[2] ? `${ym[1]}-${ym[2].padStart(2, '0')}` : ym[1];
    }
    return value;
  },
  z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: '应为年份、年月或日期，如 2022、2022-04 或 2022-04-28',
  }),
);

/** A four-digit year; full-width digits (２０２２) and the string "2022" are accepted. */
export const year = z.preprocess(
  (value) => {
    if (typeof value === 'string' && /^\s*[0-9０-９]{4}\s*$/.test(value)) return Number(halfWidthDigits(value.trim()));
    return value;
  },
  z
    .number({ error: '应为四位年份（如 2022）' })
    .int({ error: '应为四位年份（如 2022）' })
    .min(1949, { error: '应为 1949 年以后的四位年份（如 2022）' })
    .max(2100, { error: '应为四位年份（如 2022）' }),
);

/** A year of birth or death: four digits from 1850 (people honoured in the 1950s were born long before 1949). */
export const lifeYear = z.preprocess(
  (value) => {
    if (typeof value === 'string' && /^\s*[0-9０-９]{4}\s*$/.test(value)) return Number(halfWidthDigits(value.trim()));
    return value;
  },
  z
    .number({ error: '应为四位年份（如 1950）' })
    .int({ error: '应为四位年份（如 1950）' })
    .min(1850, { error: '应为 1850 年以后的四位年份（如 1950）' })
    .max(2100, { error: '应为四位年份（如 1950）' }),
);

/** A short line of text that must not be empty. */
/**
 * A web address: only http:// and https:// (never javascript:, data: or file:), with a real host name. Every URL field
 * in every schema uses this, so a URL that reaches an href, JSON-LD or the data exports is always a web page.
 */
export const webUrl = (error = '应为以 http:// 或 https:// 开头的网址') => z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error });

export const text = (what: string) => z.string({ error: `应为文字（${what}）` }).trim().min(1, { error: `不能为空（${what}）` });

/**
 * Where a fact comes from. Every person, collective, story and figure names at least one.
 * A source is identified by its `url`, or by `title` and `publisher` together (a printed report); the title may be
 * left out when a url is given, because many pages show none and a made-up title would be worse than none.
 */
export const sourceSchema = z
  .strictObject({
    /** 出处标题（有网址时可不写），例：奋力开创工会工作新局面 全力护航区域高质量发展 */
    title: z.string({ error: '应为文字（出处标题）' }).trim().min(1, { error: '不能为空（出处标题）' }).optional().describe('出处标题（有 url 时可不写），例：奋力开创工会工作新局面 全力护航区域高质量发展'),
    /** 发布者（报刊、网站、单位；有网址时可不写），例：本报 */
    publisher: z.string({ error: '应为文字（发布者）' }).trim().min(1, { error: '不能为空（发布者）' }).optional().describe('发布者（报刊、网站、单位；有 url 时可不写），例：本报'),
    /** 作者或署名，例：本报记者 陈曦 通讯员 洛洛 */
    author: z.string().trim().min(1).optional().describe('作者或署名，例：本报记者 陈曦 通讯员 洛洛'),
    /** 发表日期，可只写年份或年月，例：2022 或 2022-04-28 */
    date: partialDate.describe('发表日期，可只写年份或年月，例：2022 或 2022-04-28'),
    /** 网址（可选），例：https://www.example.org/news/1.html */
    url: webUrl().optional().describe('网址（可选），例：https://www.example.org/news/1.html'),
    /** 关于出处的说明（可选），例：原文未载发表日期 */
    note: z.string().trim().min(1).optional().describe('关于出处的说明（可选），例：原文未载发表日期'),
  })
  .superRefine((s, ctx) => {
    if (!s || typeof s !== 'object' || s.url) return;
    if (!s.title) ctx.addIssue({ code: 'custom', path: ['title'], message: '出处要写网址 url，或者写标题 title 和发布者 publisher' });
    if (!s.publisher) ctx.addIssue({ code: 'custom', path: ['publisher'], message: '出处要写网址 url，或者写标题 title 和发布者 publisher' });
    // Runs even when another field (the date) failed, so every missing part is named at once.
  }, { when: () => true })
  .describe('出处：写网址 url，或写标题 title 和发布者 publisher');
export type Source = z.infer<typeof sourceSchema>;

/** At least one source: a fact without a source does not go on the site. */
export const sourcesSchema = z.array(sourceSchema).min(1, { error: '至少要写一条出处（sources）' });

/** The fixed list of recipient kinds of an honour. */
export const RECIPIENT_KINDS = ['个人', '集体'] as const;

/**
 * One honour received, as the source publishes it: which honour; the year when known (a source that gives none
 * leaves it out and the site shows 年份不详 — never a guessed year); the exact day when known; the unit the
 * recipient belonged to then, when it differs from today's; and where that is written.
 */
export const honourAwardSchema = <R extends z.ZodType>(reference: (c: CollectionName) => R) =>
  z
    .strictObject({
    /** 荣誉（填 content/honours/ 中的文件名），例：quanguo-wuyi-laodong-jiangzhang */
    honour: reference('honours').describe('荣誉（填 content/honours/ 中的文件名），例：quanguo-wuyi-laodong-jiangzhang'),
    /** 获得年份（可选：出处没写年份就不写，网站显示“年份不详”），例：2022 */
    year: year.optional().describe('获得年份，四位数字（可选：出处没写年份就不写，网站显示“年份不详”），例：2022'),
    /** 授予日期（可选，出处写了具体日期时），例：2022-04-28 */
    date: calendarDate.optional().describe('授予日期（可选，出处写了具体日期时），例：2022-04-28'),
    /** 获奖时所在单位（可选，与现在的单位不同时写；填 content/organizations/ 中的文件名），例：jingdong-jituan */
    organization: reference('organizations').optional().describe('获奖时所在单位（可选，与现在不同时写；填 content/organizations/ 中的文件名）'),
    /** 获奖时所在单位的名称（可选，网站没有这个单位的文件时直接写名称），例：某某集装箱公司 */
    unit: z.string().trim().min(1).optional().describe('获奖时所在单位的名称（可选，网站没有这个单位的文件时直接写名称）'),
    /** 说明（可选），例：2022年4月公示 */
    note: z.string().trim().min(1).optional().describe('说明（可选），例：2022年4月公示'),
    /** 这项荣誉的出处（可选，缺省时用条目的 sources），例：{ title: …, publisher: …, date: 2022 } */
    source: sourceSchema.optional().describe('这项荣誉的出处（可选，缺省时用条目的 sources）'),
  })
    .superRefine((a, ctx) => {
      if (a.organization !== undefined && a.unit !== undefined) ctx.addIssue({ code: 'custom', path: ['unit'], message: '获奖时的单位写 organization（文件名）或 unit（名称）其中一个' });
      if (a.date instanceof Date && a.year !== undefined && Number(dayOf(a.date).slice(0, 4)) !== a.year) {
        ctx.addIssue({ code: 'custom', path: ['year'], message: `年份和授予日期不一致（date 是 ${dayOf(a.date)}）` });
      }
    });

/** `2022-04-28` of a calendar date (00:00 Asia/Shanghai). */
const dayOf = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * A post held besides the current unit: earlier (with `to`) or concurrent (without). The unit is a reference to
 * an organization file or, when the site has none, its name as plain text.
 */
export const positionSchema = <R extends z.ZodType>(reference: (c: CollectionName) => R) =>
  z
    .strictObject({
      /** 单位（填 content/organizations/ 中的文件名；没有这个文件时改写 unit），例：jingdong-jituan */
      organization: reference('organizations').optional().describe('单位（填 content/organizations/ 中的文件名；没有这个文件时改写 unit）'),
      /** 单位名称（网站没有这个单位的文件时直接写名称），例：某某市总工会 */
      unit: z.string().trim().min(1).optional().describe('单位名称（网站没有这个单位的文件时直接写名称），例：某某市总工会'),
      /** 职务（可选），例：副主席（兼职） */
      title: z.string().trim().min(1).optional().describe('职务（可选），例：副主席（兼职）'),
      /** 起始（可选，可只写年份或年月），例：2008 */
      from: partialDate.optional().describe('起始（可选，可只写年份或年月），例：2008'),
      /** 结束（可选；不写表示现在仍兼任），例：2015-06 */
      to: partialDate.optional().describe('结束（可选；不写表示现在仍兼任），例：2015-06'),
      /** 说明（可选） */
      note: z.string().trim().min(1).optional().describe('说明（可选）'),
    })
    .superRefine((p, ctx) => {
      if ((p.organization === undefined) === (p.unit === undefined)) {
        ctx.addIssue({ code: 'custom', path: p.unit === undefined ? ['organization'] : ['unit'], message: '单位写 organization（文件名）或 unit（名称）其中一个' });
      }
      if (p.from && p.to && p.to < p.from) ctx.addIssue({ code: 'custom', path: ['to'], message: `结束（${p.to}）早于起始（${p.from}）` });
    });

/** How a consent was given. 公开报道 covers a biography taken from a published report, never a portrait. */
export const CONSENT_BASES = ['本人书面同意', '本人口头同意', '家属书面同意', '公开报道'] as const;

/** A consent record (个人信息保护法): who agreed, when, on what basis. */
export const consentRecordSchema = z.strictObject({
  /** 同意的依据，例：本人书面同意 */
  basis: z.enum(CONSENT_BASES, { error: `应为以下之一：${CONSENT_BASES.join('、')}` }).describe(`同意的依据：${CONSENT_BASES.join('、')}`),
  /** 同意人或经办人，例：本人（经办：工会宣传部 张某） */
  by: text('同意人').describe('同意人或经办人，例：本人（经办：工会宣传部）'),
  /** 同意日期，例：2022-04-28 */
  date: calendarDate.describe('同意日期，例：2022-04-28'),
  /** 说明（可选），例：依据报道原文，仅使用报道已公开的内容 */
  note: z.string().trim().min(1).optional().describe('说明（可选）'),
});

/**
 * The one-sentence summary of a person or collective, 10–120 字. A draft may leave it out (an imported list gives
 * none); `completeWhenPublished` makes it required once `draft` is false, and `npm run check` lists it as 待补充.
 */
export const summaryField = text('一句话简介')
  .pipe(z.string().min(10, { error: '太短：一句话简介至少 10 个字' }).max(120, { error: '太长：一句话简介最多 120 个字' }))
  .default('')
  .describe('一句话简介，用于卡片和搜索结果，10～120 字（草稿可以先不写）');

/** Refinement for kinds with `summaryField`: a published entry (draft: false) must have its summary. */
export const completeWhenPublished = [
  (data: { draft?: boolean; summary?: string }, ctx: z.RefinementCtx) => {
    if (data.draft !== true && !data.summary) {
      ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: ['summary'], message: '应为文字（一句话简介，10～120 字；只有草稿可以先不写）' });
    }
  },
  // Runs even when other fields failed, so a missing summary is reported with the rest.
  { when: () => true },
] as const;

/** Publishing fields shared by every page-making kind. */
export const publishingFields = {
  /** 草稿：写 true 时不会出现在正式网站上，例：false */
  draft: z.boolean({ error: '应为 true 或 false' }).default(false).describe('草稿：写 true 时不会出现在正式网站上，例：false'),
  /** 发布日期：早于或等于今天才出现在网站上，例：2026-11-28 */
  published: calendarDate.describe('发布日期：早于或等于今天才出现在网站上，例：2026-11-28'),
  /** 推荐到首页，例：true */
  featured: z.boolean({ error: '应为 true 或 false' }).default(false).describe('推荐到首页，例：true'),
  /** 允许公开的个人信息字段（可选，慎用），例：[body] 表示正文里的联系电话是有意公开的 */
  allowPersonalData: z.array(text('字段名')).default([]).describe('允许公开的个人信息字段（可选，慎用），例：[body]'),
  /** 标签（可选），例：[集成电路, 技术攻关] */
  tags: z.array(text('标签')).default([]).describe('标签（可选），例：[集成电路, 技术攻关]'),
};

/** An image with its required alternative text. */
export const imageWithAlt = <I extends z.ZodType>(image: () => I, what: string) =>
  z.strictObject({
    /** 图片文件（与本文件放在同一文件夹），例：./he-maodong.jpg */
    src: image().describe(`${what}图片文件（相对本文件的路径），例：./he-maodong.jpg`),
    /** 图片说明（替代文字），给看不见图片的人读，例：何茂栋在温控设备实验室调试设备 */
    alt: text('图片说明 alt').describe('图片说明（替代文字），给看不见图片的人读，例：何茂栋在实验室调试设备'),
  });
