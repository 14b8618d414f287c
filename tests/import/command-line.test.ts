/** `npm run import` on the command line: Node runs the script as written (type stripping, no build step). */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../support/paths.ts';
import { importSite, listFile } from './site.ts';

// Each test starts a whole Node process; on a busy machine that is slow, and waiting is not a failure.
const WAIT = 600_000;

const run = (args: string[], content?: string) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...(content ? { HONOR_ROLL_CONTENT: content } : {}) },
  });

describe('npm run import on the command line', () => {
  it('prints the dry-run report and exits 0', () => {
    const tree = importSite();
    const r = run([listFile('list.txt', '2022年全国五一劳动奖章获得者名单\n假一 虚构科技有限公司工程师\n')], tree.dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('合计：新人物 1，');
  }, WAIT);

  it('writes out the whole report of a long list when its output is piped', () => {
    const tree = importSite();
    const lines = Array.from({ length: 600 }, (_, i) => `假${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'一二三四五六七八九十'[Math.floor(i / 10) % 10]}${'一二三四五六七八九十'[Math.floor(i / 100) % 10]} 虚构科技有限公司工程师`);
    const r = run([listFile('list.txt', `2022年全国五一劳动奖章获得者名单\n${lines.join('\n')}\n`)], tree.dir);
    expect(r.stdout).toContain('合计：新人物 600，');
  }, WAIT);

  it('exits 2 with the usage on a wrong option', () => {
    const r = run(['--no-such-flag']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('用法：npm run import -- <名单文件>');
  }, WAIT);
});
