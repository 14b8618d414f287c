import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeName, generate } from '../../scripts/bench/generate.ts';
import { checkContent } from '../../src/check/check-content.ts';
import { ROOT } from '../support/paths.ts';

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sub of ['people', 'organizations']) {
    for (const f of readdirSync(join(dir, sub))) out[`${sub}/${f}`] = readFileSync(join(dir, sub, f), 'utf8');
  }
  return out;
}

describe('benchmark content generator', () => {
  it('the same seed gives byte-identical content and another seed gives different content', () => {
    const a = mkdtempSync(join(tmpdir(), 'bench-a-'));
    const b = mkdtempSync(join(tmpdir(), 'bench-b-'));
    const c = mkdtempSync(join(tmpdir(), 'bench-c-'));
    try {
      // One portrait each (drawing portraits is the slow part; the portrait test below covers them).
      generate({ people: 60, seed: 7, portraits: 1, dir: join(a, 'content') });
      generate({ people: 60, seed: 7, portraits: 1, dir: join(b, 'content') });
      generate({ people: 60, seed: 8, portraits: 1, dir: join(c, 'content') });
      expect(snapshot(join(a, 'content'))).toEqual(snapshot(join(b, 'content')));
      expect(snapshot(join(a, 'content'))).not.toEqual(snapshot(join(c, 'content')));
    } finally {
      for (const d of [a, b, c]) rmSync(d, { recursive: true, force: true });
    }
  });

  it('every generated person has a clearly fake 测试 name, unique, at a 示例…有限公司 enterprise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-n-'));
    try {
      generate({ people: 250, portraits: 0, dir: join(dir, 'content') });
      const names = readdirSync(join(dir, 'content/people'))
        .filter((f) => f.startsWith('bench-') && f.endsWith('.md'))
        .map((f) => /^name: (.+)$/m.exec(readFileSync(join(dir, 'content/people', f), 'utf8'))![1]!);
      expect(names).toHaveLength(250);
      expect(new Set(names).size).toBe(250);
      for (const n of names) expect(n).toMatch(/^测试/);
      for (const f of readdirSync(join(dir, 'content/organizations')).filter((f) => f.startsWith('bench-'))) {
        expect(readFileSync(join(dir, 'content/organizations', f), 'utf8')).toMatch(/^name: 示例.+有限公司$/m);
      }
      expect(fakeName(1234)).toMatch(/^测试/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('generated content passes the content checker with no problems', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-c-'));
    try {
      generate({ people: 120, portraits: 2, dir: join(dir, 'content') });
      const { problems, entries } = await checkContent({ cwd: ROOT, contentDir: join(dir, 'content') });
      expect(problems.filter((p) => p.severity !== 'warning')).toEqual([]);
      expect(entries.length).toBeGreaterThan(120);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives some people a fake portrait with its consent record and writes fake stories about generated people', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-p-'));
    try {
      const made = generate({ people: 40, portraits: 4, stories: 3, dir: join(dir, 'content') });
      expect(made).toMatchObject({ portraits: 4, stories: 3 });
      const people = join(dir, 'content/people');
      const pngs = readdirSync(people).filter((f) => f.endsWith('.png'));
      expect(pngs).toHaveLength(4);
      const { default: sharp } = await import('sharp');
      const meta = await sharp(join(people, pngs[0]!)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 960, 1200]);
      for (const png of pngs) {
        const md = readFileSync(join(people, png.replace('.png', '.md')), 'utf8');
        expect(md).toContain(`src: ./${png}`);
        expect(md).toMatch(/alt: 虚构人物测试.+的示意肖像/);
        expect(md).toMatch(/ {2}portrait:\n {4}basis: 本人书面同意/);
      }
      const stories = readdirSync(join(dir, 'content/stories')).filter((f) => f.startsWith('bench-story-'));
      expect(stories).toHaveLength(3);
      for (const f of stories) {
        const text = readFileSync(join(dir, 'content/stories', f), 'utf8');
        expect(text).toMatch(/^title: 基准测试虚构报道/m);
        for (const [, id] of text.matchAll(/bench-(\d+)/g)) expect(Number(id)).toBeLessThan(40);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to write into the project content folder and leaves it untouched', () => {
    const people = join(ROOT, 'content/people');
    const before = readdirSync(people).map((f) => `${f}:${statSync(join(people, f)).mtimeMs}`);
    expect(() => generate({ people: 3, dir: join(ROOT, 'content') })).toThrow(/content/);
    expect(() => generate({ people: 3, dir: join(ROOT, 'content/people') })).toThrow(/content/);
    expect(readdirSync(people).map((f) => `${f}:${statSync(join(people, f)).mtimeMs}`)).toEqual(before);
  });
});
