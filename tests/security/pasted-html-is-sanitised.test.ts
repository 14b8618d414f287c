/**
 * Raw HTML that editors paste into Markdown (often from WeChat articles) keeps its text and simple formatting,
 * and loses everything that could run, track or restyle: a payload corpus built into a real site.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_HOOK, buildSite, type BuildResult } from '../support/build-site.ts';
import { copyFixture } from '../support/fixture-tree.ts';

const PAYLOADS = [
  '<script>alert("x1")</script>',
  // A picture that exists (a missing one is refused by the checker before the build): only its handler must go.
  '<img src="./x2.png" onerror="alert(\'x2\')" alt="x">',
  '<a href="javascript:alert(\'x3\')">链接甲</a>',
  '<a href="JaVaScRiPt:alert(\'x4\')">链接乙</a>',
  '<a href=" &#106;avascript:alert(\'x5\')">链接丙</a>',
  '<iframe src="https://evil.example/x6"></iframe>',
  '<svg onload="alert(\'x7\')"><circle r="1"/></svg>',
  '<object data="https://evil.example/x8.swf"></object>',
  '<embed src="https://evil.example/x9.swf">',
  '<form action="https://evil.example/x10"><input name="q"><button>提交</button></form>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/x11">',
  '<base href="https://evil.example/x12/">',
  '<link rel="stylesheet" href="https://evil.example/x13.css">',
  '<div onclick="alert(\'x14\')">点一下</div>',
  '<math><mtext><script>alert("x15")</script></mtext></math>',
  '<style>body{display:none}</style>',
];
const WECHAT = '<section style="margin:0 8px;"><p style="color:rgb(62,62,62);font-size:15px"><span style="font-weight:bold">微信排版文字</span>，<strong>加粗保留</strong>，<em>强调保留</em>。</p></section>';

let result: BuildResult;
const page = (p: string) => readFileSync(join(result.outDir, p), 'utf8');
/** The article body only: the page's own furniture (JSON-LD, CSP meta) is not what we test here. */
const prose = (html: string) => html.slice(html.indexOf('class="prose"'), html.indexOf('</article>'));

beforeAll(async () => {
  const tree = copyFixture();
  tree.write('stories/x2.png', 'x');
  tree.edit('stories/ceshi-gushi.md', '虚构的故事正文。', `虚构的故事正文。\n\n${WECHAT}\n\n${PAYLOADS.join('\n\n')}\n`);
  tree.write(
    'stories/mdx-gushi.mdx',
    // Safe MDX (the only MDX a site accepts by default): HTML formatting, the project's Quote component, literal props.
    tree.read('stories/ceshi-gushi.md').replace(/\n---\n[\s\S]*$/, '\n---\n\nMDX 正文<strong>保留</strong>。\n\n<div title="提示">MDX 点一下</div>\n\n<a href="javascript:alert(\'m2\')">MDX 链接</a>\n\n<Quote by="测试甲" source="测试资料">MDX 引文</Quote>\n').replace('title: 测试故事', 'title: 测试MDX故事'),
  );
  result = await buildSite({ content: tree.dir });
}, BUILD_HOOK);

describe('pasted HTML', () => {
  it('does not stop the build', () => expect(result.code, result.output).toBe(0));

  it('keeps the text and the simple formatting of a WeChat paste, without its inline styles', () => {
    const body = prose(page('stories/ceshi-gushi/index.html'));
    expect(body).toContain('微信排版文字');
    expect(body).toContain('<strong>加粗保留</strong>');
    expect(body).toContain('<em>强调保留</em>');
    expect(body).not.toMatch(/\sstyle=/);
  });

  it('loses every script, handler, javascript: URL, frame, object, form and foreign resource', () => {
    const body = prose(page('stories/ceshi-gushi/index.html'));
    expect(body).not.toMatch(/<script|<iframe|<object|<embed|<form|<meta|<base|<link|<style|<svg|<math/i);
    expect(body).not.toMatch(/\son[a-z]+=/i);
    expect(body).not.toMatch(/javascript:/i);
    expect(body).not.toContain('evil.example');
    expect(body).not.toMatch(/x1|x15/);
    expect(body).toContain('链接甲');
  });

  it('is cleaned in MDX too, where the project component renders', () => {
    const body = prose(page('stories/mdx-gushi/index.html'));
    expect(body).toContain('<strong>保留</strong>');
    expect(body).toContain('MDX 点一下');
    expect(body).not.toMatch(/\son[a-z]+=|javascript:|<iframe|\sstyle=/i);
    expect(body).toMatch(/<figure class="quote"[^>]*>\s*<blockquote[^>]*>\s*MDX 引文\s*<\/blockquote>\s*<figcaption[^>]*>——测试甲，测试资料<\/figcaption>/);
  });
});
