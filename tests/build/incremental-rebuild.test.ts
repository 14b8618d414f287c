/**
 * Rebuilds that keep their cache folder (as CI does with a kept cache) copy unchanged entry pages from the last build
 * and render again exactly the pages whose content — or a neighbour's content they show — changed. A long build
 * reports its progress, and the report counts what is really on disk.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_HOOK, buildSite, type BuildResult } from '../support/build-site.ts';
import { copyFixture, type Tree } from '../support/fixture-tree.ts';
import sharp from 'sharp';

/** Terminal colours: Astro colours its log when CI=true is set (as in .ci/run), plain otherwise. */
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** Paths Astro copied from the last build instead of rendering (it logs them as "(cached)" or "(restored)"). */
const reused = (r: BuildResult) => new Set([...plain(r.output).matchAll(/├─ (\S+) \((?:cached|restored)\)/g)].map((m) => m[1]!));

/** A plain JPEG of one colour: a stand-in picture whose bytes change with the colour. */
const jpeg = (colour: string, width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: colour } }).jpeg().toBuffer();

/** The optimised copies of one picture a page shows (`/_astro/<stem>.<hash>…`), sorted. */
const copiesOf = (html: string, stem: string) =>
  [...html.matchAll(new RegExp(`/_astro/${stem}\\.[^"\\s,]+`, 'g'))].map((m) => m[0]).sort();

function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
}

describe('incremental rebuilds of a small site with a kept cache', () => {
  let tree: Tree;
  let env: Record<string, string>;
  let outDir: string;
  const builds: Record<string, BuildResult> = {};
  const page = (slug: string) => readFileSync(join(outDir, `people/${slug}/index.html`), 'utf8');

  beforeAll(async () => {
    tree = copyFixture();
    // Offline files are copies of finished deck pages, made after the pages and not what this file is about: left out,
    // each of the six builds here is about a second shorter.
    tree.write('site.yaml', `${tree.read('site.yaml')}entryOfflineFiles: false\n`);
    // A second person at the same enterprise, so one can change while the other does not.
    tree.write('people/ce-shiyi.md', tree.read('people/ce-shijia.md').replace('name: 测试甲', 'name: 测试乙'));
    // Pictures from the start (a portrait, a picture in the body), so replacing one later needs one rebuild only.
    tree.write('people/ce-shiyi.jpg', await jpeg('#8a6', 600, 800));
    tree.edit('people/ce-shiyi.md', /^consent:\n/m,
      'portrait: { src: ./ce-shiyi.jpg, alt: 测试乙的虚构肖像 }\nconsent:\n  portrait: { basis: 本人书面同意, by: 本人（测试）, date: 2024-01-01 }\n');
    tree.write('people/ce-shijia-jiangtai.jpg', await jpeg('#36a', 400, 300));
    tree.edit('people/ce-shijia.md', '虚构的事迹正文。', '虚构的事迹正文。\n\n![虚构的示意图](./ce-shijia-jiangtai.jpg)');
    const work = mkdtempSync(join(tmpdir(), 'honor-roll-incremental-'));
    outDir = join(work, 'dist');
    env = { HONOR_ROLL_CACHE_DIR: join(work, 'cache'), HONOR_ROLL_PROGRESS_MS: '100' };
    builds['first'] = await buildSite({ content: tree.dir, outDir, env });
    builds['firstFiles'] = { ...builds['first'], output: JSON.stringify(htmlFiles(outDir).map((f) => [f, readFileSync(join(outDir, f), 'utf8')])) };
    builds['unchanged'] = await buildSite({ content: tree.dir, outDir, env });
    builds['unchangedFiles'] = { ...builds['unchanged'], output: JSON.stringify(htmlFiles(outDir).map((f) => [f, readFileSync(join(outDir, f), 'utf8')])) };
    tree.edit('people/ce-shiyi.md', '虚构的事迹正文。', '虚构的事迹正文，这一句是后来加的。');
    builds['oneEdit'] = await buildSite({ content: tree.dir, outDir, env });
  }, BUILD_HOOK);

  it('the first build succeeds and its progress report counts the pages really written', () => {
    const r = builds['first']!;
    expect(r.code, r.output).toBe(0);
    const done = /网页和图片已全部写出：(\d+) 个网页、(\d+) 张图片/.exec(plain(r.output));
    expect(done, r.output).not.toBeNull();
    expect(Number(done![1])).toBe(JSON.parse(builds['firstFiles']!.output).length);
    expect(Number(done![2])).toBeGreaterThan(0);
    expect(plain(r.output)).toMatch(/搜索索引：\d+ 个页面，用时 \d+ ms/);
  });

  it('a rebuild with nothing changed copies every entry page and gives the same files', () => {
    const r = builds['unchanged']!;
    expect(r.code, r.output).toBe(0);
    const copied = reused(r);
    for (const p of ['/people/ce-shijia/index.html', '/people/ce-shiyi/index.html', '/collectives/ceshi-banzu/index.html',
      '/stories/ceshi-gushi/index.html', '/project/people/ce-shijia/index.html', '/og/people/ce-shijia.jpg']) {
      expect(copied, p).toContain(p);
    }
    expect(builds['unchangedFiles']!.output).toBe(builds['firstFiles']!.output);
  });

  it('a rebuild with nothing changed reuses the encoded pictures instead of encoding them again', () => {
    // Astro logs each image it did not have to encode again.
    expect(builds['first']!.output).not.toMatch(/reused cache entr/i);
    expect(builds['unchanged']!.output).toMatch(/reused cache entr/i);
  });

  it('editing one profile renders that profile again and copies the other', () => {
    const r = builds['oneEdit']!;
    expect(r.code, r.output).toBe(0);
    const copied = reused(r);
    expect(copied).not.toContain('/people/ce-shiyi/index.html');
    expect(copied).toContain('/people/ce-shijia/index.html');
    expect(page('ce-shiyi')).toContain('这一句是后来加的');
    expect(page('ce-shijia')).not.toContain('这一句是后来加的');
  });

  it('renaming the enterprise renders again every profile that shows its name', async () => {
    tree.edit('organizations/shili-keji.yaml', /^name: .+$/m, 'name: 改名后的示例科技有限公司');
    const r = await buildSite({ content: tree.dir, outDir, env });
    expect(r.code, r.output).toBe(0);
    const copied = reused(r);
    expect(copied).not.toContain('/people/ce-shijia/index.html');
    expect(copied).not.toContain('/og/people/ce-shijia.jpg');
    expect(page('ce-shijia')).toContain('改名后的示例科技有限公司');
    expect(page('ce-shiyi')).toContain('改名后的示例科技有限公司');
  }, BUILD_HOOK);

  // Two edits to different people share one rebuild (their pages show nothing of each other): a story about 测试甲
  // is retitled and 测试乙's portrait file is replaced; each page is checked for its own change.
  let twoEdits: BuildResult | undefined;
  let portraitBefore: string[] = [];
  const twoEditsBuild = async () => {
    if (twoEdits) return twoEdits;
    expect(tree.read('stories/ceshi-gushi.md')).toMatch(/ce-shijia/);
    expect(tree.read('stories/ceshi-gushi.md')).not.toMatch(/ce-shiyi/);
    portraitBefore = copiesOf(page('ce-shiyi'), 'ce-shiyi');
    tree.edit('stories/ceshi-gushi.md', /^title: .+$/m, 'title: 改过标题的测试故事');
    tree.write('people/ce-shiyi.jpg', await jpeg('#c53', 600, 800));
    twoEdits = await buildSite({ content: tree.dir, outDir, env });
    return twoEdits;
  };

  it('retitling a story renders again the profile of the person it is about', async () => {
    const r = await twoEditsBuild();
    expect(r.code, r.output).toBe(0);
    expect(reused(r)).not.toContain('/people/ce-shijia/index.html');
    // Titles are set with break points between words (<wbr>), so the page's text is compared, not its markup.
    expect(page('ce-shijia').replace(/<[^>]+>/g, '')).toContain('改过标题的测试故事');
    expect(page('ce-shiyi').replace(/<[^>]+>/g, '')).not.toContain('改过标题的测试故事');
  }, BUILD_HOOK);

  it('replacing a portrait file (same name, new picture) renders the profile again and ships no original', async () => {
    const after = await twoEditsBuild();
    expect(portraitBefore.length).toBeGreaterThan(0);
    expect(after.code, after.output).toBe(0);
    expect(reused(after)).not.toContain('/people/ce-shiyi/index.html');
    expect(copiesOf(page('ce-shiyi'), 'ce-shiyi')).not.toEqual(portraitBefore);
    // Only resized copies are published: the original upload (which may carry EXIF/GPS) never reaches dist.
    const originals = (readdirSync(join(outDir, '_astro')) as string[]).filter((f) => /^ce-shiyi\.[\w-]+\.jpg$/.test(f));
    expect(originals).toEqual([]);
  }, BUILD_HOOK);

  // The last rebuild also shares two edits to different people: 测试甲's body picture is replaced, 测试乙 is deleted.
  let lastEdits: BuildResult | undefined;
  let bodyBefore: string[] = [];
  const lastEditsBuild = async () => {
    if (lastEdits) return lastEdits;
    bodyBefore = copiesOf(page('ce-shijia'), 'ce-shijia-jiangtai');
    expect(readdirSync(join(outDir, '_astro')).some((f) => f.startsWith('ce-shiyi.'))).toBe(true);
    tree.write('people/ce-shijia-jiangtai.jpg', await jpeg('#a63', 400, 300));
    rmSync(tree.path('people/ce-shiyi.md'));
    rmSync(tree.path('people/ce-shiyi.jpg'));
    lastEdits = await buildSite({ content: tree.dir, outDir, env });
    return lastEdits;
  };

  it('replacing a picture placed in the Markdown body renders the profile again', async () => {
    const after = await lastEditsBuild();
    expect(bodyBefore.length).toBeGreaterThan(0);
    expect(after.code, after.output).toBe(0);
    expect(reused(after)).not.toContain('/people/ce-shijia/index.html');
    expect(copiesOf(page('ce-shijia'), 'ce-shijia-jiangtai')).not.toEqual(bodyBefore);
  }, BUILD_HOOK);

  it('deleting a profile takes its page, deck, share card, pictures and search entry offline, while the output folder is kept', async () => {
    const r = await lastEditsBuild();
    expect(r.code, r.output).toBe(0);
    // Unchanged pages stayed in place: none was copied back from the cache.
    expect(plain(r.output)).toMatch(/ \(cached\)/);
    expect(plain(r.output)).not.toMatch(/ \(restored\)/);
    for (const gone of ['people/ce-shiyi/index.html', 'project/people/ce-shiyi/index.html', 'og/people/ce-shiyi.jpg']) {
      expect(existsSync(join(outDir, gone)), gone).toBe(false);
    }
    expect(existsSync(join(outDir, 'people/ce-shijia/index.html'))).toBe(true);
    expect(readdirSync(join(outDir, '_astro')).filter((f) => f.startsWith('ce-shiyi.'))).toEqual([]);
    const fragments = readdirSync(join(outDir, 'pagefind/fragment')).map((f) => gunzipSync(readFileSync(join(outDir, 'pagefind/fragment', f))).toString());
    expect(fragments.some((f) => f.includes('测试甲'))).toBe(true);
    expect(fragments.some((f) => f.includes('测试乙'))).toBe(false);
  }, BUILD_HOOK);
});
