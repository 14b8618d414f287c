/** Relative time words get a warning with the absolute year; two honours or organizations with one name are an error. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { copyFixture } from '../support/fixture-tree.ts';

const story = 'stories/ceshi-gushi.md';

describe('relative time words', () => {
  it('warn (not fail) on 今年 in a summary and suggest the year read off the source date', async () => {
    const tree = copyFixture();
    tree.edit(story, /^summary: .*$/m, 'summary: 今年举办的虚构测试活动，用于测试相对时间的提醒。');
    const { problems } = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
    const warning = problems.find((p) => p.code === 'relative-time');
    expect(warning?.severity).toBe('warning');
    expect(warning?.field).toBe('summary');
    expect(warning?.fix).toContain(`“今年”是 ${tree.read(story).match(/date: (\d{4})/)![1]}年`);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('warn on 近日 in an award note, where no year can be said', async () => {
    const tree = copyFixture();
    tree.edit('people/ce-shijia.md', '    year: 2023', '    year: 2023\n    note: 近日公示');
    const { problems } = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
    expect(problems.map((p) => `${p.code} ${p.field}`)).toEqual(['relative-time honours[0].note']);
  });

  it('leave words in quotation marks alone: they are the source’s own', async () => {
    const tree = copyFixture();
    tree.edit('people/ce-shijia.md', '    year: 2023', '    year: 2023\n    note: 原文称“今年4月”公示');
    const { problems } = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
    expect(problems).toEqual([]);
  });
});

describe('twin names', () => {
  it('are an error naming both honour files when one honour’s alias is the other’s name', async () => {
    const tree = copyFixture();
    tree.write('honours/ceshi-jiangzhang-2.yaml', 'name: 测试奖章\naliases: [测试劳动奖章]\nlevel: 全国\nconferrer: 测试授予机构\nrecipient: 个人\norder: 20\n');
    const { problems } = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
    const twin = problems.filter((p) => p.code === 'twin-name');
    expect(twin).toHaveLength(1);
    expect(twin[0]!.message).toBe('两个荣誉重名：honours/ceshi-jiangzhang.yaml 和 honours/ceshi-jiangzhang-2.yaml 都叫“测试劳动奖章”');
  });

  it('are an error for two organizations whose short names differ only in full-width letters', async () => {
    const tree = copyFixture();
    tree.write('organizations/shili-keji.yaml', `${tree.read('organizations/shili-keji.yaml')}aliases: [SL科技]\n`);
    tree.write('organizations/shili-keji-2.yaml', 'name: 示例科技集团\nshortName: ＳＬ 科技\nindustry: zhizao\n');
    const { problems } = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
    expect(problems.find((p) => p.code === 'twin-name')?.message).toContain('organizations/shili-keji.yaml');
  });

  it('do not apply to people: two people may share a name', async () => {
    const tree = copyFixture();
    tree.write('people/ce-shijia-2.md', tree.read('people/ce-shijia.md'));
    const { problems } = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
    expect(problems.filter((p) => p.code === 'twin-name')).toEqual([]);
  });
});
