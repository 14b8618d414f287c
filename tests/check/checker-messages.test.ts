/** `npm run check`: every kind of editor mistake gets its exact Chinese message at file:line:column. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import sharp from 'sharp';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/check/problem.ts';
import { copyFixture, type Tree } from '../support/fixture-tree.ts';
import { ROOT } from '../support/paths.ts';

async function report(tree: Tree): Promise<string[]> {
  const { problems } = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
  return problems.map(formatProblem);
}
const person = 'people/ce-shijia.md';

describe('the checker', () => {
  it('reports a YAML syntax error with its line', async () => {
    const tree = copyFixture();
    tree.edit(person, 'name: 测试甲', 'name: 测试甲\n  trade: 钳工: 高级');
    const { problems } = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
    expect(formatProblem(problems[0]!)).toMatch(/^people\/ce-shijia\.md:[23]:\d+ YAML 格式错误（.+）\n  怎么改：检查这一行/);
    expect(problems.filter((p) => p.code === 'yaml-syntax').every((p) => p.line === 2 || p.line === 3)).toBe(true);
  });

  it('accepts the date forms editors type: 2022年4月28日, 2022.4.28 and full-width digits', async () => {
    for (const date of ['2022年4月28日', '2022.4.28', '２０２２-０４-２８', '2022/4/28']) {
      const tree = copyFixture();
      tree.edit(person, 'published: 2024-01-01', `published: ${date}`);
      expect(await report(tree), date).toEqual([]);
    }
  });

  it('explains a date it cannot read', async () => {
    const tree = copyFixture();
    tree.edit(person, 'published: 2024-01-01', 'published: 去年春天');
    expect(await report(tree)).toEqual(['people/ce-shijia.md:8:12 published：应为日期，如 2022-04-28（也可写 2022年4月28日），实际为"去年春天"']);
  });

  it('accepts Windows line ends and a byte-order mark', async () => {
    const tree = copyFixture();
    tree.write(person, `\uFEFF${tree.read(person).replace(/\n/g, '\r\n')}`);
    expect(await report(tree)).toEqual([]);
  });

  it('requires alt text for a portrait', async () => {
    const tree = copyFixture();
    tree.write('people/ce-shijia.jpg', await sharp({ create: { width: 600, height: 800, channels: 3, background: '#a4161a' } }).jpeg().toBuffer());
    tree.edit(person, 'published: 2024-01-01', 'portrait:\n  src: ./ce-shijia.jpg\npublished: 2024-01-01');
    expect((await report(tree)).join('\n')).toContain('people/ce-shijia.md:9:3 portrait.alt：缺少必填字段（应为文字（图片说明 alt））\n  怎么改：在资料区加上 alt: …');
  });

  it('warns about a too-small portrait, naming its pixel size', async () => {
    const tree = copyFixture();
    tree.write('people/ce-shijia.jpg', await sharp({ create: { width: 120, height: 160, channels: 3, background: '#a4161a' } }).jpeg().toBuffer());
    tree.edit(person, 'published: 2024-01-01', 'portrait:\n  src: ./ce-shijia.jpg\n  alt: 测试照片\npublished: 2024-01-01');
    tree.edit(person, '  biography:', '  portrait: { basis: 本人书面同意, by: 本人, date: 2024-01-01 }\n  biography:');
    const { problems } = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
    expect(problems.map(formatProblem)).toEqual([
      'people/ce-shijia.md:9:8 （提醒）portrait.src：图片较小：120×160 像素，短边少于 400 像素，在手机上会模糊\n  怎么改：换一张短边至少 400 像素的原图。',
    ]);
    expect(problems[0]?.severity).toBe('warning');
  });

  it('refuses a huge image', async () => {
    const tree = copyFixture();
    tree.write('people/ce-shijia.png', await sharp({ create: { width: 10200, height: 300, channels: 3, background: '#000' } }).png().toBuffer());
    tree.edit(person, 'published: 2024-01-01', 'portrait:\n  src: ./ce-shijia.png\n  alt: 测试照片\npublished: 2024-01-01');
    tree.edit(person, '  biography:', '  portrait: { basis: 本人书面同意, by: 本人, date: 2024-01-01 }\n  biography:');
    expect(await report(tree)).toEqual(['people/ce-shijia.md:9:8 portrait.src：图片太大：10200×300 像素\n  怎么改：缩小到长边 10000 像素以内。']);
  });
});

describe('the privacy guard', () => {
  it('refuses an ID-card number in a field, with where and how to fix', async () => {
    const tree = copyFixture();
    tree.edit(person, 'summary: 这是一位虚构的测试人物，用于自动化测试。', 'summary: 这是一位虚构的测试人物，身份证11010519491231002X。');
    expect(await report(tree)).toEqual([
      'people/ce-shijia.md:7:10 summary：含有身份证号（110…2X），个人信息不能公开\n  怎么改：删除这段身份证号。确需公开（如单位的办公电话）时，在资料区加上 allowPersonalData: [summary]。',
    ]);
  });

  it('refuses a mobile number, a bank card, a personal mailbox and a home address in the body, at their lines', async () => {
    const tree = copyFixture();
    tree.edit(person, '虚构的事迹正文。', '虚构的事迹正文。\n联系电话 13800138000。\n工资卡 4111 1111 1111 1111。\n邮箱 ceshi@qq.com\n住在 3号楼2单元502室。');
    const found = await report(tree);
    expect(found.map((f) => f.split('\n')[0])).toEqual([
      'people/ce-shijia.md:18:6 正文：含有手机号（138…00），个人信息不能公开',
      'people/ce-shijia.md:19:5 正文：含有银行卡号（411…11），个人信息不能公开',
      'people/ce-shijia.md:20:4 正文：含有个人邮箱（ces…om），个人信息不能公开',
      'people/ce-shijia.md:21:4 正文：含有住址（门牌号）（3号楼…2室），个人信息不能公开',
    ]);
  });

  it('lets an entry publish a number it explicitly allows, with a warning that lists it', async () => {
    const tree = copyFixture();
    tree.edit(person, '虚构的事迹正文。', '虚构的事迹正文。工会服务热线 13800138000。');
    tree.edit(person, 'published: 2024-01-01', 'allowPersonalData: [body]\npublished: 2024-01-01');
    expect(await report(tree)).toEqual([expect.stringMatching(/（提醒）正文：按 allowPersonalData 有意公开手机号（138…00）/)]);
  });

  it('does not take dates, counts and money for personal data', async () => {
    const tree = copyFixture();
    tree.edit(person, '虚构的事迹正文。', '2022年4月28日，覆盖职工87399人，投入近632.3亿元，第7届，20220428。');
    expect(await report(tree)).toEqual([]);
  });

  it('requires a consent record for a living person', async () => {
    const tree = copyFixture();
    tree.edit(person, /consent:\n  biography: .*\n/, '');
    expect((await report(tree))[0]).toMatch(/^people\/ce-shijia\.md:2:\d+ consent\.biography：在世人物的事迹公开前需要同意记录/);
  });

  it('refuses a portrait of a living person without the person\'s own consent', async () => {
    const tree = copyFixture();
    tree.write('people/ce-shijia.jpg', await sharp({ create: { width: 600, height: 800, channels: 3, background: '#a4161a' } }).jpeg().toBuffer());
    tree.edit(person, 'published: 2024-01-01', 'portrait:\n  src: ./ce-shijia.jpg\n  alt: 测试照片\npublished: 2024-01-01');
    expect((await report(tree)).map((f) => f.split('\n')[0])).toEqual(['people/ce-shijia.md:9:3 consent.portrait：有肖像照片的在世人物需要肖像同意记录']);
    tree.edit(person, '  biography:', '  portrait: { basis: 公开报道, by: 报道, date: 2024-01-01 }\n  biography:');
    expect((await report(tree)).map((f) => f.split('\n')[0])).toEqual(['people/ce-shijia.md:13:22 consent.portrait：肖像的同意依据不能是“公开报道”，需要本人或家属同意']);
  });
});

describe('npm run check on the command line', () => {
  const run = (args: string[], content?: string) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...(content ? { HONOR_ROLL_CONTENT: content } : {}) } });

  it('exits 0 on clean content', () => {
    expect(run([], copyFixture().dir).status).toBe(0);
  });
  it('exits 1 on content errors and prints JSON with --json', () => {
    const tree = copyFixture();
    tree.edit(person, 'honours:', 'honors:');
    const r = run(['--json'], tree.dir);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { ok: boolean; errors: number; problems: { code: string; line: number; column: number; field: string }[] };
    expect(out).toMatchObject({ ok: false, errors: 1 });
    expect(out.problems[0]).toMatchObject({ code: 'unknown-key', line: 4, column: 1, field: 'honors' });
  });
  it('exits 2 on a usage error', () => {
    const r = run(['--no-such-flag']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('用法');
  });
});
