/** Honour roll, year, industry and stats pages list exactly the published content; exports parse and keep Chinese. */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { BUILD_HOOK, buildSite, type BuildResult } from '../support/build-site.ts';
import { copyFixture } from '../support/fixture-tree.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { ROOT } from '../support/paths.ts';

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

describe('a fixture with two honoured people, a collective and a draft', () => {
  let result: BuildResult;
  beforeAll(async () => {
    const tree = copyFixture();
    const person = tree.read('people/ce-shijia.md');
    tree.write('people/ce-shiyi.md', person.replace('name: 测试甲', 'name: 测试乙').replace('year: 2023', 'year: 2021\n  - honour: ceshi-jiangzhang\n    year: 2023'));
    tree.write('people/cao-gao.md', person.replace('name: 测试甲', 'name: 草稿测试').replace('published: 2024-01-01', 'draft: true\npublished: 2024-01-01'));
    tree.write('honours/ceshi-xianfenghao.yaml', 'name: 测试先锋号\nlevel: 企业\nconferrer: 测试授予机构\nrecipient: 集体\norder: 20\n');
    tree.edit('collectives/ceshi-banzu.md', 'leader: ce-shijia', 'leader: ce-shijia\nhonours:\n  - honour: ceshi-xianfenghao\n    year: 2023\n    note: 含"引号",和逗号');
    result = await buildSite({ content: tree.dir });
  }, BUILD_HOOK);

  it('builds', () => expect(result.code, result.output).toBe(0));

  it('the 2023 year page lists both people and the collective, and not the draft', () => {
    const html = read(result.outDir, 'years/2023/index.html');
    for (const href of ['/people/ce-shijia/', '/people/ce-shiyi/', '/collectives/ceshi-banzu/']) expect(html).toContain(href);
    expect(html).not.toContain('草稿测试');
  });

  it('the 2021 year page lists only the one person honoured that year', () => {
    const html = read(result.outDir, 'years/2021/index.html');
    expect(html).toContain('/people/ce-shiyi/');
    expect(html).not.toContain('/people/ce-shijia/');
  });

  it('the honour page groups recipients by year, newest first', () => {
    const html = read(result.outDir, 'honours/ceshi-jiangzhang/index.html');
    expect(html.indexOf('2023年')).toBeLessThan(html.indexOf('2021年'));
  });

  it('computed counts equal the content: 2 people hold 测试劳动奖章, 3 awards in 2023, the draft is not counted', () => {
    const html = read(result.outDir, 'stats/index.html');
    const table = (id: string) => {
      const fig = html.slice(html.indexOf(`id="${id}-cap"`));
      return fig.slice(0, fig.indexOf('</table>'));
    };
    expect(table('per-honour')).toMatch(/<th scope="row"[^>]*>测试劳动奖章<\/th><td[^>]*>2<\/td>/);
    expect(table('per-year')).toMatch(/<th scope="row"[^>]*>2023年<\/th><td[^>]*>3<\/td>/);
    expect(table('per-year')).toMatch(/<th scope="row"[^>]*>2021年<\/th><td[^>]*>1<\/td>/);
    expect(table('per-level')).toMatch(/<th scope="row"[^>]*>全国<\/th><td[^>]*>2<\/td>/);
    expect(table('per-level')).toMatch(/<th scope="row"[^>]*>企业<\/th><td[^>]*>1<\/td>/);
  });

  it('the CSV starts with a BOM, parses, round-trips Chinese, quotes and commas, and has one row per award', () => {
    const raw = readFileSync(join(result.outDir, 'data/honours.csv'));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(raw.toString('utf8').slice(1));
    expect(rows[0]).toEqual(['年份', '荣誉', '级别', '获得者', '类型', '单位', '备注', '网址', '日期', '获奖时单位']);
    const body = rows.slice(1);
    expect(body).toHaveLength(4);
    expect(body.map((r) => r[3]).sort()).toEqual(['测试乙', '测试乙', '测试班组', '测试甲'].sort());
    expect(body.find((r) => r[3] === '测试班组')?.[6]).toBe('含"引号",和逗号');
    expect(raw.toString('utf8')).not.toContain('草稿测试');
  });

  it('people.json lists exactly the published people with their honours', () => {
    const people = JSON.parse(read(result.outDir, 'data/people.json')) as { id: string; honours: { name: string; year: number }[] }[];
    expect(people.map((p) => p.id).sort()).toEqual(['ce-shijia', 'ce-shiyi']);
    expect(people.find((p) => p.id === 'ce-shiyi')?.honours.map((h) => h.year).sort()).toEqual([2021, 2023]);
  });

  it('the roll of 2023 is a wall of honourees that prints on A3', () => {
    const html = read(result.outDir, 'roll/2023/index.html');
    expect((html.match(/class="roll-card"/g) ?? []).length).toBe(3);
    const sheets = [...html.matchAll(/href="(\/_astro\/[^"]+\.css)"/g)].map((m) => readFileSync(join(result.outDir, m[1]!), 'utf8'));
    const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    expect([...sheets, ...inline].join('\n')).toMatch(/size:\s*A3/);
  });

  it('the stats, year, roll and industry pages ship no JavaScript of their own (only the site-wide /prefs.js)', () => {
    const pages = ['stats/index.html', 'years/index.html', 'years/2023/index.html', 'roll/index.html', 'roll/2023/index.html', 'industries/index.html', 'honours/index.html'];
    for (const path of pages) {
      const scripts = [...read(result.outDir, path).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !tag.includes('application/ld+json'));
      expect(scripts.filter((tag) => !/src="\/prefs\.js"/.test(tag)), path).toEqual([]);
    }
  });
});

describe('the sample /stats/ page', () => {
  const dist = inject('siteDist');
  const html = () => read(dist, 'stats/index.html');

  it('shows every figure of content/figures.yaml with its value, 截至 date and source', () => {
    const figures = parse(readFileSync(join(ROOT, 'content/figures.yaml'), 'utf8')) as Record<string, { label: string; value: number }>;
    const page = html();
    const missing: string[] = [];
    for (const [id, f] of Object.entries(figures)) {
      const start = page.indexOf(`data-figure="${id}"`);
      if (start < 0) {
        missing.push(id);
        continue;
      }
      const ends = [page.indexOf('</li>', start), page.indexOf('</tr>', start)].filter((i) => i > 0);
      const item = page.slice(start, Math.min(...ends));
      if (!item.includes(f.label) || !item.includes(new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(f.value))) missing.push(`${id} (label/value)`);
    }
    expect(missing).toEqual([]);
    expect(page).toContain('截至2021年底');
    expect(page).toContain('奋力开创工会工作新局面');
  });

  it('keeps the seed\'s odd "首都劳动奖章13个" with a note instead of correcting it', () => {
    expect(html()).toContain('首都劳动奖章（集体，原文如此）');
    expect(html()).toContain('本站保留原文未作改动');
  });

  it('shows the 2025 targets as targets, with the latest reported value where the seed gives one', () => {
    const page = html();
    const row = page.slice(page.indexOf('data-figure="mubiao-gongzuoshi"'));
    expect(row.slice(0, row.indexOf('</li>'))).toMatch(/100个[\s\S]*90家/);
  });

  describe('in a browser', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => browser?.close());

    it('every chart has an accessible name and a data table with one row per bar', async () => {
      const { page } = await openPage(browser, inject('siteUrl'));
      await page.goto(`${inject('siteUrl')}/stats/`);
      const charts = await page.locator('svg[role="img"]').all();
      expect(charts.length).toBeGreaterThanOrEqual(4);
      for (const chart of charts) {
        const name = await chart.evaluate((el) =>
          (el.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim(),
        );
        expect(name.length).toBeGreaterThan(4);
        const bars = await chart.locator('rect').count();
        const rows = await chart.locator('xpath=ancestor::figure[1]//table/tbody/tr').count();
        expect(rows).toBe(bars);
      }
    });

    it('a year\'s roll prints on A3 portrait pages, every page, without the site header', async () => {
      const { page } = await openPage(browser, inject('siteUrl'));
      await page.goto(`${inject('siteUrl')}/roll/`);
      const href = await page.locator('main a[href^="/roll/"]').first().getAttribute('href');
      expect(href).toMatch(/^\/roll\/\d{4}\/$/);
      await page.goto(`${inject('siteUrl')}${href}`);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('.roll-card').first().isVisible()).toBe(true);
      const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) expect(box).toEqual([842, 1191]);
    });
  });
});
