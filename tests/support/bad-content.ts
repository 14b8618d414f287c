/** One kind of bad input per case, each with the Chinese message the checker and the build must give for it. */
import iconv from 'iconv-lite';
import type { Tree } from './fixture-tree.ts';

export interface BadContentCase {
  name: string;
  /** The file the case breaks in the minimal fixture. */
  file: string;
  /** Breaks `file`, or the same kind of entry at `at` (a copy of that file in the same folder). */
  breakIt: (t: Tree, at?: string) => void;
  expected: string;
}

export const BAD_CONTENT: BadContentCase[] = [
  {
    name: 'a year written in Chinese numerals',
    file: 'people/ce-shijia.md',
    breakIt: (t, at = 'people/ce-shijia.md') => t.edit(at, 'year: 2023', 'year: 二〇二二'),
    expected: '应为四位年份',
  },
  {
    name: 'an unknown key such as honors',
    file: 'people/ce-shijia.md',
    breakIt: (t, at = 'people/ce-shijia.md') => t.edit(at, 'honours:', 'honors:'),
    expected: '不认识的字段“honors”',
  },
  {
    name: 'a reference to an enterprise that does not exist',
    file: 'people/ce-shijia.md',
    breakIt: (t, at = 'people/ce-shijia.md') => t.edit(at, 'organization: shili-keji', 'organization: shili-keji-2'),
    expected: '找不到单位“shili-keji-2”',
  },
  {
    name: 'two people with the same slug',
    file: 'people/dup/ce-shijia.mdx',
    breakIt: (t) => t.write('people/dup/ce-shijia.mdx', t.read('people/ce-shijia.md')),
    expected: '网址重复',
  },
  {
    name: 'a portrait whose image file is missing',
    file: 'people/ce-shijia.md',
    breakIt: (t, at = 'people/ce-shijia.md') =>
      t.edit(at, 'published: 2024-01-01', 'portrait:\n  src: ./ce-shijia.jpg\n  alt: 测试甲的照片\npublished: 2024-01-01'),
    expected: '找不到图片文件“./ce-shijia.jpg”',
  },
  {
    name: 'a story saved as GBK by a Windows editor',
    file: 'stories/ceshi-gushi.md',
    breakIt: (t, at = 'stories/ceshi-gushi.md') => t.write(at, iconv.encode(t.read(at), 'gbk')),
    expected: '文件不是 UTF-8 编码，看起来是 GBK',
  },
];
