/**
 * The hostile-content corpus, build side: what only a real `astro build` can show. Two small fixture builds:
 * unsafe MDX never runs (nothing it would write appears), and a build that fails half-way leaves no output folder.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { copyFixture } from '../support/fixture-tree.ts';

const story = (tree: ReturnType<typeof copyFixture>, body: string) => tree.read('stories/ceshi-gushi.md').replace(/\n---\n[\s\S]*$/, `\n---\n\n${body}\n`);

describe('an MDX body that tries to run code on the build machine', () => {
  const marker = join(mkdtempSync(join(tmpdir(), 'honor-roll-pwned-')), 'pwned.txt');
  let result: BuildResult;
  beforeAll(async () => {
    const tree = copyFixture();
    tree.write('stories/pwn.mdx', story(tree, `import { writeFileSync } from 'node:fs'\n\n{writeFileSync(${JSON.stringify(marker)}, process.env.HOME ?? 'x')}\n\n正文`));
    result = await buildSite({ content: tree.dir });
  }, 300_000);

  it('stops the build with the file, the line and a Chinese explanation', () => {
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/stories\/pwn\.mdx:13:1 .*import 或 export/);
    expect(result.output).toMatch(/stories\/pwn\.mdx:15:1 .*花括号/);
  });

  it('never runs: the file it would write does not exist, and no site is written', () => {
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  });
});

describe('a build that fails after it started writing', () => {
  let result: BuildResult;
  beforeAll(async () => {
    const tree = copyFixture();
    // Free MDX, allowed on purpose, that throws while its page renders: the failure comes after pages are written.
    tree.write('site.yaml', `${tree.read('site.yaml')}\nfreeMdx: true\n`);
    tree.write('stories/zzz-broken.mdx', story(tree, `{(() => { throw new Error('渲染失败') })()}`));
    result = await buildSite({ content: tree.dir, env: { HONOR_ROLL_MDX: '' } });
  }, 300_000);

  it('fails', () => expect(result.code, result.output).not.toBe(0));

  it('leaves no half-written output folder behind, and says so', () => {
    expect(existsSync(result.outDir)).toBe(false);
    expect(result.output).toContain('已删除写了一半的');
  });
});
