/**
 * Any union, any region: a provincial union (fictional) with its own levels 全国 / 省 / 市 / 企业 and the GB/T 4754
 * industries builds; a profile with an undated national honour, a provincial level and a career shows honestly
 * and is counted; nothing of the sample's region reaches its output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/check/check-content.ts';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { fixture } from '../support/paths.ts';

const SAMPLE_REGION_WORDS = ['经开区', '亦城', '北京经济技术开发区'];

let result: BuildResult;
const page = (path: string) => readFileSync(join(result.outDir, path), 'utf8');
/** The visible text of a page: tags dropped, whitespace collapsed. */
const text = (path: string) => page(path).replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

beforeAll(async () => {
  result = await buildSite({ content: fixture('other-union') });
}, 600_000);

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? allFiles(join(dir, n)) : [join(dir, n)]));
}

describe('a provincial union on its own content', () => {
  it('passes the checker with no problem', async () => {
    const dir = fixture('other-union');
    const { problems } = await checkContent({ cwd: dir, contentDir: dir });
    expect(problems).toEqual([]);
  });

  it('builds', () => {
    expect(result.code, result.output.slice(-3000)).toBe(0);
  });

  it('lets no word of the sample region reach any built file', () => {
    const hits: string[] = [];
    for (const file of allFiles(result.outDir)) {
      if (!/\.(html|xml|json|csv|txt|yml|js|css)$/.test(file)) continue;
      const body = readFileSync(file, 'utf8');
      for (const w of SAMPLE_REGION_WORDS) if (body.includes(w)) hits.push(`${file.slice(result.outDir.length)}: ${w}`);
    }
    expect(hits).toEqual([]);
  });

  it('makes no 投影 page for its people, collectives and stories when site.yaml says entryDecks: false, and links to none; the 光荣榜 lobby decks stay', () => {
    for (const kind of ['people', 'collectives', 'stories']) {
      expect(() => statSync(join(result.outDir, 'project', kind)), kind).toThrow();
      expect(() => statSync(join(result.outDir, 'offline/project', kind)), kind).toThrow();
    }
    const linking = allFiles(result.outDir).filter((f) => f.endsWith('.html') && /href="\/project\/(people|collectives|stories)\//.test(readFileSync(f, 'utf8')));
    expect(linking).toEqual([]);
    expect(page('people/qian-shili/index.html')).not.toContain('class="project-link"');
    const roll = readdirSync(join(result.outDir, 'project/roll'));
    expect(roll.length).toBeGreaterThan(0);
    expect(statSync(join(result.outDir, 'offline/project/roll', `${roll[0]}.html`)).size).toBeGreaterThan(0);
  });

  it('names itself from its settings: 数说虚构省 on the stats page', () => {
    expect(text('stats/index.html')).toContain('数说虚构省');
  });

  it('lists an undated recipient on the honour page after the dated ones, as 年份不详', () => {
    const honour = text('honours/quanguo-laodong-mofan/index.html');
    expect(honour).toContain('年份不详');
    expect(honour).toContain('钱示例');
    const wuyi = text('honours/quanguo-wuyi-laodong-jiangzhang/index.html');
    expect(wuyi).toMatch(/2003年.*钱示例/);
  });

  it('names the unit at the time of an award on the honour page', () => {
    expect(text('honours/quanguo-wuyi-laodong-jiangzhang/index.html')).toContain('虚构港集装箱码头公司');
    expect(text('honours/xugousheng-laodong-mofan/index.html')).toContain('虚构港装卸公司');
  });

  it('counts undated awards on the stats page, the roll and in the data files', () => {
    const stats = text('stats/index.html');
    expect(stats).toContain('年份不详');
    const csv = page('data/honours.csv');
    expect(csv.split('\r\n').filter((l) => l.includes('全国劳动模范') && l.includes('钱示例'))).toHaveLength(1);
    expect(csv).toContain('年份不详');
    const people = JSON.parse(page('data/people.json')) as { id: string; honours: { id: string; year: number | null }[] }[];
    const qian = people.find((p) => p.id === 'qian-shili');
    expect(qian?.honours.find((h) => h.id === 'quanguo-laodong-mofan')?.year).toBeNull();
    expect(text('roll/index.html')).toContain('年份不详');
  });

  it('groups the honours page by the site tiers: 省 and 市 under 地方荣誉', () => {
    const honours = text('honours/index.html');
    expect(honours).toMatch(/全国.*全国劳动模范.*地方荣誉.*虚构省劳动模范.*虚构市工匠/);
  });

  it('shows the person record: current unit, an earlier post and a concurrent one', () => {
    const person = text('people/qian-shili/index.html');
    expect(person).toContain('虚构港务集团有限公司');
    expect(person).toMatch(/虚构港集装箱码头公司.*桥吊司机.*1974.*2003/);
    expect(person).toMatch(/虚构省总工会.*副主席（兼职）.*2008/);
    expect(person).toContain('（1950年生）');
  });

  it('shows birth and death years with restraint: 孙示例（1940—2020）', () => {
    expect(text('people/sun-shili/index.html')).toContain('孙示例（1940—2020）');
  });

  it('files an organization under its GB/T 4754 industry', () => {
    expect(text('industries/jiaotong-yunshu/index.html')).toContain('交通运输、仓储和邮政业');
  });

  it('shows a story event date and its publishing date apart', () => {
    const story = text('stories/matou-jingsai/index.html');
    expect(story).toContain('2023年5月20日');
    expect(story).toMatch(/发布于\s*2024年1月1日/);
  });
});
