/** The search index of a production build holds published entries only: no draft, no future-dated entry. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { BUILD_HOOK, type BuildResult } from '../support/build-site.ts';
import { hiddenEntriesBuild } from '../support/hidden-entries.ts';

/** Every page record Pagefind wrote (fragments are gzip, with a `pagefind_dcd` signature before the JSON). */
function fragments(outDir: string): { url: string; content: string; meta: Record<string, string> }[] {
  const dir = join(outDir, 'pagefind', 'fragment');
  return readdirSync(dir).map((f) => {
    const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    return JSON.parse(raw.slice(raw.indexOf('{')));
  });
}

describe('the search index of a build with a draft and a scheduled person', () => {
  let result: BuildResult;
  beforeAll(async () => {
    result = await hiddenEntriesBuild();
  }, BUILD_HOOK);

  it('is written into the build output', () => {
    expect(result.code, result.output).toBe(0);
    expect(existsSync(join(result.outDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });
  it('holds the published person with pinyin aliases', () => {
    const page = fragments(result.outDir).find((f) => f.url.includes('/people/ce-shijia/'));
    expect(page, '已发布人物应在索引中').toBeDefined();
    expect(page?.content).toContain('ceshijia');
    expect(page?.meta['kind']).toBe('person');
  });
  it('never holds the draft or the scheduled person, by address or by name', () => {
    const all = fragments(result.outDir);
    expect(all.some((f) => /ce-shiyi|ce-shibing/.test(f.url))).toBe(false);
    const text = JSON.stringify(all);
    expect(text).not.toContain('草稿测试乙');
    expect(text).not.toContain('定时测试丙');
  });
  it('indexes entry pages only, not listings or the home page', () => {
    const urls = fragments(result.outDir).map((f) => f.url);
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(u).toMatch(/^\/(people|collectives|stories|honours|organizations)\/[^/]+\/$/);
  });
});
