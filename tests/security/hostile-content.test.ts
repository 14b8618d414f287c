/**
 * The hostile-content corpus, checker side: each input an attacker (or a careless paste) could put into content/
 * is refused with a Chinese problem naming the file (and line, where there is one), never a stack trace.
 * Every case here needs only the checker; the few that need a real build are in hostile-content-build.test.ts.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';
import { checkContent } from '../../src/check/check-content.ts';
import { remarkSafeMdx } from '../../src/markdown/mdx-policy.ts';
import type { Problem } from '../../src/check/problem.ts';
import { copyFixture, type Tree } from '../support/fixture-tree.ts';

const PERSON = 'people/ce-shijia.md';
const STORY = 'stories/ceshi-gushi.md';

async function problemsOf(tree: Tree): Promise<Problem[]> {
  const { problems } = await checkContent({ cwd: dirname(tree.dir), contentDir: tree.dir, skipImagePixels: true });
  return problems;
}
/** The problems with this code, as `file:line code` plus the message (Chinese) for the assertion's output. */
async function found(tree: Tree, code: string): Promise<Problem[]> {
  const all = await problemsOf(tree);
  return all.filter((p) => p.code === code);
}
/** A copy of the fixture with an MDX story whose body is `body`. */
function mdxStory(body: string): Tree {
  const tree = copyFixture();
  tree.write('stories/mdx-gushi.mdx', tree.read(STORY).replace(/\n---\n[\s\S]*$/, `\n---\n\n${body}\n`));
  return tree;
}
const chinese = /[\u4e00-\u9fff]/;

afterEach(() => vi.unstubAllEnvs());

describe('MDX is code, so by default only safe MDX passes', () => {
  it.each([
    // The story's frontmatter takes 11 lines and a blank line follows it: the body starts on line 13.
    ['an import from node:fs', "import { readFileSync } from 'node:fs'\n\n正文", 13],
    ['an export', 'export const x = 1\n\n正文', 13],
    ['a {expression} reading process.env', '正文 {process.env.HOME}', 13],
    ['a flow expression', '正文\n\n{globalThis.fetch("https://evil.example")}', 15],
    ['a raw <script src>', '<script src="https://evil.example/x.js"></script>', 13],
    ['a <style> element', '<style>{"body{display:none}"}</style>', 13],
    ['an event handler', '<div onClick="alert(1)">点</div>', 13],
    ['a component that is not on the list', '<Evil />', 13],
    ['a prop written as an expression', '<Quote by={process.env.SECRET}>引文</Quote>', 13],
    ['a spread prop', '<Quote {...props}>引文</Quote>', 13],
  ])('%s is refused at its line', async (_name, body, line) => {
    const hits = await found(mdxStory(body), 'unsafe-mdx');
    expect(hits.length, JSON.stringify(hits)).toBeGreaterThan(0);
    expect(hits[0]).toMatchObject({ file: 'content/stories/mdx-gushi.mdx', line, severity: 'error' });
    expect(hits[0]!.message).toMatch(chinese);
  });

  it('plain HTML formatting, the project component with literal props and a comment pass', async () => {
    const all = await problemsOf(mdxStory('正文<strong>加粗</strong>。\n\n<Quote by="测试甲" source="测试资料">引文</Quote>\n\n{/* 编辑注释 */}'));
    expect(all).toEqual([]);
  });

  it('the build refuses it too: its remark plugin stops before the MDX is compiled, naming file and line', async () => {
    const run = (allowFree: boolean) => {
      const processor = unified().use(remarkParse).use(remarkMdx).use(remarkSafeMdx as unknown as Plugin<[{ allowFree: boolean }]>, { allowFree });
      return processor.run(processor.parse("正文\n\nimport fs from 'node:fs'"), { path: 'content/stories/x.mdx' } as never);
    };
    await expect(run(false)).rejects.toThrow(/content\/stories\/x\.mdx:3:1 MDX 正文里不能写 import 或 export/);
    await expect(run(true)).resolves.toBeTruthy();
  });

  it('free MDX is allowed only when the site asks for it, and never when the build forces safe MDX', async () => {
    const tree = mdxStory('正文 {1 + 1}');
    tree.write('site.yaml', `${tree.read('site.yaml')}\nfreeMdx: true\n`);
    expect(await found(tree, 'unsafe-mdx')).toEqual([]);
    vi.stubEnv('HONOR_ROLL_MDX', 'safe');
    expect(await found(tree, 'unsafe-mdx')).toHaveLength(1);
  });
});

describe('pictures come only from inside content/', () => {
  it('an SVG portrait is refused', async () => {
    const tree = copyFixture();
    tree.write('people/x.svg', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    tree.edit(PERSON, 'summary:', 'portrait: { src: ./x.svg, alt: 测试 }\nsummary:');
    expect(await found(tree, 'svg-image')).toMatchObject([{ file: `content/${PERSON}`, field: 'portrait.src', line: 7 }]);
  });

  it('a scripted SVG in a Markdown body is refused at its line', async () => {
    const tree = copyFixture();
    tree.write('stories/x.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    tree.edit(STORY, /\n---\n\n/, '\n---\n\n![图](./x.svg)\n\n');
    const [hit] = await found(tree, 'svg-image');
    expect(hit).toMatchObject({ file: `content/${STORY}`, field: '正文' });
  });

  it('an absolute portrait path is refused', async () => {
    const tree = copyFixture();
    tree.edit(PERSON, 'summary:', 'portrait: { src: /etc/hostname, alt: 测试 }\nsummary:');
    expect(await found(tree, 'image-outside-content')).toMatchObject([{ file: `content/${PERSON}`, field: 'portrait.src' }]);
  });

  it('a ../ body picture that leaves content/ is refused', async () => {
    const tree = copyFixture();
    writeFileSync(join(dirname(tree.dir), 'outside.png'), 'x');
    tree.edit(STORY, /\n---\n\n/, '\n---\n\n![图](../../outside.png)\n\n<img src="../../outside.png" alt="图">\n\n');
    expect(await found(tree, 'image-outside-content')).toHaveLength(2);
  });

  it('a symbolic link in content/ that points outside is refused, and so is a picture through it', async () => {
    const tree = copyFixture();
    const secret = join(tmpdir(), `honor-roll-secret-${process.pid}.png`);
    writeFileSync(secret, 'x');
    symlinkSync(secret, tree.path('stories/leak.png'));
    tree.edit(STORY, /\n---\n\n/, '\n---\n\n![图](./leak.png)\n\n');
    expect(await found(tree, 'symlink')).toMatchObject([{ file: 'content/stories/leak.png' }]);
    expect(await found(tree, 'image-outside-content')).toMatchObject([{ file: `content/${STORY}` }]);
  });

  it('a remote picture in a body is refused (the site works offline)', async () => {
    const tree = copyFixture();
    tree.edit(STORY, /\n---\n\n/, '\n---\n\n![图](https://evil.example/t.png)\n\n<img src="//evil.example/t.png">\n\n');
    expect(await found(tree, 'remote-image')).toHaveLength(2);
  });

  it('a missing body picture is a problem, not a crash in the build', async () => {
    const tree = copyFixture();
    tree.edit(STORY, /\n---\n\n/, '\n---\n\n![图](./nowhere.jpg)\n\n');
    expect(await found(tree, 'missing-image')).toMatchObject([{ file: `content/${STORY}`, line: 13 }]);
  });
});

describe('URL fields take only http(s)', () => {
  it.each([
    ['javascript:', "javascript:alert(document.cookie)//"],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['file:', 'file:///etc/passwd'],
  ])('a %s source URL is refused in the schema', async (_scheme, url) => {
    const tree = copyFixture();
    tree.edit(PERSON, '    publisher: 测试', `    publisher: 测试\n    url: "${url}"`);
    const hits = (await problemsOf(tree)).filter((p) => p.field === 'sources[0].url');
    expect(hits).toMatchObject([{ severity: 'error', message: expect.stringContaining('http:// 或 https://') }]);
  });

  it('a javascript: website of an organisation is refused', async () => {
    const tree = copyFixture();
    tree.write('organizations/shili-keji.yaml', `${tree.read('organizations/shili-keji.yaml')}website: "JavaScript:alert(1)"\n`);
    expect((await problemsOf(tree)).filter((p) => p.field === 'website')).toHaveLength(1);
  });
});

describe('the privacy guard', () => {
  it('finds a mobile number split by spaces in a body', async () => {
    const tree = copyFixture();
    tree.edit(STORY, /\n---\n\n/, '\n---\n\n联系电话：139 1234 5678。\n\n');
    expect(await found(tree, 'personal-data')).toMatchObject([{ file: `content/${STORY}`, line: 13 }]);
  });

  it('warns about every number published on purpose with allowPersonalData', async () => {
    const tree = copyFixture();
    tree.edit(STORY, /\n---\n\n/, '\nallowPersonalData: [body]\n---\n\n办公电话：139-1234-5678。\n\n');
    expect(await found(tree, 'personal-data')).toEqual([]);
    expect(await found(tree, 'personal-data-published')).toMatchObject([{ severity: 'warning', message: expect.stringContaining('139…78') }]);
  });
});

describe('inputs that used to crash become Chinese problems', () => {
  it('an empty file', async () => {
    const tree = copyFixture();
    tree.write('people/kong.md', '');
    expect(await found(tree, 'empty-file')).toMatchObject([{ file: 'content/people/kong.md', line: 1 }]);
  });

  it.each(['constructor', '__proto__', 'toString'])('a %s key', async (key) => {
    const tree = copyFixture();
    tree.edit(PERSON, 'summary:', `${key}: x\nsummary:`);
    expect(await found(tree, 'unknown-key')).toMatchObject([{ file: `content/${PERSON}`, field: key }]);
  });

  it('a YAML alias bomb', async () => {
    const tree = copyFixture();
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    tree.write('organizations/bomb.yaml', `name: 炸弹\n${lines.join('\n')}\n`);
    expect(await found(tree, 'yaml-aliases')).toMatchObject([{ file: 'content/organizations/bomb.yaml' }]);
  });

  it('a symbolic link loop', async () => {
    const tree = copyFixture();
    symlinkSync(tree.path('people/loop-b'), tree.path('people/loop-a'));
    symlinkSync(tree.path('people/loop-a'), tree.path('people/loop-b'));
    const hits = await found(tree, 'symlink');
    expect(hits.map((p) => p.file)).toEqual(['content/people/loop-a', 'content/people/loop-b']);
  });

  it('a bad site.yaml is checked by npm run check', async () => {
    const tree = copyFixture();
    tree.edit('site.yaml', /baseUrl: .*/, 'baseUrl: javascript:alert(1)\ntitel: 错字');
    const hits = (await problemsOf(tree)).filter((p) => p.file === 'content/site.yaml');
    expect(hits.map((p) => p.field).sort()).toEqual(['baseUrl', 'titel']);
  });

  it('a 3 MB YAML file hits the size limit', async () => {
    const tree = copyFixture();
    tree.write('organizations/huge.yaml', `name: 很大\nsummary: "${'字'.repeat(1024 * 1024)}"\n`);
    expect(await found(tree, 'file-too-large')).toMatchObject([{ file: 'content/organizations/huge.yaml' }]);
  });
});

describe('text hygiene', () => {
  it('a control character in a title is an error naming the field', async () => {
    const tree = copyFixture();
    tree.edit(STORY, /title: (.*)/, 'title: "$1\\u0008"');
    expect(await found(tree, 'control-character')).toMatchObject([{ file: `content/${STORY}`, field: 'title' }]);
  });

  it('a NUL byte in a body is an error at its line', async () => {
    const tree = copyFixture();
    tree.edit(STORY, /\n---\n\n/, '\n---\n\n坏\u0000字\n\n');
    expect(await found(tree, 'control-character')).toMatchObject([{ field: '正文', line: 13 }]);
  });

  it('a published date more than a year ahead is a warning', async () => {
    const tree = copyFixture();
    tree.edit(PERSON, 'published: 2024-01-01', 'published: 3026-01-01');
    expect(await found(tree, 'far-future')).toMatchObject([{ severity: 'warning', field: 'published', line: 8 }]);
  });

  it('hidden files and folders are reported, not ignored', async () => {
    const tree = copyFixture();
    tree.write('people/.yincang.md', tree.read(PERSON));
    mkdirSync(tree.path('stories/.draft'));
    tree.write('stories/.draft/x.md', tree.read(STORY));
    tree.write('.gitkeep', '');
    const hits = await found(tree, 'hidden-file');
    expect(hits.map((p) => [p.file, p.severity])).toEqual([
      ['content/people/.yincang.md', 'error'],
      ['content/stories/.draft/x.md', 'error'],
    ]);
  });
});
