/** `npm run import` reads a pasted list in the published forms and says, line by line, what it would do. */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { org, person, importSite, lineOf, listFile, runImport } from './site.ts';

// Every name and unit below is made up.
const LIST = `关于表彰2022年全国五一劳动奖章获得者的决定
2022年全国五一劳动奖章获得者名单
（按姓氏笔画排序）
甲省（3人）
假　一　虚构科技有限公司高级工程师
阿依古丽·假名 测试大学附属医院护士长
假小明 示例市第〇中学教师
乙市：
假二 示例科技车间主任
测试甲 示例科技有限公司工程师
测试甲 虚构机械厂工人
假五 虚构重工集团公司研究院财务
假六虚构机械厂钳工
获得2022年工人先锋号称号的集体有：
虚构科技有限公司第三车间甲班
示例科技有限公司检测中心
`;

describe('a pasted list in the published forms', () => {
  it('takes the honour and year from the heading, matching the site honour by its name', async () => {
    const { lines } = await runImport(importSite(), listFile('list.txt', LIST));
    expect(lineOf(lines, 2)).toBe('第 2 行  标题：荣誉“全国五一劳动奖章”（quanguo-wuyi-laodong-jiangzhang），2022 年');
  });

  it('matches a heading by the honour alias and switches to a collective honour', async () => {
    const { lines } = await runImport(importSite(), listFile('list.txt', LIST));
    expect(lineOf(lines, 14)).toBe('第 14 行  标题：荣誉“全国工人先锋号”（quanguo-gongren-xianfenghao），2022 年');
  });

  it('keeps region headings as the award note', async () => {
    const { plan } = await runImport(importSite(), listFile('list.txt', LIST));
    const notes = plan.steps.flatMap((s) => (s.kind === 'entry' ? [[s.holder.name, s.award.note]] : []));
    expect(notes.slice(0, 4)).toEqual([
      ['假一', '甲省'],
      ['阿依古丽·假名', '甲省'],
      ['假小明', '甲省'],
      ['假二', '乙市'],
    ]);
  });

  it('reads a padded two-character name and a middle-dot name as names', async () => {
    const { lines } = await runImport(importSite(), listFile('list.txt', LIST));
    expect(lineOf(lines, 5)).toContain(`新人物  假一 → ${person('假一')}（草稿）`);
    expect(lineOf(lines, 6)).toContain('新人物  阿依古丽·假名 → people/');
  });

  it('splits a run-together unit and post where the unit ends, keeping 〇 as written', async () => {
    const { plan } = await runImport(importSite(), listFile('list.txt', LIST));
    const split = plan.steps.flatMap((s) => (s.kind === 'entry' && s.holder.collection === 'people' ? [[s.holder.organization.name, s.holder.post]] : []));
    expect(split.slice(0, 3)).toEqual([
      ['虚构科技有限公司', '高级工程师'],
      ['测试大学附属医院', '护士长'],
      ['示例市第〇中学', '教师'],
    ]);
  });

  it('recognises a known organization by its short name', async () => {
    const { lines } = await runImport(importSite(), listFile('list.txt', LIST));
    expect(lineOf(lines, 9)).toBe(
      `第 9 行  新人物  假二 → ${person('假二')}（草稿）；单位：已有单位“示例科技有限公司”（shili-keji）；职务：车间主任；荣誉：2022 年“全国五一劳动奖章”（乙市）`,
    );
  });

  it('matches an existing person by name and unit, and never by name alone', async () => {
    const { lines } = await runImport(importSite(), listFile('list.txt', LIST));
    expect(lineOf(lines, 10)).toBe('第 10 行  已有人物  测试甲（people/ce-shijia.md，姓名和单位都相同）：将补上荣誉 2022 年“全国五一劳动奖章”（乙市）');
    // Same name as people/ce-shijia.md, another unit: a new file beside it, never over it.
    expect(lineOf(lines, 11)).toContain('新人物  测试甲 → people/ce-shijia-2.md（草稿）');
    expect(lineOf(lines, 11)).toContain('注意：已有同名人物 people/ce-shijia.md（单位 shili-keji），单位不同，按新人物处理');
  });

  it('reports every uncertain line with the reason and what to do', async () => {
    const { lines } = await runImport(importSite(), listFile('list.txt', LIST));
    expect(lineOf(lines, 12)).toBe(
      '第 12 行  待确认：假五：“财务”不像职务，单位和职务可能分错了（现在分成单位“虚构重工集团公司研究院”、职务“财务”）。确认后在单位和职务之间加一个空格，再导入。原文：假五 虚构重工集团公司研究院财务',
    );
    expect(lineOf(lines, 13)).toBe('第 13 行  待确认：姓名和单位连在一起，看不出姓名有几个字：请在姓名后加一个空格。原文：假六虚构机械厂钳工');
  });

  it('reads collective lines as collectives belonging to the unit their name starts with', async () => {
    const { plan } = await runImport(importSite(), listFile('list.txt', LIST));
    const collectives = plan.holders.filter((h) => h.collection === 'collectives').map((h) => [h.name, h.collectiveKind, h.organization.name, h.organization.isNew]);
    expect(collectives).toEqual([
      ['虚构科技有限公司第三车间甲班', '班组', '虚构科技有限公司', true],
      ['示例科技有限公司检测中心', '其他', '示例科技有限公司', false],
    ]);
  });

  it('counts what it found and writes nothing on a dry run', async () => {
    const tree = importSite();
    const before = readdirSync(tree.path('people'));
    const { lines } = await runImport(tree, listFile('list.txt', LIST));
    expect(lines).toContain('合计：新人物 5，已有人物 1，新集体 2，已有集体 0，新单位 4，新增荣誉 8，待确认 2 行。');
    expect(readdirSync(tree.path('people'))).toEqual(before);
    expect(existsSync(tree.path(`${org('虚构科技有限公司')}`))).toBe(false);
  });
});
