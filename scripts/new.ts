/**
 * `npm run new -- person 何茂栋`: writes a new content file from a template with every field and a Chinese comment,
 * today's date (Asia/Shanghai) and `draft: true`. Never overwrites: a homonym becomes he-maodong-2 with a notice.
 * Kinds: person, collective, story, organization, honour, talk. Without a name, it asks (for people at a keyboard).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { COLLECTION_SPECS, contentRoot } from '../src/schemas/collections.ts';
import { INDUSTRIES } from '../src/schemas/industries.ts';
import { isoDay } from '../src/lib/format-date.ts';
import { nameSlug } from '../src/lib/pinyin.ts';
import { pinyin } from 'pinyin-pro';

export const KINDS = {
  person: { collection: 'people', label: '人物', ext: '.md' },
  collective: { collection: 'collectives', label: '集体', ext: '.md' },
  story: { collection: 'stories', label: '故事', ext: '.md' },
  organization: { collection: 'organizations', label: '单位', ext: '.yaml' },
  honour: { collection: 'honours', label: '荣誉', ext: '.yaml' },
  talk: { collection: 'talks', label: '宣讲', ext: '.yaml' },
} as const;
export type Kind = keyof typeof KINDS;

/** Slug for a title that is not a personal name: every syllable joined by hyphens, at most 6 (标题 → biao-ti). */
export function titleSlug(title: string): string {
  const syl = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean)
    .slice(0, 6);
  return syl.join('-') || 'entry';
}

export const slugFor = (kind: Kind, name: string) => (kind === 'person' ? nameSlug(name) : titleSlug(name));

const q = (s: string) => (/^[\w\u4e00-\u9fff（）·-]+$/.test(s) ? s : JSON.stringify(s));

const SOURCE = `sources:                     # 出处，至少一条：这条资料是从哪里来的
  - title: ""                # 出处标题，例：奋力开创工会工作新局面 全力护航区域高质量发展
    publisher: ""            # 发布者，例：本报
    date: ""                 # 发表日期，可只写年份，例：2022 或 2022-04-28
    # author: 本报记者 某某     # 作者（可选）
    # url: https://…          # 网址（可选）`;

/** The template of each kind. Every schema field appears (a test checks this against the schemas). */
export function template(kind: Kind, name: string, today: string): string {
  switch (kind) {
    case 'person':
      return `---
name: ${q(name)}                 # 姓名
organization: ""             # 所在单位：content/organizations/ 里的文件名，例：beijing-jingyi
# position: 工会主席          # 职务（可选）
# trade: 工程师               # 工种或专业（可选）
honours: []                  # 荣誉（可选），每项一行，例：
#  - honour: quanguo-wuyi-laodong-jiangzhang   # content/honours/ 里的文件名
#    year: 2022                                # 四位年份
#    note: 2022年4月公示                        # 说明（可选）
summary: ""                  # 一句话简介，10～120 字，用在卡片和搜索结果里
# portrait:                  # 肖像照片（可选）：把照片放在本文件旁边
#   src: ./${nameSlug(name)}.jpg
#   alt: ${name}在工作岗位上    # 图片说明，必填：给看不见图片的人读
# aliases: []                # 别名或曾用名（可选）
# deceased: false            # 已故写 true（可选）
consent:                     # 同意记录（个人信息保护法）：在世人物必须有 biography；有照片必须有 portrait
  biography:
    basis: 本人书面同意       # 本人书面同意、本人口头同意、家属书面同意、公开报道
    by: ""                   # 同意人或经办人，例：本人（经办：工会宣传部）
    date: ${today}
  # portrait: { basis: 本人书面同意, by: 本人, date: ${today} }
tags: []                     # 标签（可选），例：[集成电路, 技术攻关]
featured: false              # 推荐到首页写 true
# allowPersonalData: []     # 允许公开的个人信息字段（可选，慎用），例：[body]
draft: true                  # 草稿：检查无误后改成 false 才会出现在网站上
published: ${today}          # 发布日期：晚于今天的不会出现
${SOURCE}
---

## 事迹

在这里写${name}的事迹。
`;
    case 'collective':
      return `---
name: ${q(name)}                 # 集体名称
kind: 班组                    # 类型：班组、车间、创新工作室、工会、部门、项目部、企业、其他
organization: ""             # 所属单位：content/organizations/ 里的文件名
# leader: he-maodong          # 负责人（可选）：content/people/ 里的文件名
members: []                  # 成员（可选），例：[he-maodong]
honours: []                  # 荣誉（可选），每项写 honour 和 year
summary: ""                  # 一句话简介，10～120 字
# photo: { src: ./${titleSlug(name)}.jpg, alt: 集体合影 }   # 集体照片（可选），必须写图片说明 alt
# aliases: []                # 别名（可选）
tags: []
featured: false
# allowPersonalData: []     # 允许公开的个人信息字段（可选，慎用），例：[body]
draft: true
published: ${today}
${SOURCE}
---

在这里介绍${name}。
`;
    case 'story':
      return `---
title: ${q(name)}                # 标题
# eventDate: 2022            # 事件时间（可选），可只写年份或年月
summary: ""                  # 一句话摘要，10～140 字
about:                       # 讲到的人物、集体、单位（可选），填文件名
  people: []
  collectives: []
  organizations: []
# cover: { src: ./${titleSlug(name)}.jpg, alt: 活动现场 }   # 封面图片（可选），必须写 alt
tags: []
featured: false
# allowPersonalData: []     # 允许公开的个人信息字段（可选，慎用），例：[body]
draft: true
published: ${today}
${SOURCE}
---

在这里写正文。
`;
    case 'organization':
      return `name: ${q(name)}                 # 单位全称
# shortName: 简称             # 简称（可选）
aliases: []                  # 别名，搜索时也能找到（可选）
industry: qita               # 行业，选一个：${INDUSTRIES.map((i) => `${i.slug}=${i.name}`).join('，')}
# summary: 一句话介绍          # （可选）
# website: https://…          # 网址（可选）
# allowPersonalData: []     # 允许公开的个人信息字段（可选，慎用），例：[body]
# sources: []                # 出处（可选）
`;
    case 'honour':
      return `name: ${q(name)}                 # 荣誉正式名称
aliases: []                  # 别名（可选）
level: 全国                   # 级别：全国、北京市、经开区、企业
conferrer: ""                # 授予机构，例：中华全国总工会
recipient: 个人               # 授予对象：个人 或 集体
order: 100                   # 排序号，越小越靠前
# description: 简介           # （可选）
# sources: []                # 出处（可选）
`;
    case 'talk':
      return `title: ${q(name)}                # 宣讲题目
# subtitle: 一句话介绍         # （可选）
speakers: []                 # 宣讲人，至少一位，例：[经开区总工会劳模工匠宣讲团]
# date: ${today}             # 宣讲日期（可选）
# venue: 报告厅               # 地点（可选）
duration: 20                 # 计划分钟数
slides:                      # 幻灯片，按放映顺序；每张写 person / collective / story / honour / figure 之一，或 title 加 body
  - title: ${q(name)}
    body: 第一页的文字
    notes: 讲稿备注（只在演讲者窗口显示）
# sources: []                # 自定义页内容的出处（可选）
tags: []
featured: false
# allowPersonalData: []     # 允许公开的个人信息字段（可选，慎用），例：[body]
draft: true
published: ${today}
`;
  }
}

export interface NewResult {
  file: string;
  homonym: boolean;
}

/** Writes the file and returns where; never overwrites. */
export function createEntry(kind: Kind, name: string, opts: { contentDir?: string; today?: string } = {}): NewResult {
  const spec = KINDS[kind];
  const dir = join(opts.contentDir ?? contentRoot(), COLLECTION_SPECS[spec.collection].path);
  const base = slugFor(kind, name);
  let slug = base;
  const taken = (s: string) => COLLECTION_SPECS[spec.collection].extensions.some((ext) => existsSync(join(dir, `${s}${ext}`)));
  for (let i = 2; taken(slug); i++) slug = `${base}-${i}`;
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${slug}${spec.ext}`);
  writeFileSync(file, template(kind, name, opts.today ?? isoDay(new Date())), { flag: 'wx' });
  return { file, homonym: slug !== base };
}

const USAGE = `用法：npm run new -- <类型> <名称>
  类型：${Object.entries(KINDS)
    .map(([k, v]) => `${k}（${v.label}）`)
    .join('、')}
  例：npm run new -- person 何茂栋
  不写类型或名称时会逐项询问。`;

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  let [kind, ...rest] = argv;
  let name = rest.join(' ').trim();
  if ((!kind || !name) && process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    if (!kind) kind = (await rl.question(`要新建什么？（${Object.entries(KINDS).map(([k, v]) => `${k}=${v.label}`).join('，')}）：`)).trim();
    if (kind in KINDS && !name) name = (await rl.question(`${KINDS[kind as Kind].label}的名称：`)).trim();
    rl.close();
  }
  if (!kind || !(kind in KINDS) || !name) {
    console.error(kind && !(kind in KINDS) ? `不认识的类型“${kind}”。\n${USAGE}` : USAGE);
    return 2;
  }
  const result = createEntry(kind as Kind, name);
  const rel = relative(process.cwd(), result.file);
  if (result.homonym) console.log(`注意：已有同名文件，这次的文件名加了编号。如果是同一个${KINDS[kind as Kind].label}，请删除新文件、修改原文件。`);
  console.log(`已新建 ${rel}（草稿）。填好内容后运行 npm run check，确认无误把 draft 改成 false。`);
  return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
