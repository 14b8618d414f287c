/** Levels and industries are the site's own lists in content/: values outside them are errors that list them. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/check/problem.ts';
import { copyFixture, type Tree } from '../support/fixture-tree.ts';
import { ROOT } from '../support/paths.ts';

async function report(tree: Tree): Promise<string[]> {
  const { problems } = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
  return problems.map(formatProblem);
}

const LEVELS = '- name: 全国\n- name: 省\n  tier: 地方\n- name: 市\n  tier: 地方\n- name: 企业\n';

describe('the site taxonomy', () => {
  it('accepts a level from the site list and rejects one outside it, listing the site levels', async () => {
    const tree = copyFixture();
    tree.write('levels.yaml', LEVELS);
    tree.edit('honours/ceshi-jiangzhang.yaml', 'level: 全国', 'level: 省');
    expect(await report(tree)).toEqual([]);
    tree.edit('honours/ceshi-jiangzhang.yaml', 'level: 省', 'level: 上海市');
    const lines = await report(tree);
    expect(lines[0]).toBe('honours/ceshi-jiangzhang.yaml:2:8 level：应为本站的级别之一（content/levels.yaml）：全国、省、市、企业，实际为"上海市"');
  });

  it('rejects an industry outside the site list, listing slug and name of each', async () => {
    const tree = copyFixture();
    tree.write('industries.yaml', '- slug: gangkou\n  name: 港口物流\n- slug: hangtian\n  name: 航天\n');
    tree.edit('organizations/shili-keji.yaml', 'industry: zhizao', 'industry: hangtian');
    expect(await report(tree)).toEqual([]);
    tree.edit('organizations/shili-keji.yaml', 'industry: hangtian', 'industry: hangkong');
    expect((await report(tree))[0]).toBe(
      'organizations/shili-keji.yaml:3:11 industry：应为本站的行业之一（content/industries.yaml）：gangkou（港口物流）、hangtian（航天），实际为"hangkong"',
    );
  });

  it('reports removing a level that honours still use, on the list file, naming every file that uses it', async () => {
    const tree = copyFixture();
    tree.write('honours/ceshi-jiangzhuang.yaml', 'name: 测试劳动奖状\nlevel: 全国\nconferrer: 测试授予机构\nrecipient: 集体\norder: 20\n');
    tree.write('levels.yaml', '- name: 省\n- name: 企业\n');
    const { problems } = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
    const onList = problems.filter((p) => p.code === 'taxonomy-in-use');
    expect(onList).toHaveLength(1);
    expect(onList[0]!.file).toBe('levels.yaml');
    expect(onList[0]!.message).toBe('级别“全国”不在本站的级别清单里，但有 2 个文件在用：honours/ceshi-jiangzhang.yaml、honours/ceshi-jiangzhuang.yaml');
  });

  it('reports removing an industry that organizations still use, naming the files', async () => {
    const tree = copyFixture();
    tree.write('industries.yaml', '- slug: jiaoyu\n  name: 教育\n');
    const { problems } = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
    expect(problems.find((p) => p.code === 'taxonomy-in-use')?.message).toBe('行业“zhizao”不在本站的行业清单里，但有 1 个文件在用：organizations/shili-keji.yaml');
  });

  it('points at a broken list with its line: a level written twice', async () => {
    const tree = copyFixture();
    tree.write('levels.yaml', '- name: 全国\n- name: 企业\n- name: 全国\n');
    expect(await report(tree)).toContain('levels.yaml:3:9 [2].name：级别“全国”写了两次');
  });

  it('starts a site without its own list on the 20 门类 of GB/T 4754-2017, codes A to T', () => {
    const starter = parse(readFileSync(join(ROOT, 'starter/industries.yaml'), 'utf8')) as { slug: string; name: string; code: string }[];
    expect(starter.map((i) => i.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    expect(starter.find((i) => i.code === 'C')?.name).toBe('制造业');
    expect(starter.find((i) => i.code === 'S')?.name).toBe('公共管理、社会保障和社会组织');
    expect(new Set(starter.map((i) => i.slug)).size).toBe(20);
  });

  it('lets the sample keep its own ten industries', () => {
    const own = parse(readFileSync(join(ROOT, 'content/industries.yaml'), 'utf8')) as { slug: string }[];
    expect(own).toHaveLength(10);
  });
});
