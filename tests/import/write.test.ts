/** `--write`: draft entries with the award and the list as its source, never overwriting, and idempotent. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugFor } from '../../src/lib/slug.ts';
import { checkContent } from '../../src/check/check-content.ts';
import { SOURCE, org, person, importSite, listFile, runImport } from './site.ts';

// Every name and unit below is made up.
const LIST = `2022年全国五一劳动奖章获得者名单
甲省：
假　一　虚构科技有限公司高级工程师
测试甲 示例科技有限公司工程师
假五 虚构重工集团公司研究院财务
`;

const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => [join(d.parentPath, d.name), readFileSync(join(d.parentPath, d.name), 'utf8')]),
  );

describe('importing with --write', () => {
  it('creates a draft person with the award, its note and the list as the source', async () => {
    const tree = importSite();
    await runImport(tree, listFile('list.txt', LIST), { write: true, source: SOURCE });
    const text = tree.read(`${person('假一')}`);
    expect(text).toContain('draft: true');
    expect(text).toContain(
      'honours:\n  - honour: quanguo-wuyi-laodong-jiangzhang\n    year: 2022\n    note: 甲省\n    source:\n      title: 2022年全国五一劳动奖章获得者名单\n      publisher: 虚构发布机构\n      date: 2022-04-28\n',
    );
    expect(text).toContain(`organization: ${slugFor('organization', '虚构科技有限公司')}\nposition: 高级工程师\n`);
  });

  it('writes entries the checker accepts, each draft listed under 待补充 with what it still needs', async () => {
    const tree = importSite();
    await runImport(tree, listFile('list.txt', LIST), { write: true, source: SOURCE });
    const { problems } = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
    expect(problems.map((p) => [p.file, p.code, p.message])).toEqual([[`${person('假一')}`, 'draft-todo', '一句话简介（summary）、同意记录（consent.biography）、事迹正文']]);
  });

  it('adds the award to an existing person matched by name and unit, keeping the rest of the file', async () => {
    const tree = importSite();
    const before = tree.read('people/ce-shijia.md');
    await runImport(tree, listFile('list.txt', LIST), { write: true, source: SOURCE });
    const after = tree.read('people/ce-shijia.md');
    expect(after.replace(/ {2}- honour: quanguo-wuyi-laodong-jiangzhang\n[\s\S]*?date: 2022-04-28\n/, '')).toBe(before);
    expect(after).toContain('  - honour: quanguo-wuyi-laodong-jiangzhang\n    year: 2022\n    note: 甲省\n');
  });

  it('gives a new unit the site industry 其他, or names the new units whose industry is still to be filled in', async () => {
    const withOther = importSite();
    await runImport(withOther, listFile('list.txt', LIST), { write: true, source: SOURCE });
    expect(withOther.read(org('虚构科技有限公司'))).toMatch(/^industry: qita /m);
    const without = importSite({ other: false });
    const { lines } = await runImport(without, listFile('list.txt', LIST), { write: true, source: SOURCE });
    expect(lines).toContain(`1 个新单位还没有行业（网站的行业表里没有“其他”）：在这些文件里填好 industry，网站才能生成：${org('虚构科技有限公司')}`);
  });

  it('does not write the uncertain lines', async () => {
    const tree = importSite();
    const { written } = await runImport(tree, listFile('list.txt', LIST), { write: true, source: SOURCE });
    expect(written?.created).toEqual([`${org('虚构科技有限公司')}`, `${person('假一')}`]);
  });

  it('changes nothing when the same list is imported twice', async () => {
    const tree = importSite();
    const file = listFile('list.txt', LIST);
    await runImport(tree, file, { write: true, source: SOURCE });
    const first = snapshot(tree.dir);
    const { lines, written } = await runImport(tree, file, { write: true, source: SOURCE });
    expect(snapshot(tree.dir)).toEqual(first);
    expect(written).toEqual({ created: [], updated: [], needIndustry: [], refused: [] });
    expect(lines).toContain('合计：新人物 0，已有人物 2，新集体 0，已有集体 0，新单位 0，新增荣誉 0，待确认 1 行。');
  });

  it('refuses to write without the list source, naming the missing options', async () => {
    const tree = importSite();
    const before = snapshot(tree.dir);
    const { error } = await runImport(tree, listFile('list.txt', LIST), { write: true });
    expect(error).toMatch(/^没有写入：--write 要写明名单的出处：--publisher（.*）、--date（.*）/);
    expect(snapshot(tree.dir)).toEqual(before);
  });
});
