/**
 * Bad input stops the build with a Chinese message that names the file. One build of a tree holding every kind of
 * bad input at once (each in its own file) shows that the build stops, and names each file and every problem.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BAD_CONTENT as cases } from '../support/bad-content.ts';
import { BUILD_HOOK, buildSite, type BuildResult } from '../support/build-site.ts';
import { copyFixture } from '../support/fixture-tree.ts';
import { hiddenEntriesBuild } from '../support/hidden-entries.ts';

const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** Where each case is broken: the person cases each in their own copy of the person, the others in place. */
const at = (i: number) => (cases[i]!.file === 'people/ce-shijia.md' ? `people/ce-cuowu-${i}.md` : cases[i]!.file);

describe('the build of a tree with every kind of bad content', () => {
  let result: BuildResult;
  beforeAll(async () => {
    const tree = copyFixture();
    cases.forEach((c, i) => {
      if (at(i) !== c.file) tree.write(at(i), tree.read(c.file).replace('name: 测试甲', `name: 测试错误${i}`));
      c.breakIt(tree, at(i));
    });
    tree.edit('collectives/ceshi-banzu.md', 'leader: ce-shijia', 'leader: ce-shiyi');
    result = await buildSite({ content: tree.dir });
    result.output = plain(result.output);
  }, BUILD_HOOK);

  it('stops with an error', () => {
    expect(result.code, result.output).not.toBe(0);
  });

  for (const [i, c] of cases.entries()) {
    it(`names the file and the problem for ${c.name}`, () => {
      const lines = result.output.split('\n').filter((l) => l.includes(at(i)));
      expect(lines.join('\n'), result.output).toContain(c.expected);
    });
  }

  it('points a dangling reference at its line and column and names the missing id', () => {
    const i = cases.findIndex((c) => c.expected.startsWith('找不到单位'));
    expect(result.output).toContain(`${at(i)}:3:15 organization：找不到单位“shili-keji-2”`);
    expect(result.output).toMatch(/collectives\/ceshi-banzu\.md.*找不到人物“ce-shiyi”/);
  });

  it('counts every problem it lists, not only the first', () => {
    // Each problem is a line that starts with its file; a case may give more than one (a missing portrait also lacks consent).
    const listed = result.output.split('\n').filter((l) => /^[^\s\d]\S*content\/(people|stories|collectives)\//.test(l)).length;
    expect(listed).toBeGreaterThanOrEqual(cases.length + 1);
    expect(result.output).toContain(`内容检查发现 ${listed} 个错误`);
  });
});

describe('the build of the same fixture without the bad content', () => {
  it('succeeds with no checker message', async () => {
    const result = await hiddenEntriesBuild();
    // Warnings may be listed (the fixture schedules entries for 2030, more than a year ahead); no error is.
    expect(result.output).not.toMatch(/内容检查发现 [1-9]\d* 个错误/);
    expect(result.code, result.output).toBe(0);
  }, BUILD_HOOK);
});
