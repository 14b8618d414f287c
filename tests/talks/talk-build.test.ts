/**
 * A fixture site with a talk that uses every slide form, built for real: each form renders as a big-type slide,
 * unpublished entries and talks stay off the projector and the talks list, and the build says so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { BUILD_HOOK, buildSite, type BuildResult } from '../support/build-site.ts';
import { exportTalk } from '../../scripts/export-talk.ts';
import { copyFixture } from '../support/fixture-tree.ts';

let build: BuildResult;
let content: string;
const html = (rel: string) => readFileSync(join(build.outDir, rel), 'utf8');
/** The text of each slide section, tags stripped. */
const slides = (page: string) =>
  [...page.matchAll(/<section class="slide[^"]*"[^>]*>([\s\S]*?)<\/section>/g)].map((m) => m[1]!.replace(/<wbr>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());

beforeAll(async () => {
  const tree = copyFixture();
  content = tree.dir;
  const person = tree.read('people/ce-shijia.md');
  // A generated test picture (plain colour, nobody's face) as 测试甲's portrait.
  tree.write('people/ce-shijia.jpg', await sharp({ create: { width: 600, height: 800, channels: 3, background: { r: 30, g: 60, b: 90 } } }).jpeg().toBuffer());
  tree.edit(
    'people/ce-shijia.md',
    /consent:\n  biography: \{ basis: 本人书面同意, by: 本人, date: 2024-01-01 \}\n/,
    'portrait:\n  src: ./ce-shijia.jpg\n  alt: 测试甲的测试照片（纯色图）\nconsent:\n  biography: { basis: 本人书面同意, by: 本人, date: 2024-01-01 }\n  portrait: { basis: 本人书面同意, by: 本人, date: 2024-01-01 }\n',
  );
  // Six more recipients of the test honour (an earlier year), so the honour slide has to shorten its list.
  for (const [i, n] of ['一', '二', '三', '四', '五', '六'].entries()) {
    tree.write(`people/ce-shibing-${i + 1}.md`, person.replace('name: 测试甲', `name: 测试丙${n}`).replace('year: 2023', 'year: 2022'));
  }
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
  - image: { src: ./ceshi-tupian.png, alt: 测试用的纯色图片 }
    caption: 测试图片说明
`,
  );
  // A real-looking address (not the example one), so the deck ends with its QR code.
  tree.edit('site.yaml', /baseUrl: .*/, 'baseUrl: https://guangrongbang.test/');
  tree.write('talks/ceshi-tupian.png', await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 200, g: 180, b: 40 } } }).png().toBuffer());
  tree.write('talks/ceshi-caogao.yaml', `title: 测试草稿宣讲\nspeakers: [测试宣讲团]\nduration: 5\npublished: 2024-01-01\ndraft: true\nslides:\n  - title: 草稿页\n`);
  build = await buildSite({ content: tree.dir, env: { HONOR_ROLL_NOW: '2025-01-01T00:00:00+08:00' } });
  if (build.code !== 0) throw new Error(build.output);
}, BUILD_HOOK);

describe('a talk built from a fixture site', () => {
  it('every slide form becomes a slide: cover, person, collective, story, honour, figure, custom, image, QR', () => {
    const texts = slides(html('talks/ceshi-xuanjiang/index.html'));
    expect(texts).toHaveLength(9);
    expect(texts[0]).toContain('测试宣讲甲');
    expect(texts[0]).toContain('测试宣讲团、测试甲 · 2024年5月1日 · 示例报告厅 · 计划 12 分钟');
    expect(texts[1]).toContain('测试甲');
    expect(texts[1]).toContain('2023年 测试劳动奖章');
    expect(texts[1]).toContain('测试用的虚构引语');
    expect(texts[2]).toContain('测试班组');
    expect(texts[3]).toContain('测试故事');
    expect(texts[4]).toContain('测试劳动奖章');
    expect(texts[4]).toContain('2023年 测试甲');
    expect(texts[4]).toContain('共 7 位（个）');
    expect(texts[4]?.match(/2022年 测试丙/g)).toHaveLength(4);
    expect(texts[5]).toMatch(/1 个/);
    expect(texts[5]).toContain('测试数字');
    expect(texts[6]).toContain('测试自定义页');
    expect(html('talks/ceshi-xuanjiang/index.html')).toContain('<strong>加粗</strong>');
    expect(texts[7]).toContain('测试图片说明');
    expect(texts[8]).toContain('https://guangrongbang.test/talks/ceshi-xuanjiang/');
  });

  it('an image slide shows the content picture, resized for the screen, with its alt text; the offline file carries it inside', () => {
    const page = html('talks/ceshi-xuanjiang/index.html');
    const img = /<figure class="picture"><img src="(\/_astro\/[^"]+\.webp)" alt="测试用的纯色图片"/.exec(page);
    expect(img).not.toBeNull();
    const offline = html('offline/talks/ceshi-xuanjiang.html');
    expect(offline).toMatch(/<figure class="picture"><img src="data:image\/webp;base64,[A-Za-z0-9+/=]{100,}" alt="测试用的纯色图片"/);
  });

  it('with a real site address the deck ends with a QR code of its page, and the build gives no example-address warning', () => {
    const page = html('talks/ceshi-xuanjiang/index.html');
    expect(page).toMatch(/<svg role="img" aria-label="二维码：https:\/\/guangrongbang\.test\/talks\/ceshi-xuanjiang\/"/);
    expect(build.output).not.toContain('示例地址');
  });

  it('the 光荣榜 of each honour year gets a lobby deck that loops by itself, with its offline file', () => {
    const page = html('project/roll/2023/index.html');
    expect(page).toMatch(/<main class="deck" id="deck"[^>]*data-loop="\d+"/);
    expect(slides(page).join(' ')).toContain('测试甲');
    expect(existsSync(join(build.outDir, 'offline/project/roll/2023.html'))).toBe(true);
  });


  it('a person with a portrait is shown with the picture and its alt text; the offline export carries the picture inside', () => {
    const page = html('talks/ceshi-xuanjiang/index.html');
    const img = /<img src="(\/_astro\/[^"]+\.webp)" alt="测试甲的测试照片（纯色图）"/.exec(page);
    expect(img).not.toBeNull();
    expect(existsSync(join(build.outDir, img![1]!))).toBe(true);
    process.env['HONOR_ROLL_CONTENT'] = content;
    try {
      const out = join(build.outDir, '..', 'export.html');
      const r = exportTalk({ slug: 'ceshi-xuanjiang', out, dist: build.outDir, build: false, notes: true });
      const file = readFileSync(r.out, 'utf8');
      expect(file).toMatch(/<img src="data:image\/webp;base64,[A-Za-z0-9+/=]{100,}" alt="测试甲的测试照片（纯色图）"/);
      expect(file).not.toContain('/_astro/');
      expect(file).toContain('class="deck-page print-notes"');
      expect(() => exportTalk({ slug: 'ceshi-caogao', out, dist: build.outDir, build: false })).toThrow(/还没有发布/);
      expect(() => exportTalk({ slug: 'ceshi-xuanjiagn', out, dist: build.outDir, build: false })).toThrow(/找不到宣讲“ceshi-xuanjiagn”.*ceshi-xuanjiang/);
    } finally {
      delete process.env['HONOR_ROLL_CONTENT'];
    }
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
