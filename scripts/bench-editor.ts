/**
 * `npm run bench:editor`: how long editors wait. Builds a synthetic tree of 1,000 fake people (测试人物0001…, clearly
 * not real) plus the test fixture in a temp git repository, then times
 *   - the pre-commit hook for a commit of ONE staged person file (whole process, as git runs it; target < 2 s),
 *   - `npm run check` over the whole tree (checkContent on every file).
 * Prints figures; asserts nothing (speed targets are not tests).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const COUNT = Number(process.env['BENCH_PEOPLE'] ?? 1000);
const dir = mkdtempSync(join(tmpdir(), 'honor-roll-bench-editor-'));
const content = join(dir, 'content');
cpSync(resolve('tests/fixtures/minimal'), content, { recursive: true });
const template = readFileSync(join(content, 'people/ce-shijia.md'), 'utf8');
for (let i = 1; i <= COUNT; i++) {
  const n = String(i).padStart(4, '0');
  writeFileSync(join(content, `people/ce-shi-${n}.md`), template.replace(/^name: .*$/m, `name: 测试人物${n}`));
}
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=测试', '-c', 'user.email=bench@example.invalid', ...args], { cwd: dir, encoding: 'utf8' });
git('init', '-q');
git('add', '.');
git('commit', '-q', '-m', 'bench tree');

const time = (label: string, args: string[], runs = 3) => {
  const secs: number[] = [];
  let status: number | null = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const out = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, HONOR_ROLL_CONTENT: undefined } });
    secs.push((performance.now() - t0) / 1000);
    status = out.status;
  }
  secs.sort((a, b) => a - b);
  console.log(`${label}: median ${secs[Math.floor(secs.length / 2)]!.toFixed(2)} s, best ${secs[0]!.toFixed(2)} s (exit ${status}, ${runs} runs)`);
};

const one = join(content, 'people/ce-shi-0500.md');
writeFileSync(one, readFileSync(one, 'utf8').replace('虚构的事迹正文。', '虚构的事迹正文，已修改。'));
git('add', 'content/people/ce-shi-0500.md');
console.log(`tree: ${COUNT + 6} content files in ${dir}`);
time('pre-commit hook, 1 staged file', [resolve('scripts/pre-commit.ts')]);
time(`npm run check, all ${COUNT + 6} files`, [resolve('scripts/check.ts')], 1);
rmSync(dir, { recursive: true, force: true });
