/** `npm run new`: pinyin file names with surname readings, never overwriting, templates that cover every field. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { createEntry, scaffolds, slugFor, template, TwinError, type Kind } from '../../scripts/new.ts';
import { checkContent } from '../../src/check/check-content.ts';
import { schemaOf } from '../../src/kinds.ts';
import { plainHelpers } from '../../src/schemas/common.ts';
import { copyFixture } from '../support/fixture-tree.ts';

describe('the scaffold', () => {
  it('reads surnames the way names are read: 单 shàn, 曾 zēng, 解 xiè, 何 hé', () => {
    expect(slugFor('person', '单雄信')).toBe('shan-xiongxin');
    expect(slugFor('person', '曾国藩')).toBe('zeng-guofan');
    expect(slugFor('person', '解缙')).toBe('xie-jin');
    expect(slugFor('person', '何茂栋')).toBe('he-maodong');
  });

  it('refuses to make a twin of an entry that already goes by the name, and names the existing file', () => {
    const tree = copyFixture();
    const attempt = () => createEntry('person', '测试甲', { contentDir: tree.dir, today: '2026-11-28' });
    expect(attempt).toThrow(TwinError);
    try {
      attempt();
    } catch (e) {
      expect((e as TwinError).existing).toBe(tree.path('people/ce-shijia.md'));
    }
  });

  it('finds a twin honour by its alias, written in full-width letters or with spaces', () => {
    const tree = copyFixture();
    tree.write('honours/ceshi-jiangzhang.yaml', `${tree.read('honours/ceshi-jiangzhang.yaml')}aliases: [测试 奖章 A]\n`);
    expect(() => createEntry('honour', '测试奖章Ａ', { contentDir: tree.dir })).toThrow(/honours\/ceshi-jiangzhang\.yaml/);
  });

  it('makes a second person of the same name only when told --another, never overwriting: -2, then -3', () => {
    const tree = copyFixture();
    const a = createEntry('person', '测试甲', { contentDir: tree.dir, today: '2026-11-28', another: true });
    const b = createEntry('person', '测试甲', { contentDir: tree.dir, today: '2026-11-28', another: true });
    expect(a.file, a.file).toMatch(/people\/ce-shijia-2\.md$/); // the fixture already has ce-shijia.md
    expect(b.file.endsWith('people/ce-shijia-3.md')).toBe(true);
    expect(b.homonym).toBe(true);
    expect(tree.read('people/ce-shijia.md')).toContain('name: 测试甲');
  });

  for (const kind of Object.keys(scaffolds()) as Kind[]) {
    it(`the ${kind} template names every field of its schema`, () => {
      const json = z.toJSONSchema(schemaOf(scaffolds()[kind], plainHelpers), { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, unknown> };
      const text = template(kind, '测试', '2026-11-28');
      const missing = Object.keys(json.properties).filter((k) => !new RegExp(`^#? ?${k}:`, 'm').test(text));
      expect(missing).toEqual([]);
      if ('draft' in json.properties) expect(text).toContain('draft: true');
    });
  }

  it('writes a draft dated today that passes the checker once its blanks are filled', async () => {
    const tree = copyFixture();
    const { file } = createEntry('person', '测试丙', { contentDir: tree.dir, today: '2026-11-28' });
    const rel = file.slice(tree.dir.length + 1);
    let text = readFileSync(file, 'utf8');
    expect(text).toContain('published: 2026-11-28');
    const before = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
    expect(before.problems.filter((p) => p.file === rel).length).toBeGreaterThan(0);
    text = text
      .replace('organization: ""', 'organization: shili-keji')
      .replace('summary: ""', 'summary: 这是一位虚构的测试人物，用于测试新建模板。')
      .replace('by: ""', 'by: 本人')
      .replace('title: ""', 'title: 测试资料')
      .replace('publisher: ""', 'publisher: 测试')
      .replace('date: ""', 'date: 2026');
    tree.write(rel, text);
    const after = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
    expect(after.problems).toEqual([]);
  });
});
