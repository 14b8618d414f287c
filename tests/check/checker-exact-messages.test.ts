/** The named checker cases, each with the exact Chinese line an editor sees. */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/check/problem.ts';
import { copyFixture, type Tree } from '../support/fixture-tree.ts';

async function report(tree: Tree): Promise<string[]> {
  const { problems } = await checkContent({ cwd: tree.dir, contentDir: tree.dir });
  return problems.map(formatProblem);
}
const person = 'people/ce-shijia.md';

describe('the checker names each mistake exactly', () => {
  it('a year written in Chinese numerals is refused at its line and column', async () => {
    const tree = copyFixture();
    tree.edit(person, 'year: 2023', 'year: 二〇二二');
    expect(await report(tree)).toEqual(['people/ce-shijia.md:6:11 honours[0].year：应为四位年份（如 2022），实际为"二〇二二"']);
  });

  it('an unknown key gets a did-you-mean', async () => {
    const tree = copyFixture();
    tree.edit(person, 'honours:', 'honors:');
    expect(await report(tree)).toEqual(['people/ce-shijia.md:4:1 honors：不认识的字段“honors”，是不是想写“honours”？\n  怎么改：把“honors”改成“honours”。']);
  });

  it('a missing reference names the nearest existing id', async () => {
    const tree = copyFixture();
    tree.edit(person, 'honour: ceshi-jiangzhang', 'honour: ceshi-jiangzang');
    expect(await report(tree)).toEqual([
      'people/ce-shijia.md:5:13 honours[0].honour：找不到荣誉“ceshi-jiangzang”（content/honours/ 里没有这个文件），是不是“ceshi-jiangzhang”？\n  怎么改：改成“ceshi-jiangzhang”，或先新建 ceshi-jiangzang 这个荣誉。',
    ]);
  });

  it('two files with the same name in different folders are a duplicate web address', async () => {
    const tree = copyFixture();
    tree.write('people/sub/ce-shijia.md', tree.read(person));
    expect(await report(tree)).toEqual([
      'people/sub/ce-shijia.md 网址重复：与 people/ce-shijia.md 的文件名都是“ce-shijia”，两个条目会争用同一个网址\n  怎么改：给其中一个改名，如 ce-shijia-2。',
    ]);
  });

  it('a GBK file is named with its encoding, and entries pointing at it are not reported as missing', async () => {
    const tree = copyFixture();
    tree.write(person, iconv.encode(tree.read(person), 'gbk'));
    expect(await report(tree)).toEqual([
      'people/ce-shijia.md 文件不是 UTF-8 编码，看起来是 GBK（GB2312/GB18030）\n  怎么改：用记事本或 VS Code 打开，选择“另存为”，编码选 UTF-8，再保存提交。',
    ]);
  });

  it('a portrait file that is not there is named', async () => {
    const tree = copyFixture();
    tree.edit(person, 'published: 2024-01-01', 'portrait:\n  src: ./nope.jpg\n  alt: 测试照片\npublished: 2024-01-01');
    tree.edit(person, '  biography:', '  portrait: { basis: 本人书面同意, by: 本人, date: 2024-01-01 }\n  biography:');
    expect(await report(tree)).toEqual([
      'people/ce-shijia.md:9:8 portrait.src：找不到图片文件“./nope.jpg”\n  怎么改：把图片放在与本文件相同的文件夹里，并核对文件名（包括扩展名的大小写）。',
    ]);
  });
});
