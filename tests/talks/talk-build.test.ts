/**
 * A fixture site with a talk that uses every slide form, built for real: each form renders as a big-type slide,
 * unpublished entries and talks stay off the projector and the talks list, and the build says so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { copyFixture } from '../support/fixture-tree.ts';

let build: BuildResult;
const html = (rel: string) => readFileSync(join(build.outDir, rel), 'utf8');
/** The text of each slide section, tags stripped. */
const slides = (page: string) =>
  [...page.matchAll(/<section class="slide[^"]*"[^>]*>([\s\S]*?)<\/section>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());

beforeAll(async () => {
  const tree = copyFixture();
  const person = tree.read('people/ce-shijia.md');
  tree.write('people/ce-shiyi.md', person.replace('name: 测试甲', 'name: 测试乙').replace('published: 2024-01-01', 'published: 2024-01-01\ndraft: true'));
  tree.write(
    'talks/ceshi-xuanjiang.yaml',
    `title: 测试宣讲甲
subtitle: 示例科技有限公司的测试宣讲
speakers: [测试宣讲团, 测试甲]
date: 2024年5月1日
venue: 示例报告厅
duration: 12
published: 2024-01-01
slides:
  - person: ce-shijia
    quote: 测试用的虚构引语
    notes: 测试备注一
  - person: ce-shiyi
  - collective: ceshi-banzu
  - story: ceshi-gushi
  - honour: ceshi-jiangzhang
  - figure: ceshi-shuzi
  - title: 测试自定义页
    body: 示例科技有限公司的**加粗**文字
`,
  );
  tree.write('talks/ceshi-caogao.yaml', `title: 测试草稿宣讲\nspeakers: [测试宣讲团]\nduration: 5\npublished: 2024-01-01\ndraft: true\nslides:\n  - title: 草稿页\n`);
  build = await buildSite({ content: tree.dir, env: { HONOR_ROLL_NOW: '2025-01-01T00:00:00+08:00' } });
  if (build.code !== 0) throw new Error(build.output);
});

describe('a talk built from a fixture site', () => {
  it('every slide form becomes a slide: cover, person, collective, story, honour, figure, custom, QR', () => {
    const texts = slides(html('talks/ceshi-xuanjiang/index.html'));
    expect(texts).toHaveLength(8);
    expect(texts[0]).toContain('测试宣讲甲');
    expect(texts[0]).toContain('测试宣讲团、测试甲 · 2024年5月1日 · 示例报告厅 · 计划 12 分钟');
    expect(texts[1]).toContain('测试甲');
    expect(texts[1]).toContain('2023 测试劳动奖章');
    expect(texts[1]).toContain('测试用的虚构引语');
    expect(texts[2]).toContain('测试班组');
    expect(texts[3]).toContain('测试故事');
    expect(texts[4]).toContain('测试劳动奖章');
    expect(texts[4]).toContain('2023 测试甲');
    expect(texts[5]).toMatch(/1 个/);
    expect(texts[5]).toContain('测试数字');
    expect(texts[6]).toContain('测试自定义页');
    expect(html('talks/ceshi-xuanjiang/index.html')).toContain('<strong>加粗</strong>');
    expect(texts[7]).toContain('/talks/ceshi-xuanjiang/');
  });

  it('speaker notes are in the page for the presenter window but not on any slide', () => {
    const page = html('talks/ceshi-xuanjiang/index.html');
    expect(page).toMatch(/<div class="notes"[^>]*>[\s\S]*测试备注一/);
    expect(slides(page).join(' ')).not.toContain('测试备注一');
  });

  it('a slide pointing at a draft person is left out and the build names the talk and the person', () => {
    expect(html('talks/ceshi-xuanjiang/index.html')).not.toContain('测试乙');
    expect(build.output).toContain('content/talks/ceshi-xuanjiang 第 2 张');
    expect(build.output).toContain('人物“ce-shiyi”未发布');
  });

  it('a draft talk has no page and is not listed; the published one is', () => {
    expect(existsSync(join(build.outDir, 'talks/ceshi-caogao/index.html'))).toBe(false);
    const list = html('talks/index.html');
    expect(list).not.toContain('测试草稿宣讲');
    expect(list).toContain('href="/talks/ceshi-xuanjiang/"');
  });

  it('every published person, collective and story gets a 投影 slide show, drafts do not', () => {
    expect(existsSync(join(build.outDir, 'project/people/ce-shijia/index.html'))).toBe(true);
    expect(existsSync(join(build.outDir, 'project/collectives/ceshi-banzu/index.html'))).toBe(true);
    expect(existsSync(join(build.outDir, 'project/stories/ceshi-gushi/index.html'))).toBe(true);
    expect(existsSync(join(build.outDir, 'project/people/ce-shiyi/index.html'))).toBe(false);
    expect(html('people/ce-shijia/index.html')).toContain('href="/project/people/ce-shijia/"');
  });
});
