/** A person's record (positions, birth and death years), awards as published and sources by url or title + publisher. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { copyFixture, type Tree } from '../support/fixture-tree.ts';
import { isDeceased, lifeYears } from '../../src/lib/life.ts';

const person = 'people/ce-shijia.md';
const messages = async (tree: Tree) => (await checkContent({ cwd: tree.dir, contentDir: tree.dir })).problems.map((p) => `${p.field ?? ''} ${p.message}`);

describe('awards as published', () => {
  it('accept an award with no year, an exact date instead of a year, and the unit at the time', async () => {
    const tree = copyFixture();
    tree.edit(person, '    year: 2023', '    unit: 示例科技前身某厂\n  - honour: ceshi-jiangzhang\n    date: 2023-04-28\n    organization: shili-keji');
    expect(await messages(tree)).toEqual([]);
  });

  it('reject a year that contradicts the exact date', async () => {
    const tree = copyFixture();
    tree.edit(person, '    year: 2023', '    year: 2022\n    date: 2023-04-28');
    expect(await messages(tree)).toEqual(['honours[0].year 年份和授予日期不一致（date 是 2023-04-28），实际为2022']);
  });
});

describe('a person record', () => {
  it('accepts an earlier post at a unit on the site and a concurrent one written as plain text', async () => {
    const tree = copyFixture();
    tree.edit(person, 'organization: shili-keji', 'organization: shili-keji\nborn: 1950\npositions:\n  - organization: shili-keji\n    title: 钳工\n    from: 1970\n    to: 1990\n  - unit: 某市总工会\n    title: 副主席（兼职）\n    from: 2008');
    expect(await messages(tree)).toEqual([]);
  });

  it('rejects a post with neither unit nor organization, and one that ends before it starts', async () => {
    const tree = copyFixture();
    tree.edit(person, 'organization: shili-keji', 'organization: shili-keji\npositions:\n  - title: 钳工\n  - unit: 某厂\n    from: 1990\n    to: 1980');
    expect(await messages(tree)).toEqual([
      'positions[0].organization 单位写 organization（文件名）或 unit（名称）其中一个，实际为（空）',
      'positions[1].to 结束（1980）早于起始（1990），实际为1980',
    ]);
  });

  it('takes a death year as deceased: no consent record is asked for', async () => {
    const tree = copyFixture();
    tree.edit(person, /consent:\n.*\n/, 'born: 1940\ndied: 2020\n');
    expect(await messages(tree)).toEqual([]);
  });

  it('rejects a death year with deceased: false', async () => {
    const tree = copyFixture();
    tree.edit(person, 'organization: shili-keji', 'organization: shili-keji\ndied: 2020\ndeceased: false');
    expect(await messages(tree)).toEqual(['deceased 写了去世年份 died: 2020，deceased 就不能是 false，实际为false']);
  });

  it('writes the years with restraint', () => {
    expect(lifeYears({ born: 1950, died: 2020 })).toBe('（1950—2020）');
    expect(lifeYears({ born: 1950 })).toBe('（1950年生）');
    expect(lifeYears({ died: 2020 })).toBe('（？—2020）');
    expect(lifeYears({ deceased: true })).toBe('');
    expect(isDeceased({ deceased: true })).toBe(true);
    expect(isDeceased({ born: 1950 })).toBe(false);
  });
});

describe('sources', () => {
  it('may be a web address alone, with no title', async () => {
    const tree = copyFixture();
    tree.edit(person, '  - title: 测试用虚构资料\n    publisher: 测试\n', '  - url: https://example.org/ceshi.html\n');
    expect(await messages(tree)).toEqual([]);
  });

  it('without a web address need a title and a publisher', async () => {
    const tree = copyFixture();
    tree.edit(person, '    publisher: 测试\n', '');
    expect(await messages(tree)).toEqual(['sources[0].publisher 出处要写网址 url，或者写标题 title 和发布者 publisher，实际为（空）']);
  });
});
