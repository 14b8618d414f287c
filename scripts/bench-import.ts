/**
 * `npm run bench:import`: how long importing a long honour list takes. Writes a clearly fictional list of 1,000
 * person lines (假 + generated given names at 示例…有限公司, run-together unit and post, a region heading every 50
 * lines) and times, on a temp copy of content/, the dry run, the --write run and a second --write run (which must
 * change nothing). Whole processes, as an editor runs them. Prints figures; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const LINES = Number(process.env['BENCH_LINES'] ?? 1000);
const dir = mkdtempSync(join(tmpdir(), 'honor-roll-bench-import-'));
const content = join(dir, 'content');
cpSync(resolve('content'), content, { recursive: true });

const G = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
const N = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const UNITS = ['星辰', '远山', '青禾', '明湖', '云杉', '海川', '晨光', '松石', '新桥', '白帆'].flatMap((w) => [`示例${w}科技有限公司`, `示例${w}机械厂`]);
const POSTS = ['工程师', '高级技师', '车间主任', '质检员', '班组长'];
const list = ['2022年全国五一劳动奖章获得者名单（基准测试用虚构名单，不是真实名单）'];
for (let i = 0; i < LINES; i++) {
  if (i % 50 === 0) list.push(`测试${G[(i / 50) % 10]}省（50人）`);
  const name = `假${G[i % 10]}${N[Math.floor(i / 10) % 10]}${N[Math.floor(i / 100) % 10]}`;
  list.push(`${name} ${UNITS[i % UNITS.length]}${POSTS[i % POSTS.length]}`);
}
const file = join(dir, '名单.txt');
writeFileSync(file, `${list.join('\n')}\n`);

const run = (label: string, args: string[]) => {
  const started = performance.now();
  const r = spawnSync(process.execPath, [resolve('scripts/import.ts'), file, ...args], { encoding: 'utf8', env: { ...process.env, HONOR_ROLL_CONTENT: content } });
  const secs = (performance.now() - started) / 1000;
  const total = r.stdout.split('\n').find((l) => l.startsWith('合计：')) ?? r.stderr.trim();
  console.log(`${label}: ${secs.toFixed(1)} s（退出码 ${r.status}）${total}`);
};

console.log(`名单 ${LINES} 行（虚构），内容副本 ${content}`);
run('试运行', []);
run('写入', ['--write', '--publisher', '基准测试', '--date', '2026']);
const people = readdirSync(join(content, 'people')).length;
run('再写入一次', ['--write', '--publisher', '基准测试', '--date', '2026']);
console.log(`people/ 里有 ${people} 个文件；第二次写入后 ${readdirSync(join(content, 'people')).length} 个`);
