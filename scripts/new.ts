/**
 * `npm run new -- person 何茂栋`: writes a new content file from a template with every field and a Chinese comment,
 * today's date (Asia/Shanghai) and `draft: true`. File names follow the one slug rule of `src/lib/slug.ts`.
 * First it looks for an entry of that kind that already goes by the name (name, short name or alias) and refuses
 * to make a twin, naming the file that exists; `--another` makes a second person of the same name (he-maodong-2).
 * Never overwrites. Kinds: person, collective, story, organization, honour, talk. Without a name, it asks.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { KINDS, kindLabel, kindsWith, type KindName, type KindSpec } from '../src/kinds.ts';
import { plainHelpers } from '../src/schemas/common.ts';
import { contentRoot } from '../src/settings.ts';
import { loadTaxonomy } from '../src/lib/taxonomy.ts';
import { isoDay } from '../src/lib/format-date.ts';
import { nameSlug, slugFor, titleSlug } from '../src/lib/slug.ts';
import { nameKey, namesOf } from '../src/lib/names.ts';

type ScaffoldKind = ReturnType<typeof kindsWith<'scaffold'>>[number];
/** What `npm run new` takes: the singular name of a kind that can be scaffolded (person, story …). */
export type Kind = (typeof KINDS)[ScaffoldKind]['singular'];
/** The kinds `npm run new` makes, by the name it takes: person → people. From the kind table. */
export const scaffolds = () => Object.fromEntries(kindsWith('scaffold').map((k) => [KINDS[k].singular, k])) as Record<Kind, ScaffoldKind & KindName>;
const labelOf = (kind: Kind) => kindLabel(scaffolds()[kind]);

export { slugFor, titleSlug };

/** The site's levels and industries for the template comments; the starter lists when the site's are broken. */
function taxonomyOf(contentDir: string) {
  try {
    return loadTaxonomy(contentDir);
  } catch {
    return { levels: [], industries: [] };
  }
}

const q = (s: string) => (/^[\w\u4e00-\u9fff（）·-]+$/.test(s) ? s : JSON.stringify(s));

const SOURCE = `sources:                     # 出处，至少一条：写网址 url，或者写标题 title 加发布者 publisher
  - title: ""                # 出处标题（有网址时可不写），例：奋力开创工会工作新局面 全力护航区域高质量发展
    publisher: ""            # 发布者（有网址时可不写），例：本报
    date: ""                 # 发表日期，可只写年份，例：2022 或 2022-04-28
    # author: 本报记者 某某     # 作者（可选）
    # url: https://…          # 网址（可选；写了网址，标题和发布者可以不写）`;

/**
 * The template of a kind that has no hand-written one (a new kind): every top-level field of its schema with its
 * Chinese description; optional fields commented out, `draft: true` and today's `published`.
 */
export function schemaTemplate(spec: KindSpec, name: string, today: string): string {
  const json = z.toJSONSchema(spec.schema(plainHelpers), { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, { description?: string }>;
    required?: string[];
  };
  const fields = Object.entries(json.properties ?? {}).map(([key, prop]) => {
    const value = key === 'draft' ? 'true' : key === 'published' ? today : key === 'name' || key === 'title' ? q(name) : '""';
    const shown = key === 'draft' || key === 'published' || (json.required ?? []).includes(key);
    return `${shown ? '' : '# '}${`${key}: ${value}`.padEnd(28)} # ${prop.description ?? ''}`.trimEnd();
  });
  const yaml = `${fields.join('\n')}\n`;
  return spec.format === 'markdown' ? `---\n${yaml}---\n\n在这里写正文。\n` : yaml;
}

/** The template of each kind. Every schema field appears (a test checks this against the schemas). */
export function template(kind: Kind, name: string, today: string, contentDir: string = contentRoot()): string {
  switch (kind) {
    case 'person':
      return `---
name: ${q(name)}                 # 姓名
organization: ""             # 所在单位：content/organizations/ 里的文件名，例：beijing-jingyi
# position: 工会主席          # 职务（可选）
# trade: 工程师               # 工种或专业（可选）
# born: 1950                 # 出生年份（可选，出处写了才写）
# died: 2020                 # 去世年份（可选；写了就表示已故，页面显示为“姓名（1950—2020）”）
# positions:                 # 此前和兼任的职务（可选）；不写 to 表示现在兼任
#   - organization: ""       #   单位：content/organizations/ 里的文件名；网站没有这个单位时改写 unit: 单位名称
#     title: 桥吊司机          #   职务（可选）
#     from: 1974             #   起始（可只写年份）
#     to: 2003               #   结束（不写表示现在仍兼任）
honours: []                  # 荣誉（可选），每项一行，例：
#  - honour: quanguo-wuyi-laodong-jiangzhang   # content/honours/ 里的文件名
#    year: 2022                                # 四位年份；出处没写年份就不写，网站显示“年份不详”
#    date: 2022-04-28                          # 授予日期（可选，出处写了具体日期时）
#    organization: ""                          # 获奖时的单位（可选，与现在不同时写文件名；没有文件时写 unit: 名称）
#    note: 2022年4月公示                        # 说明（可选）
summary: ""                  # 一句话简介，10～120 字，用在卡片和搜索结果里
# portrait:                  # 肖像照片（可选）：把照片放在本文件旁边
#   src: ./${nameSlug(name)}.jpg
#   alt: ${name}在工作岗位上    # 图片说明，必填：给看不见图片的人读
# aliases: []                # 别名或曾用名（可选）
# deceased: true             # 已故但不知道去世年份时写 true（知道年份写 died 即可）
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
honours: []                  # 荣誉（可选），每项写 honour 和 year（出处没写年份就不写 year，显示“年份不详”）
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
industry: ""                 # 行业：content/industries.yaml 里的一个 slug：${taxonomyOf(contentDir).industries.map((i) => `${i.slug}=${i.name}`).join('，')}
# summary: 一句话介绍          # （可选）
# website: https://…          # 网址（可选）
# allowPersonalData: []     # 允许公开的个人信息字段（可选，慎用），例：[body]
# sources: []                # 出处（可选）
`;
    case 'honour':
      return `name: ${q(name)}                 # 荣誉正式名称
aliases: []                  # 别名（可选）
level: ""                    # 级别：content/levels.yaml 里的一个：${taxonomyOf(contentDir).levels.map((l) => l.name).join('、')}
conferrer: ""                # 授予机构，例：中华全国总工会
recipient: 个人               # 授予对象：个人 或 集体
order: 100                   # 排序号，越小越靠前
# description: 简介           # （可选）
# sources: []                # 出处（可选）
`;
    case 'talk':
      return `title: ${q(name)}                # 宣讲题目
# subtitle: 一句话介绍         # （可选）
speakers: []                 # 宣讲人，至少一位，例：[市总工会劳模工匠宣讲团]
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
    default:
      return schemaTemplate(KINDS[scaffolds()[kind]], name, today);
  }
}

export interface NewResult {
  file: string;
  homonym: boolean;
}

/** Raised when an entry of the kind already goes by the name: `existing` is its file. */
export class TwinError extends Error {
  // Plain fields, not constructor parameter properties: Node runs this file by stripping types and refuses those.
  readonly existing: string;
  readonly matched: string;
  constructor(existing: string, matched: string) {
    super(`已有“${matched}”：${existing}`);
    this.existing = existing;
    this.matched = matched;
  }
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((n) => (n.startsWith('.') ? [] : statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}

/** The file of an entry of this kind that goes by `name` (its name or title, short name or an alias), if any. */
export function findExisting(kind: Kind, name: string, contentDir: string = contentRoot()): { file: string; matched: string } | undefined {
  const spec = KINDS[scaffolds()[kind]];
  const wanted = nameKey(name);
  for (const file of filesUnder(join(contentDir, spec.path))) {
    if (!(spec.extensions as readonly string[]).some((ext) => file.endsWith(ext))) continue;
    let data: unknown;
    try {
      const text = readFileSync(file, 'utf8');
      data = spec.format === 'markdown' ? matter(text).data : parseYaml(text);
    } catch {
      continue; // an unreadable file is the checker's business
    }
    if (!data || typeof data !== 'object') continue;
    const matched = namesOf(data as Record<string, unknown>).find((n) => nameKey(n) === wanted);
    if (matched) return { file, matched };
  }
  return undefined;
}

/**
 * Writes the file and returns where; never overwrites. Refuses (TwinError) when an entry of the kind already goes
 * by the name, unless `another` says it is a different person or thing of the same name (the file name gets -2).
 */
export function createEntry(kind: Kind, name: string, opts: { contentDir?: string; today?: string; another?: boolean } = {}): NewResult {
  const spec = KINDS[scaffolds()[kind]];
  const contentDir = opts.contentDir ?? contentRoot();
  if (!opts.another) {
    const twin = findExisting(kind, name, contentDir);
    if (twin) throw new TwinError(twin.file, twin.matched);
  }
  const dir = join(contentDir, spec.path);
  const base = slugFor(kind, name);
  let slug = base;
  const taken = (s: string) => spec.extensions.some((ext) => existsSync(join(dir, `${s}${ext}`)));
  for (let i = 2; taken(slug); i++) slug = `${base}-${i}`;
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${slug}${spec.extensions[0]}`);
  writeFileSync(file, template(kind, name, opts.today ?? isoDay(new Date()), contentDir), { flag: 'wx' });
  return { file, homonym: slug !== base };
}

const USAGE = `用法：npm run new -- <类型> <名称>
  类型：${(Object.keys(scaffolds()) as Kind[])
    .map((k) => `${k}（${labelOf(k)}）`)
    .join('、')}
  例：npm run new -- person 何茂栋
  已有同名（名称、简称或别名相同）的条目时不会新建，而是指出已有的文件；
  确实是同名的另一个人（或另一个单位），加 --another：npm run new -- person 王伟 --another
  不写类型或名称时会逐项询问。`;

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const another = argv.includes('--another');
  let [kind, ...rest] = argv.filter((a) => a !== '--another');
  let name = rest.join(' ').trim();
  if ((!kind || !name) && process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    if (!kind) kind = (await rl.question(`要新建什么？（${(Object.keys(scaffolds()) as Kind[]).map((k) => `${k}=${labelOf(k)}`).join('，')}）：`)).trim();
    if (kind in scaffolds() && !name) name = (await rl.question(`${labelOf(kind as Kind)}的名称：`)).trim();
    rl.close();
  }
  if (!kind || !(kind in scaffolds()) || !name) {
    console.error(kind && !(kind in scaffolds()) ? `不认识的类型“${kind}”。\n${USAGE}` : USAGE);
    return 2;
  }
  let result: NewResult;
  try {
    result = createEntry(kind as Kind, name, { another });
  } catch (e) {
    if (!(e instanceof TwinError)) throw e;
    const label = labelOf(kind as Kind);
    console.error(
      `没有新建：已有${label}叫“${e.matched}”：${relative(process.cwd(), e.existing)}\n` +
        `是同一个${label}就直接修改这个文件（例如在它的 aliases 里加上“${name}”）；` +
        `确实是同名的另一个${label}，加 --another 再运行一次。`,
    );
    return 1;
  }
  const rel = relative(process.cwd(), result.file);
  if (result.homonym) console.log(`注意：文件名已被占用，这次的文件名加了编号。`);
  console.log(`已新建 ${rel}（草稿）。填好内容后运行 npm run check，确认无误把 draft 改成 false。`);
  return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
