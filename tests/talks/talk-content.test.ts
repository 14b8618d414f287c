/** Talks as content: the checker knows every slide form and names file and line of a broken reference. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { copyFixture } from '../support/fixture-tree.ts';

const TALK = `title: 测试宣讲
speakers: [测试宣讲团]
duration: 10
published: 2020-01-01
slides:
  - person: ce-shijia
    notes: 测试备注
  - collective: ceshi-banzu
  - story: ceshi-gushi
  - honour: ceshi-jiangzhang
  - figure: ceshi-shuzi
  - title: 测试自定义页
    body: 示例科技有限公司的**测试**文字
`;

describe('talks in the content checker', () => {
  it('a talk whose slides all point at existing entries and figures passes the check', async () => {
    const tree = copyFixture();
    tree.write('talks/ceshi-xuanjiang.yaml', TALK);
    const { problems, entries } = await checkContent({ contentDir: tree.dir });
    expect(problems).toEqual([]);
    const talk = entries.find((e) => e.collection === 'talks');
    expect(talk?.id).toBe('ceshi-xuanjiang');
    expect((talk?.data['slides'] as unknown[]).length).toBe(6);
  });

  it('a missing figure id and a missing person fail the check with file, line and a suggestion', async () => {
    const tree = copyFixture();
    tree.write('talks/ceshi-xuanjiang.yaml', TALK.replace('figure: ceshi-shuzi', 'figure: ceshi-shuz').replace('person: ce-shijia', 'person: ce-shijie'));
    const { problems } = await checkContent({ contentDir: tree.dir });
    const missing = problems.filter((p) => p.code === 'missing-reference');
    expect(missing.map((p) => [p.file.endsWith('talks/ceshi-xuanjiang.yaml'), p.line, p.field])).toEqual([
      [true, 6, 'slides[0].person'],
      [true, 11, 'slides[4].figure'],
    ]);
    expect(missing[1]?.message).toContain('找不到数字“ceshi-shuz”');
    expect(missing[1]?.message).toContain('ceshi-shuzi');
  });

  it('a slide mixing two forms or with a misspelt key is reported in Chinese at its line', async () => {
    const tree = copyFixture();
    tree.write('talks/ceshi-xuanjiang.yaml', TALK.replace('  - story: ceshi-gushi\n', '  - story: ceshi-gushi\n    figure: ceshi-shuzi\n').replace('  - title: 测试自定义页', '  - titel: 测试自定义页'));
    const { problems } = await checkContent({ contentDir: tree.dir });
    const slideProblems = problems.filter((p) => p.field?.startsWith('slides['));
    expect(slideProblems.map((p) => [p.field, p.line])).toEqual([
      ['slides[2]', 9],
      ['slides[5]', 13],
    ]);
    for (const p of slideProblems) expect(p.message).toContain('每张幻灯片只写一种');
  });

  it('HTML tags in a slide body or in notes are refused, so nothing can break the strict CSP of the projector page', async () => {
    const tree = copyFixture();
    tree.write('talks/ceshi-xuanjiang.yaml', TALK.replace('body: 示例科技有限公司的**测试**文字', 'body: <script>alert(1)</script>').replace('notes: 测试备注', 'notes: <b style="color:red">测试备注</b>'));
    const { problems } = await checkContent({ contentDir: tree.dir });
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['slides[0].notes', 7],
      ['slides[5].body', 13],
    ]);
    for (const p of problems) expect(p.message).toContain('只支持 Markdown');
  });

  it('a talk without speakers or duration is refused with the field named', async () => {
    const tree = copyFixture();
    tree.write('talks/ceshi-xuanjiang.yaml', TALK.replace('speakers: [测试宣讲团]\nduration: 10\n', ''));
    const { problems } = await checkContent({ contentDir: tree.dir });
    expect(problems.map((p) => p.field).sort()).toEqual(['duration', 'speakers']);
  });

  it('the sample talk only uses entries that exist in the sample content', async () => {
    const { problems, entries } = await checkContent({});
    expect(problems.filter((p) => p.file.includes('talks/'))).toEqual([]);
    const talk = entries.find((e) => e.collection === 'talks' && e.id === 'bangyang-de-liliang');
    expect(talk?.valid).toBe(true);
    const refs = JSON.stringify(talk?.data['slides']);
    for (const id of ['he-maodong', 'zhang-zikang', 'zhao-yongchun', 'schneider-jiti-hetong', 'quanguo-wuyi-2022', 'zhigong-chuangxin-gongzuoshi']) {
      expect(refs).toContain(`"${id}"`);
    }
  });
});
