/**
 * The Chinese query suite: what the public types, and what must come back in the top 5, asked of the real
 * Pagefind index of the built sample site in Chromium.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser.ts';

const site = inject('siteUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openPage(browser, site));
  await page.goto(`${site}/search/`);
});
afterAll(async () => browser?.close());

/** Asks Pagefind in the page itself. (A string, so Vitest does not rewrite the browser's dynamic import.) */
async function top5(query: string): Promise<string[]> {
  return page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    const r = await pf.search(${JSON.stringify(query)});
    const data = await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
    return data.map((d) => d.url);
  })()`) as Promise<string[]>;
}

const HE = '/people/he-maodong/';
const ZHANG = '/people/zhang-zikang/';
const ZHAO = '/people/zhao-yongchun/';
/** [query, a page that must be in the top 5] */
const SUITE: [string, string][] = [
  ['何茂栋', HE],
  ['张子康', ZHANG],
  ['赵永纯', ZHAO],
  ['茂栋', HE],
  ['子康', ZHANG],
  ['永纯', ZHAO],
  ['何茂', HE],
  ['hemaodong', HE],
  ['he maodong', HE],
  ['hmd', HE],
  ['HMD', HE],
  ['zhangzikang', ZHANG],
  ['zzk', ZHANG],
  ['zhaoyongchun', ZHAO],
  ['zyc', ZHAO],
  ['maodong', HE],
  ['温控', HE],
  ['集成电路', HE],
  ['卡脖子', HE],
  ['气缸', ZHANG],
  ['机械手', ZHANG],
  ['职业技能大赛', ZHANG],
  ['集体合同', ZHAO],
  ['翻译', ZHAO],
  ['工会主席', ZHAO],
  ['五一劳动奖章', HE],
  ['五一劳动奖章', ZHANG],
  ['全国五一劳动奖章', '/honours/quanguo-wuyi-laodong-jiangzhang/'],
  ['五一奖章', HE],
  ['京仪', HE],
  ['京仪', '/organizations/beijing-jingyi/'],
  ['SMC', ZHANG],
  ['smc', '/organizations/smc-zhongguo/'],
  ['ＳＭＣ', ZHANG],
  ['施耐德', ZHAO],
  ['施耐德', '/organizations/schneider-diya/'],
  ['京东', '/collectives/jingdong-gonghui/'],
  ['职工代表大会', '/stories/jingdong-zhidaihui/'],
  ['巾帼标兵岗', '/stories/jinguo-biaobinggang/'],
  ['创新工作室', '/stories/zhigong-chuangxin-gongzuoshi/'],
  ['亦城工匠', '/honours/yicheng-gongjiang/'],
  ['2022', HE],
  ['2022 五一', ZHANG],
  [' 何茂栋 ', HE],
  ['何 茂栋', HE],
  ['hemaodng', HE],
];

describe('the Chinese query suite', () => {
  it('has at least 40 queries', () => expect(SUITE.length).toBeGreaterThanOrEqual(40));

  for (const [query, expected] of SUITE) {
    it(`“${query}” finds ${expected} in the top 5`, async () => {
      expect(await top5(query)).toContain(expected);
    });
  }

  it('a person is the first result for their own name, pinyin and initials', async () => {
    for (const q of ['何茂栋', 'hemaodong', 'hmd']) expect((await top5(q))[0], q).toBe(HE);
    for (const q of ['张子康', 'zzk']) expect((await top5(q))[0], q).toBe(ZHANG);
  });

  it('for a role, the person is the first result: 工会主席 → 赵永纯, not his company or its union', async () => {
    expect((await top5('工会主席'))[0]).toBe(ZHAO);
  });

  /** [words of a deed, a trade or a role, the person they describe] */
  const DEEDS: [string, string][] = [
    ['工会主席', ZHAO],
    ['翻译', ZHAO],
    ['集体合同', ZHAO],
    ['集成电路', HE],
    ['温控', HE],
    ['卡脖子', HE],
    ['气缸', ZHANG],
    ['机械手', ZHANG],
    ['职业技能大赛', ZHANG],
  ];
  for (const [query, person] of DEEDS) {
    it(`“${query}” ranks ${person} above every organization and honour page`, async () => {
      const urls = await top5(query);
      const at = urls.indexOf(person);
      expect(at, urls.join(' ')).toBeGreaterThanOrEqual(0);
      const unitOrHonour = urls.findIndex((u) => /^\/(organizations|honours)\//.test(u));
      expect(unitOrHonour === -1 || at < unitOrHonour, urls.join(' ')).toBe(true);
    });
  }

  it('a query about something that is not on the site returns nothing', async () => {
    expect(await top5('鲸鱼')).toEqual([]);
    expect(await top5('麒麟')).toEqual([]);
    expect(await top5('qwxzv')).toEqual([]);
  });

  it('only entry pages are in the index: not the home page, lists or the search page', async () => {
    const urls = [...(await top5('经开区')), ...(await top5('搜索')), ...(await top5('人物'))];
    expect(urls.filter((u) => !/^\/(people|collectives|stories|honours|organizations)\/[^/]+\/$/.test(u))).toEqual([]);
  });
});
