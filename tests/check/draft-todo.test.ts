/** Drafts may be incomplete; `npm run check` lists what each still needs in one 待补充 report, published entries may not. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatReport } from '../../src/check/problem.ts';
import { copyFixture } from '../support/fixture-tree.ts';

const person = 'people/ce-shijia.md';
const bare = (text: string) =>
  text
    .replace(/^summary: .*\n/m, '')
    .replace(/^consent:\n {2}biography: .*\n/m, '')
    .replace(/\n---\n[\s\S]*$/, '\n---\n');

describe('incomplete drafts', () => {
  it('a draft without summary, consent or body is listed under 待补充 with what it lacks, and is not an error', async () => {
    const tree = copyFixture();
    tree.write(person, bare(tree.read(person)).replace('published:', 'draft: true\npublished:'));
    const { problems } = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const report = formatReport(problems).split('\n');
    expect(report).toEqual([
      '待补充（1 个草稿；补齐后把 draft 改成 false 才会发布）：',
      '  people/ce-shijia.md:7:8 一句话简介（summary）、同意记录（consent.biography）、事迹正文',
      '内容检查通过：没有发现问题（1 个草稿待补充）。',
    ]);
  });

  it('a published entry without a summary is an error at summary', async () => {
    const tree = copyFixture();
    tree.edit(person, /^summary: .*\n/m, '');
    const { problems } = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
    expect(problems.map((p) => [p.file, p.field, p.severity])).toEqual([['people/ce-shijia.md', 'summary', 'error']]);
  });

  it('a published person without a consent record is still an error', async () => {
    const tree = copyFixture();
    tree.edit(person, /^consent:\n {2}biography: .*\n/m, '');
    const { problems } = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
    expect(problems.map((p) => p.code)).toEqual(['missing-consent']);
  });
});
