/**
 * Each kind of bad input stops the checker and the build with a Chinese message that names the file.
 * The checker messages are pinned as inline snapshots; the build is run for real on each broken tree.
 */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { relative } from 'node:path';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/check/problem.ts';
import { buildSite } from '../support/build-site.ts';
import { copyFixture, type Tree } from '../support/fixture-tree.ts';

/** The checker's messages for a tree, with file paths relative to the content folder. */
async function messages(tree: Tree): Promise<string[]> {
  const { problems } = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
  return problems.filter((p) => p.severity === 'error').map((p) => formatProblem({ ...p, file: relative('.', p.file) }));
}

const cases: { name: string; file: string; breakIt: (t: Tree) => void; expected: string }[] = [
  {
    name: 'a year written in Chinese numerals',
    file: 'people/ce-shijia.md',
    breakIt: (t) => t.edit('people/ce-shijia.md', 'year: 2023', 'year: 二〇二二'),
    expected: '应为四位年份',
  },
  {
    name: 'an unknown key such as honors',
    file: 'people/ce-shijia.md',
    breakIt: (t) => t.edit('people/ce-shijia.md', 'honours:', 'honors:'),
    expected: '不认识的字段“honors”',
  },
  {
    name: 'a reference to an enterprise that does not exist',
    file: 'people/ce-shijia.md',
    breakIt: (t) => t.edit('people/ce-shijia.md', 'organization: shili-keji', 'organization: shili-keji-2'),
    expected: '找不到单位“shili-keji-2”',
  },
  {
    name: 'two people with the same slug',
    file: 'people/dup/ce-shijia.mdx',
    breakIt: (t) => t.write('people/dup/ce-shijia.mdx', t.read('people/ce-shijia.md')),
    expected: '网址重复',
  },
  {
    name: 'a portrait whose image file is missing',
    file: 'people/ce-shijia.md',
    breakIt: (t) =>
      t.edit('people/ce-shijia.md', 'published: 2024-01-01', 'portrait:\n  src: ./ce-shijia.jpg\n  alt: 测试甲的照片\npublished: 2024-01-01'),
    expected: '找不到图片文件“./ce-shijia.jpg”',
  },
  {
    name: 'a story saved as GBK by a Windows editor',
    file: 'stories/ceshi-gushi.md',
    breakIt: (t) => t.write('stories/ceshi-gushi.md', iconv.encode(t.read('stories/ceshi-gushi.md'), 'gbk')),
    expected: '文件不是 UTF-8 编码，看起来是 GBK',
  },
];

describe('bad content', () => {
  for (const c of cases) {
    it(`the checker names the file for ${c.name}`, async () => {
      const tree = copyFixture();
      c.breakIt(tree);
      const found = await messages(tree);
      expect(found.join('\n')).toContain(c.expected);
      expect(found.some((m) => m.includes(c.file))).toBe(true);
    });
  }

  it('the checker pins the exact Chinese message, line and column of a bad year', async () => {
    const tree = copyFixture();
    tree.edit('people/ce-shijia.md', 'year: 2023', 'year: 二〇二二');
    const { problems } = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "people/ce-shijia.md:6:11 honours[0].year：应为四位年份（如 2022），实际为"二〇二二"",
      ]
    `);
  });

  it('the checker suggests honours for honors at the line of the key', async () => {
    const tree = copyFixture();
    tree.edit('people/ce-shijia.md', 'honours:', 'honors:');
    const { problems } = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "people/ce-shijia.md:4:1 honors：不认识的字段“honors”，是不是想写“honours”？
        怎么改：把“honors”改成“honours”。",
      ]
    `);
  });

  it('the checker points a dangling reference at its line and offers the nearest id', async () => {
    const tree = copyFixture();
    tree.edit('people/ce-shijia.md', 'organization: shili-keji', 'organization: shili-keji-2');
    const { problems } = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "people/ce-shijia.md:3:15 organization：找不到单位“shili-keji-2”（content/organizations/ 里没有这个文件），是不是“shili-keji”？
        怎么改：改成“shili-keji”，或先新建 shili-keji-2 这个单位。",
      ]
    `);
  });

  it('the checker lists every problem of a tree, not only the first', async () => {
    const tree = copyFixture();
    for (const c of cases) c.breakIt(tree);
    const found = await messages(tree);
    // The GBK story and the duplicate are independent of the person file's own mistakes.
    for (const expected of ['网址重复', '找不到图片文件', 'GBK']) expect(found.join('\n')).toContain(expected);
    expect(found.length).toBeGreaterThanOrEqual(4);
  });
});

describe('the build', () => {
  it('builds the untouched minimal fixture', async () => {
    const result = await buildSite({ content: copyFixture().dir });
    expect(result.output).not.toContain('内容检查发现');
    expect(result.code).toBe(0);
  });

  it('stops on a dangling reference, naming the file and the missing id, and lists every other problem too', async () => {
    const tree = copyFixture();
    tree.edit('people/ce-shijia.md', 'organization: shili-keji', 'organization: shili-keji-2');
    tree.edit('collectives/ceshi-banzu.md', 'leader: ce-shijia', 'leader: ce-shiyi');
    const result = await buildSite({ content: tree.dir });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('people/ce-shijia.md:3:15 organization：找不到单位“shili-keji-2”');
    expect(result.output).toContain('collectives/ceshi-banzu.md');
    expect(result.output).toContain('找不到人物“ce-shiyi”');
    expect(result.output).toContain('内容检查发现 2 个错误');
  });

  for (const c of cases) {
    it(`stops on ${c.name}, naming ${c.file}`, async () => {
      const tree = copyFixture();
      c.breakIt(tree);
      const result = await buildSite({ content: tree.dir });
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(c.file);
      expect(result.output).toContain(c.expected);
    });
  }
});
