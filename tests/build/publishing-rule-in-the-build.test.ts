/** Drafts and future-dated entries are absent from every page and listing of a production build. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_HOOK, type BuildResult } from '../support/build-site.ts';
import { hiddenEntriesBuild } from '../support/hidden-entries.ts';

function allText(dir: string): string {
  let out = '';
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out += allText(p);
    else if (/\.(html|xml|json|csv|txt)$/.test(name)) out += `\n${readFileSync(p, 'utf8')}`;
  }
  return out;
}

describe('a production build with a draft and a scheduled entry', () => {
  let result: BuildResult;
  beforeAll(async () => {
    result = await hiddenEntriesBuild();
  }, BUILD_HOOK);

  it('succeeds', () => {
    expect(result.code, result.output).toBe(0);
  });
  it('has a page for the published person', () => {
    expect(existsSync(join(result.outDir, 'people/ce-shijia/index.html'))).toBe(true);
  });
  it('makes no page for the draft or the scheduled entries', () => {
    expect(existsSync(join(result.outDir, 'people/ce-shiyi/index.html'))).toBe(false);
    expect(existsSync(join(result.outDir, 'people/ce-shibing/index.html'))).toBe(false);
    expect(existsSync(join(result.outDir, 'stories/weilai-gushi/index.html'))).toBe(false);
  });
  it('names the draft and the scheduled entries nowhere in the built site', () => {
    const text = allText(result.outDir);
    expect(text).toContain('测试甲');
    expect(text).not.toContain('草稿测试乙');
    expect(text).not.toContain('定时测试丙');
    expect(text).not.toContain('未来测试故事');
  });
  it('does not count hidden people on the honour page', () => {
    const html = readFileSync(join(result.outDir, 'honours/ceshi-jiangzhang/index.html'), 'utf8');
    expect(html).toContain('/people/ce-shijia/');
    expect(html).not.toContain('/people/ce-shiyi/');
    expect(html).not.toContain('/people/ce-shibing/');
  });
});
