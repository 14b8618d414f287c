/**
 * Synthetic content for benchmarks: copies the sample `content/` (real honours, organizations, site settings) into a
 * temp folder and adds N clearly fake people (测试 + generated given names) working at fake enterprises (示例…有限公司),
 * some with a generated portrait (a plain colour field labelled as fake, not a photo of anyone) and fake stories
 * about them. Deterministic for a seed. Never writes into `content/`.
 */
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '../..');

export interface GenerateOptions {
  people: number;
  seed?: number;
  /** Target folder (must not be the project's content/). */
  dir: string;
  /** People with a portrait (default: one in ten, at most 500). */
  portraits?: number;
  /** Fake stories, each about one or two generated people (default: one per 20 people). */
  stories?: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/**
 * A fake portrait: a width × height RGB PNG, a vertical blend between two colours picked by `random`, with a light
 * grain so it does not compress to nothing. Synchronous (no sharp), so the generator stays a plain function.
 */
export function fakePortraitPng(random: () => number, width = 960, height = 1200): Buffer {
  const top = [0, 0, 0].map(() => 60 + Math.floor(random() * 160));
  const bottom = [0, 0, 0].map(() => 60 + Math.floor(random() * 160));
  const raw = Buffer.alloc((width * 3 + 1) * height);
  let seed = Math.floor(random() * 2 ** 31);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const grain = (seed >> 16) % 9 - 4;
      for (let ch = 0; ch < 3; ch++) {
        const v = top[ch]! + ((bottom[ch]! - top[ch]!) * y) / height + grain;
        raw[row + 1 + x * 3 + ch] = Math.max(0, Math.min(255, Math.round(v)));
      }
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
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

export function generate({ people, seed = 20260428, dir, portraits, stories }: GenerateOptions): {
  dir: string; people: number; organizations: number; portraits: number; stories: number;
} {
  const portraitCount = Math.min(people, portraits ?? Math.min(500, Math.ceil(people / 10)));
  const storyCount = stories ?? Math.floor(people / 20);
  // Portraits go to every k-th person, spread over the whole list.
  const portraitEvery = portraitCount > 0 ? Math.max(1, Math.floor(people / portraitCount)) : Infinity;
  let portraitsMade = 0;
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
    const portrait = i % portraitEvery === 0 && portraitsMade < portraitCount;
    if (portrait) {
      portraitsMade++;
      writeFileSync(join(target, 'people', `bench-${i}.png`), fakePortraitPng(random));
    }
    const portraitYaml = portrait ? `portrait:\n  src: ./bench-${i}.png\n  alt: 虚构人物${name}的示意肖像（纯色块，不是照片）\n` : '';
    const portraitConsent = portrait ? `  portrait:\n    basis: 本人书面同意\n    by: 基准测试合成数据（虚构）\n    date: 2026-01-01\n` : '';
    writeFileSync(
      join(target, 'people', `bench-${i}.md`),
      `---\nname: ${name}\norganization: bench-org-${org}\ntrade: ${trade}\nhonours:\n  - honour: ${honour}\n    year: ${year}\nsummary: 虚构的基准测试人物${name}，不是真实人物，仅用于性能测量。\n${portraitYaml}deceased: false\nconsent:\n  biography:\n    basis: 公开报道\n    by: 基准测试合成数据\n    date: 2026-01-01\n${portraitConsent}published: 2026-01-01\nsources:\n  - title: 基准测试合成数据\n    publisher: 基准测试\n    date: 2026\n---\n\n## 事迹\n\n${body}\n`,
    );
  }
  mkdirSync(join(target, 'stories'), { recursive: true });
  for (let k = 0; k < storyCount; k++) {
    const a = Math.floor(random() * people);
    const b = Math.floor(random() * people);
    const about = a === b ? `[bench-${a}]` : `[bench-${a}, bench-${b}]`;
    writeFileSync(
      join(target, 'stories', `bench-story-${k}.md`),
      `---\ntitle: 基准测试虚构报道第${k + 1}篇\neventDate: ${2000 + Math.floor(random() * 26)}\nsummary: 虚构的基准测试报道，写的是虚构人物${fakeName(a)}，不是真实事件。\nabout:\n  people: ${about}\npublished: 2026-01-01\nsources:\n  - title: 基准测试合成数据\n    publisher: 基准测试\n    date: 2026\n---\n\n虚构报道正文，第${k + 1}篇，用于衡量构建和搜索的规模表现。\n`,
    );
  }
  return { dir: target, people, organizations: orgCount, portraits: portraitsMade, stories: storyCount };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const n = Number(args[args.indexOf('--people') + 1] ?? 100);
  const out = args[args.indexOf('--out') + 1];
  if (!out || args.indexOf('--out') < 0) throw new Error('用法：npx node scripts/bench/generate.ts --people 1000 --out <临时文件夹>');
  console.log(generate({ people: n, dir: out }));
}
