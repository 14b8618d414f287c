/** Each kind of bad input stops the checker with a Chinese message that names the file (pinned as inline snapshots). */
import { describe, expect, it } from 'vitest';
import { relative } from 'node:path';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/check/problem.ts';
import { BAD_CONTENT as cases } from '../support/bad-content.ts';
import { copyFixture, type Tree } from '../support/fixture-tree.ts';

/** The checker's messages for a tree, with file paths relative to the content folder. */
async function messages(tree: Tree): Promise<string[]> {
  const { problems } = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
  return problems.filter((p) => p.severity === 'error').map((p) => formatProblem({ ...p, file: relative('.', p.file) }));
}

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
