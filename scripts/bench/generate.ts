/**
 * Synthetic content for benchmarks: copies the sample `content/` (real honours, organizations, site settings) into a
 * temp folder and adds N clearly fake people (测试 + generated given names) working at fake enterprises (示例…有限公司).
 * Deterministic for a seed. Never writes into `content/`.
 */
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface GenerateOptions {
  people: number;
  seed?: number;
  /** Target folder (must not be the project's content/). */
  dir: string;
}

/** mulberry32: small, fast, deterministic PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
const NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const ORG_WORDS = ['星辰', '远山', '青禾', '明湖', '云杉', '海川', '晨光', '松石', '新桥', '白帆'];
const ORG_KINDS = ['科技', '制造', '电子', '物流', '医药'];
const TRADES = ['工程师', '技师', '操作工', '质检员', '研发人员'];
const INDUSTRY = 'jicheng-dianlu';

/** The fake name of person i: 测试 + 甲…癸 + 一…十 + running number in Chinese digits beyond 100. */
export function fakeName(i: number): string {
  const base = `测试${GIVEN[i % 10]}${NUM[Math.floor(i / 10) % 10]}`;
  const rest = Math.floor(i / 100);
  return rest === 0 ? base : `${base}${String(rest).split('').map((d) => '〇一二三四五六七八九'[Number(d)]).join('')}号`;
}

export function generate({ people, seed = 20260428, dir }: GenerateOptions): { dir: string; people: number; organizations: number } {
  const target = resolve(dir);
  if (target === join(ROOT, 'content') || target.startsWith(join(ROOT, 'content') + '/')) {
    throw new Error(`基准数据不能写入 content/：${target}`);
  }
  cpSync(join(ROOT, 'content'), target, { recursive: true });
  const random = rng(seed);
  const honours = readdirSync(join(target, 'honours')).map((f) => f.replace(/\.ya?ml$/, ''));
  const orgCount = Math.max(1, Math.ceil(people / 50));
  mkdirSync(join(target, 'organizations'), { recursive: true });
  for (let o = 0; o < orgCount; o++) {
    const name = `示例${ORG_WORDS[o % 10]}${ORG_KINDS[Math.floor(o / 10) % 5]}${o >= 50 ? `第${o}` : ''}有限公司`;
    writeFileSync(
      join(target, 'organizations', `bench-org-${o}.yaml`),
      `name: ${name}\nindustry: ${INDUSTRY}\nsummary: 基准测试用的虚构企业（不是真实单位）。\nsources:\n  - title: 基准测试合成数据\n    publisher: 基准测试\n    date: 2026\n`,
    );
  }
  mkdirSync(join(target, 'people'), { recursive: true });
  for (let i = 0; i < people; i++) {
    const name = fakeName(i);
    const org = Math.floor(random() * orgCount);
    const honour = honours[Math.floor(random() * honours.length)];
    const year = 2000 + Math.floor(random() * 26);
    const trade = TRADES[Math.floor(random() * TRADES.length)];
    const paras = 1 + Math.floor(random() * 3);
    const body = Array.from({ length: paras }, (_, p) => `${name}是虚构的基准测试人物，第${p + 1}段事迹文字，用于衡量构建和搜索的规模表现。`).join('\n\n');
    writeFileSync(
      join(target, 'people', `bench-${i}.md`),
      `---\nname: ${name}\norganization: bench-org-${org}\ntrade: ${trade}\nhonours:\n  - honour: ${honour}\n    year: ${year}\nsummary: 虚构的基准测试人物${name}，不是真实人物，仅用于性能测量。\ndeceased: false\nconsent:\n  biography:\n    basis: 公开报道\n    by: 基准测试合成数据\n    date: 2026-01-01\npublished: 2026-01-01\nsources:\n  - title: 基准测试合成数据\n    publisher: 基准测试\n    date: 2026\n---\n\n## 事迹\n\n${body}\n`,
    );
  }
  return { dir: target, people, organizations: orgCount };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const n = Number(args[args.indexOf('--people') + 1] ?? 100);
  const out = args[args.indexOf('--out') + 1];
  if (!out || args.indexOf('--out') < 0) throw new Error('用法：npx node scripts/bench/generate.ts --people 1000 --out <临时文件夹>');
  console.log(generate({ people: n, dir: out }));
}
